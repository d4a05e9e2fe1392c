package org.homewatch.core.notify.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.nio.charset.StandardCharsets;
import org.homewatch.model.AccountId;
import org.homewatch.model.OutboxMessageId;
import org.homewatch.spi.notification.Notification;
import org.jspecify.annotations.Nullable;
import org.homewatch.model.Account;
import org.homewatch.model.AlertEvent;
import org.homewatch.model.Alert;
import org.homewatch.model.ContactPoint;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.Jurisdiction;
import java.util.function.Function;
import org.homewatch.core.notify.AlertSummaries;
import org.homewatch.core.notify.NotificationComposer;
import org.homewatch.core.notify.StaffNotifier;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.spi.identity.OnDutyStaff;
import org.homewatch.spi.identity.StaffDirectory;
import org.homewatch.spi.storage.OutboxMessage;
import org.homewatch.spi.storage.StorageTransaction;

/**
 * Finds who is on duty for an alert in the {@link StaffDirectory} and writes one outbox message per contact point,
 * inside the caller's transaction. Nothing is sent here: delivery happens after commit. Each message is written in
 * its recipient's language (their {@link OnDutyStaff#locale()}, their account's for a reminder): the template, the
 * severity's name and the alert's line.
 */
public final class OnDutyStaffNotifier implements StaffNotifier {
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("dd/MM HH:mm");

  private final StaffDirectory directory;
  private final NotificationComposer composer;
  private final AlertSummaries summaries;

  public OnDutyStaffNotifier(StaffDirectory directory, NotificationComposer composer, AlertSummaries summaries) {
    this.directory = directory;
    this.composer = composer;
    this.summaries = summaries;
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
    // the parameters in each language the staff read, written once per language
    Map<Locale, Map<String, String>> byLanguage = new HashMap<>();
    int messages = 0;
    for (OnDutyStaff member : staff) {
      JurisdictionPath reached = target;
      Map<String, String> parameters = byLanguage.computeIfAbsent(member.locale(), reader -> {
        Map<String, String> p = new HashMap<>(parameters(tx, alert, isolationCase, reader));
        // Which unit's staff this round reached, so that a message that cannot be delivered is followed up there.
        p.put(NOTIFIED_UNIT, reached.key());
        return p;
      });
      messages += pageFirst(tx, isolationCase.responsibleUnit(), alert.id() + ":" + alert.version(), member.account(),
          member.contactPoints(), templateKey, member.locale(), parameters, now);
    }
    return new Routed(target, staff, messages);
  }

  @Override
  public Routed notifyStaffIn(StorageTransaction tx, JurisdictionPath unit, JurisdictionPath caseUnit, String about,
      String templateKey, Function<Locale, Map<String, String>> parameters, Instant now) {
    JurisdictionPath target = unit;
    List<OnDutyStaff> staff = directory.onDuty(target, now);
    while (staff.isEmpty() && !target.isProvince()) {
      target = target.parent();
      staff = directory.onDuty(target, now);
    }
    int messages = 0;
    for (OnDutyStaff member : staff) {
      Map<String, String> withUnit = new HashMap<>(parameters.apply(member.locale()));
      withUnit.put(NOTIFIED_UNIT, target.key());
      messages += pageFirst(tx, caseUnit, about, member.account(), member.contactPoints(), templateKey,
          member.locale(), withUnit, now);
    }
    return new Routed(target, staff, messages);
  }

  @Override
  public int remindHandler(StorageTransaction tx, Alert alert, IsolationCase isolationCase, String templateKey,
      Instant now) {
    Optional<Account> handler = alert.handledBy().flatMap(tx.accounts()::find).filter(Account::active);
    if (handler.isEmpty()) {
      return 0;
    }
    Locale reader = handler.get().locale();
    Map<String, String> parameters = new HashMap<>(parameters(tx, alert, isolationCase, reader));
    parameters.put(NOTIFIED_UNIT, alert.currentlyResponsible().key());
    return pageFirst(tx, isolationCase.responsibleUnit(), alert.id() + ":" + alert.version(), handler.get().id(),
        handler.get().contactPoints(), templateKey, reader, parameters, now);
  }

