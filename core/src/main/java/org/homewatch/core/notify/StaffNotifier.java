package org.homewatch.core.notify;

import java.time.Instant;
import java.util.List;
import org.homewatch.model.Alert;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.spi.identity.OnDutyStaff;
import org.homewatch.spi.storage.StorageTransaction;

/**
 * The notify capability's port for telling staff about an alert: the alerts capability calls it when an alert is
 * opened, raised, escalated or handed to another unit. It writes to the outbox inside the caller's transaction and
 * sends nothing; {@link NotificationDispatcher} delivers after commit. Built by {@code Homewatch} only.
 */
public interface StaffNotifier {

  /** The notification parameter naming the alert a staff notification is about. */
  String ALERT_ID = "alertId";

  /** The notification parameter holding the {@link JurisdictionPath#key()} of the unit whose staff it went to. */
  String NOTIFIED_UNIT = "notifiedUnit";

  /** The notification parameter naming the account a staff notification went to (for trying its next contact). */
  String RECIPIENT_ACCOUNT = "recipientAccount";

  /**
   * Who was reached: the unit whose staff were notified (possibly above the one asked), and how many messages.
   *
   * @param unit the unit whose staff were notified: the one asked for, or the nearest above it with someone on duty
   * @param staff the staff members notified
   * @param messages the outbox messages written: one per staff member who has a contact point, to the first of them
   */
  record Routed(JurisdictionPath unit, List<OnDutyStaff> staff, int messages) {}

  /**
   * Notifies the on-duty staff of {@code unit}, or, if nobody is on duty there, of the nearest unit above that has
   * someone (an alert must never wait for nobody).
   *
   * @param tx the caller's transaction
   * @param alert the alert the message is about
   * @param isolationCase its case
   * @param unit the unit whose staff are wanted first
   * @param templateKey the message's template, e.g. {@code alert.opened}
   * @param now the current time
   * @return who was reached
   */
  Routed notify(StorageTransaction tx, Alert alert, IsolationCase isolationCase, JurisdictionPath unit,
      String templateKey, Instant now);

  /**
   * Reminds whoever acknowledged {@code alert} ({@link Alert#handledBy()}) to resolve it, on their account's contact
   * points, through the outbox. Writes nothing if the account is gone, inactive or has no contact point.
   *
   * @param tx the caller's transaction
   * @param alert the acknowledged alert
   * @param isolationCase its case
   * @param templateKey the reminder's template
   * @param now the current time
   * @return how many messages were written; 0 means nobody could be reminded
   */
  int remindHandler(StorageTransaction tx, Alert alert, IsolationCase isolationCase, String templateKey, Instant now);

  /**
   * Notifies the on-duty staff of {@code unit} (or of the nearest unit above with someone on duty) about something
   * that is not an alert, e.g. new feedback, with the template {@code templateKey} and {@code parameters}, the same
   * in every language. Each message's idempotency key is {@code about:account:channel}.
   *
   * @param tx the caller's transaction
   * @param unit the unit whose staff are wanted first
   * @param about what the message is about, e.g. {@code feedback:<id>}
   * @param templateKey the message's template
   * @param parameters the values for its placeholders; no personal data
   * @param now the current time
   * @return who was reached
   * @param caseUnit the unit of the case the message concerns (the outbox's dispatch scope)
   */
  default Routed notifyStaff(StorageTransaction tx, JurisdictionPath unit, JurisdictionPath caseUnit, String about,
      String templateKey, java.util.Map<String, String> parameters, Instant now) {
    return notifyStaffIn(tx, unit, caseUnit, about, templateKey, reader -> parameters, now);
  }

  /**
   * Like {@link #notifyStaff}, with parameters written in each staff member's own language (a topic's name, a time),
   * the message being composed in the language of the member's account.
   *
   * @param tx the caller's transaction
   * @param unit the unit whose staff are wanted first
   * @param caseUnit the unit of the case the message concerns (the outbox's dispatch scope)
   * @param about what the message is about, e.g. {@code feedback:<id>}
   * @param templateKey the message's template
   * @param parameters the template's parameters for a reader's locale; no personal data
   * @param now the current time
   * @return who was reached
   */
  Routed notifyStaffIn(StorageTransaction tx, JurisdictionPath unit, JurisdictionPath caseUnit, String about,
      String templateKey, java.util.function.Function<java.util.Locale, java.util.Map<String, String>> parameters,
      Instant now);

  /**
   * A staff notification failed for good on one contact point: writes the same notification to the recipient's next
   * contact point (in the order of their account or duty entry), once per failed message. Staff are paged on their
   * first contact point only, and on the next one when that fails, so that a nurse with SMS, Zalo and e-mail gets
   * one page, not three, and still gets it when the first gateway is down.
   *
   * @param tx the dispatcher's transaction
   * @param failed the message that failed for good
   * @param now the current time
   * @return the message written (or written before, by another follow-up of the same failure); empty if the
   *     recipient has no contact point after the failed one, or the message is not a staff notification
   */
  java.util.Optional<org.homewatch.spi.storage.OutboxMessage> tryNextContactPoint(StorageTransaction tx,
      org.homewatch.spi.storage.OutboxMessage failed, Instant now);
}
