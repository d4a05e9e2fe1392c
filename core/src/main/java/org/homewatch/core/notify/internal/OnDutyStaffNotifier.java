package org.homewatch.core.notify.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.homewatch.model.Alert;
import org.homewatch.model.ContactPoint;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.Jurisdiction;
import org.homewatch.core.notify.NotificationComposer;
import org.homewatch.core.notify.StaffNotifier;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.spi.identity.OnDutyStaff;
import org.homewatch.spi.identity.StaffDirectory;
import org.homewatch.spi.storage.OutboxMessage;
import org.homewatch.spi.storage.StorageTransaction;

/**
 * Finds who is on duty for an alert in the {@link StaffDirectory} and writes one outbox message per contact point,
 * inside the caller's transaction. Nothing is sent here: delivery happens after commit.
 */
public final class OnDutyStaffNotifier implements StaffNotifier {
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("HH:mm dd/MM");

  private final StaffDirectory directory;
  private final NotificationComposer composer;
  private final Locale locale;

  public OnDutyStaffNotifier(StaffDirectory directory, NotificationComposer composer, Locale locale) {
    this.directory = directory;
    this.composer = composer;
    this.locale = locale;
  }

  @Override
  public Routed notify(StorageTransaction tx, Alert alert, IsolationCase isolationCase, JurisdictionPath unit,
      String templateKey, Instant now) {
    JurisdictionPath target = unit;
    List<OnDutyStaff> staff = directory.onDuty(target, now);
    while (staff.isEmpty() && !target.isProvince()) {
      target = target.parent();
      staff = directory.onDuty(target, now);
    }
    Map<String, String> parameters = new HashMap<>(parameters(tx, alert, isolationCase));
    // Which unit's staff this round reached, so that a message that cannot be delivered is followed up there.
    parameters.put(NOTIFIED_UNIT, target.key());
    int messages = 0;
    for (OnDutyStaff member : staff) {
      for (ContactPoint contact : member.contactPoints()) {
        String key = alert.id() + ":" + alert.version() + ":" + member.account() + ":" + contact.channel();
        tx.outbox().enqueue(OutboxMessage.pending(isolationCase.responsibleUnit(),
            composer.compose(key, contact, templateKey, locale, parameters), now));
        messages++;
      }
    }
    return new Routed(target, staff, messages);
  }

  private Map<String, String> parameters(StorageTransaction tx, Alert alert, IsolationCase c) {
    ZoneId zone = c.zone();
    String unitName = tx.jurisdictions().find(c.responsibleUnit()).map(Jurisdiction::name)
        .orElse(c.responsibleUnit().code());
    return Map.of(
        "severity", composer.text("severity." + alert.severity().name(), locale),
        "person", c.person().maskedName(),
        "caseRef", c.id().toString().substring(0, 8),
        "unit", unitName,
        "summary", alert.summary(),
        "deadline", LOCAL.format(alert.acknowledgeBy().atZone(zone)),
        "openedAt", LOCAL.format(alert.openedAt().atZone(zone)),
        "level", Integer.toString(alert.escalationLevel()),
        ALERT_ID, alert.id().toString());
  }
}