  /** Writes the message to the first of {@code contacts}; the others are tried in turn if it fails for good. */
  private int pageFirst(StorageTransaction tx, JurisdictionPath caseUnit, String about, AccountId account,
      List<ContactPoint> contacts, String templateKey, Locale locale, Map<String, String> parameters, Instant now) {
    if (contacts.isEmpty()) {
      return 0;
    }
    Map<String, String> toAccount = new HashMap<>(parameters);
    toAccount.put(RECIPIENT_ACCOUNT, account.value());
    ContactPoint first = contacts.get(0);
    tx.outbox().enqueue(OutboxMessage.pending(caseUnit,
        composer.compose(about + ":" + account + ":" + first.channel(), first, templateKey, locale, toAccount), now));
    return 1;
  }

  @Override
  public Optional<OutboxMessage> tryNextContactPoint(StorageTransaction tx, OutboxMessage failed, Instant now) {
    Notification n = failed.notification();
    String account = n.parameters().get(RECIPIENT_ACCOUNT);
    if (account == null) {
      return Optional.empty();
    }
    OutboxMessageId id = new OutboxMessageId(UUID.nameUUIDFromBytes(("homewatch:next-contact:" + failed.id())
        .getBytes(StandardCharsets.UTF_8)));
    Optional<OutboxMessage> written = tx.outbox().find(id);
    if (written.isPresent()) {
      return written;
    }
    List<ContactPoint> contacts = contactPointsOf(tx, new AccountId(account), n.parameters().get(NOTIFIED_UNIT), now);
    int failedAt = contacts.indexOf(n.recipient());
    if (failedAt < 0 || failedAt + 1 >= contacts.size()) {
      return Optional.empty();
    }
    ContactPoint next = contacts.get(failedAt + 1);
    String key = n.idempotencyKey().substring(0, Math.max(0, n.idempotencyKey().lastIndexOf(':'))) + ":"
        + next.channel() + "#" + (failedAt + 1);
    OutboxMessage message = OutboxMessage.pending(id, failed.unit(),
        new Notification(key, next, n.templateKey(), n.locale(), n.parameters(), n.text()), now);
    tx.outbox().enqueue(message);
    return Optional.of(message);
  }

  /** The recipient's contact points, in order: their duty entry at the unit notified, else their account's. */
  private List<ContactPoint> contactPointsOf(StorageTransaction tx, AccountId account, @Nullable String unitKey,
      Instant now) {
    if (unitKey != null) {
      try {
        for (OnDutyStaff member : directory.onDuty(JurisdictionPath.fromKey(unitKey), now)) {
          if (member.account().equals(account)) {
            return member.contactPoints();
          }
        }
      } catch (RuntimeException notAUnit) {
        // a parameter we did not write: fall back on the account
      }
    }
    return tx.accounts().find(account).filter(Account::active).map(Account::contactPoints).orElse(List.of());
  }

  private static Instant lastAcknowledged(Alert alert) {
    Instant at = alert.openedAt();
    for (AlertEvent e : alert.history()) {
      if (e.kind() == AlertEvent.Kind.ACKNOWLEDGED) {
        at = e.at();
      }
    }
    return at;
  }

  private Map<String, String> parameters(StorageTransaction tx, Alert alert, IsolationCase c, Locale locale) {
    ZoneId zone = c.zone();
    String unitName = tx.jurisdictions().find(c.responsibleUnit()).map(Jurisdiction::name)
        .orElse(c.responsibleUnit().code());
    Map<String, String> p = new HashMap<>();
    p.put("severity", composer.text("severity." + alert.severity().name(), locale));
    p.put("person", c.person().maskedName());
    p.put("caseRef", c.id().toString().substring(0, 8));
    p.put("unit", unitName);
    p.put("summary", summaries.summary(tx, alert, c, locale));
    p.put("deadline", LOCAL.format(alert.acknowledgeBy().atZone(zone)));
    p.put("openedAt", LOCAL.format(alert.openedAt().atZone(zone)));
    // What an escalation notice says: since when the level below had it unanswered, not since it first opened.
    p.put("since", LOCAL.format(alert.beforeLastEscalationSince().atZone(zone)));
    p.put("acknowledgedAt", LOCAL.format(lastAcknowledged(alert).atZone(zone)));
    p.put("level", Integer.toString(alert.escalationLevel()));
    p.put(ALERT_ID, alert.id().toString());
    return p;
  }
}
