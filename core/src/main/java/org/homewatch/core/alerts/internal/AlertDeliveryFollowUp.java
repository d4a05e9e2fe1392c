package org.homewatch.core.alerts.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.homewatch.NotFoundException;
import org.homewatch.core.alerts.AlertPolicy;
import org.homewatch.core.audit.AuditLog;
import org.homewatch.core.notify.DeliveryFollowUp;
import org.homewatch.core.notify.HistoryDetails;
import org.homewatch.core.notify.StaffNotifier;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertId;
import org.homewatch.model.AlertStatus;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.Principal;
import org.homewatch.model.Wording;
import org.homewatch.spi.notification.Notification;
import org.homewatch.spi.storage.OutboxMessage;
import org.homewatch.spi.storage.StorageTransaction;

/**
 * What happens to staff notifications about an alert at delivery time.
 *
 * <ul>
 *   <li>A notification about an alert that was resolved before its turn is obsolete: nobody is paged about
 *       something already settled (issue 10.15).
 *   <li>A notification that failed for good stays visible on the alert, as a {@code DELIVERY_FAILED} history event
 *       naming the account and channel (never the contact point), see {@link Alert#undeliveredNotifications()}.
 *       If the alert is still OPEN and the failed message went to the unit that has it now, the next level up is
 *       told at once: the alert escalates one level, with the escalated deadline, and that unit's staff are paged
 *       (issue 10.6).
 * </ul>
 *
 * <p>Choices. We do not wait until every channel of every recipient has failed: with an unanswered alert, one page
 * known to be lost is reason enough to widen the circle, and later failures of the same round find the alert already
 * gone up and are only recorded. An acknowledged alert is not escalated by a failure (someone has it, which is what
 * the page was for). At the province there is nobody further up: the failure is recorded, and the province's queue
 * and the alert's history show it.
 */
public final class AlertDeliveryFollowUp implements DeliveryFollowUp {
  private static final Pattern PHONE_LIKE = Pattern.compile("\\+?\\d[\\d .()-]{4,}\\d");
  private static final Pattern EMAIL_LIKE = Pattern.compile("[^\\s@]+@[^\\s@]+");
  private static final int MAX_REASON = 200;

  private final AlertPolicy policy;
  private final CaseAlertChanges changes;
  private final AuditLog audit;

  public AlertDeliveryFollowUp(AlertPolicy policy, CaseAlertChanges changes, AuditLog audit) {
    this.policy = policy;
    this.changes = changes;
    this.audit = audit;
  }

  @Override
  public boolean obsolete(StorageTransaction tx, Notification notification) {
    return about(tx, notification).map(a -> a.status() == AlertStatus.RESOLVED).orElse(false);
  }

  @Override
  public void failedForGood(StorageTransaction tx, Principal dispatcher, OutboxMessage message, String reason,
      Instant at) {
    Notification n = message.notification();
    Optional<Alert> about = about(tx, n);
    if (about.isEmpty() || about.get().status() == AlertStatus.RESOLVED) {
      return;
    }
    Alert alert = about.get();
    // identifiers and the failure without contact points only, in the wording as in the detail
    Wording undelivered = Wording.text("history.undelivered", Map.of(
        "account", HistoryDetails.asWritten(recipientAccount(n)),
        "channel", HistoryDetails.asWritten(n.recipient().channel()),
        "reason", HistoryDetails.asWritten(withoutContactDetails(reason))));
    Alert noted = alert.undelivered(changes.details().render(undelivered), Optional.of(undelivered), at);
    JurisdictionPath unit = noted.currentlyResponsible();
    boolean toTheUnitThatHasIt = unit.key().equals(n.parameters().get(StaffNotifier.NOTIFIED_UNIT));
    if (noted.status() != AlertStatus.OPEN || !toTheUnitThatHasIt || unit.isProvince()) {
      tx.alerts().update(noted);
      return;
    }
    IsolationCase c = tx.cases().find(alert.caseId()).orElseThrow(() -> new NotFoundException("case", alert.caseId()));
    Wording unreachable = Wording.text("history.unreachable", Map.of("unit", HistoryDetails.unitOf(tx, unit),
        "parent", HistoryDetails.unitOf(tx, unit.parent())));
    Alert up = noted.escalated(noted.escalationLevel() + 1, at.plus(policy.escalatedAcknowledgeWithin()),
        changes.details().render(unreachable), Optional.of(unreachable), at).atVersion(alert.version() + 1);
    Alert stored = changes.notifyAndStore(tx, c, up, false, "alert.escalated", at);
    audit.record(tx, dispatcher, "alert.escalate", "alert", alert.id(), alert.responsibleUnit(),
        Map.of("level", Integer.toString(stored.escalationLevel()), "notified", stored.currentlyResponsible()
            .toString(), "because", "undeliverable"));
  }

  /** Recorded on the alert like any failure, without escalating: the recipient's next contact point is tried. */
  @Override
  public void failedWithNextContactPoint(StorageTransaction tx, Principal dispatcher, OutboxMessage message,
      String reason, OutboxMessage next, Instant at) {
    Notification n = message.notification();
    Optional<Alert> about = about(tx, n);
    if (about.isEmpty() || about.get().status() == AlertStatus.RESOLVED) {
      return;
    }
    Wording undelivered = Wording.text("history.undeliveredNext", Map.of(
        "account", HistoryDetails.asWritten(recipientAccount(n)),
        "channel", HistoryDetails.asWritten(n.recipient().channel()),
        "reason", HistoryDetails.asWritten(withoutContactDetails(reason)),
        "next", HistoryDetails.asWritten(next.notification().recipient().channel())));
    tx.alerts().update(about.get().undelivered(changes.details().render(undelivered), Optional.of(undelivered), at));
  }

  private static Optional<Alert> about(StorageTransaction tx, Notification n) {
    String id = n.parameters().get(StaffNotifier.ALERT_ID);
    if (id == null) {
      return Optional.empty();
    }
    try {
      return tx.alerts().find(new AlertId(UUID.fromString(id)));
    } catch (IllegalArgumentException notOurs) {
      return Optional.empty();
    }
  }

  /**
   * The failure reason as the history keeps it: a gateway's text may quote the number or address it could not
   * reach, which the outbox row keeps and the alert's history does not; long texts are cut.
   */
  static String withoutContactDetails(String reason) {
    String masked = PHONE_LIKE.matcher(EMAIL_LIKE.matcher(reason).replaceAll("[address]")).replaceAll("[number]");
    return masked.length() <= MAX_REASON ? masked : masked.substring(0, MAX_REASON) + "…";
  }

  /** The account part of a staff notification's idempotency key ({@code alert:version:account:channel}). */
  private static String recipientAccount(Notification n) {
    String key = n.idempotencyKey();
    int afterAlert = key.indexOf(':');
    int afterVersion = afterAlert < 0 ? -1 : key.indexOf(':', afterAlert + 1);
    int beforeChannel = key.lastIndexOf(':');
    return afterVersion > 0 && beforeChannel > afterVersion ? key.substring(afterVersion + 1, beforeChannel)
        : "a staff member";
  }
}
