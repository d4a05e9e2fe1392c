package org.homewatch.core.notify;

import java.time.Instant;
import org.homewatch.model.Principal;
import org.homewatch.spi.notification.Notification;
import org.homewatch.spi.storage.OutboxMessage;
import org.homewatch.spi.storage.StorageTransaction;

/**
 * What the capability a notification is about does with its delivery: the dispatcher asks before each send whether
 * the message still matters, and reports each message that failed for good. The alerts capability implements it for
 * staff notifications about alerts; messages it does not recognise are sent as usual and their failures ignored.
 * Built by {@code Homewatch} only. Each call runs in a transaction of its own, outside the send.
 */
public interface DeliveryFollowUp {

  /**
   * True if the message no longer needs sending (e.g. the alert it is about was resolved meanwhile): the dispatcher
   * then marks it {@link OutboxMessage.Status#OBSOLETE} and never sends it.
   *
   * @param tx the dispatcher's transaction
   * @param notification the message about to be sent
   * @return true to mark it obsolete instead of sending it
   */
  boolean obsolete(StorageTransaction tx, Notification notification);

  /**
   * The message failed for good (a permanent failure, or every retry used), as recorded in the outbox. The
   * implementation must make that visible where the staff look and tell someone who can act.
   *
   * @param tx the dispatcher's transaction, which also records the failure in the outbox
   * @param message the failed message
   * @param reason the channel's reason, or why retries stopped
   * @param at when it failed
   * @param dispatcher the principal running the dispatch, for the audit trail
   */
  void failedForGood(StorageTransaction tx, Principal dispatcher, OutboxMessage message, String reason, Instant at);

  /**
   * The message failed for good on one contact point, and the same notification was written to the recipient's
   * next contact point ({@code next}). The implementation makes the failure visible but need not widen the circle
   * yet: the recipient may still be reached. By default it does nothing.
   *
   * @param tx the dispatcher's transaction
   * @param dispatcher the principal running the dispatch, for the audit trail
   * @param message the failed message
   * @param reason the channel's reason
   * @param next the message written to the next contact point
   * @param at when it failed
   */
  default void failedWithNextContactPoint(StorageTransaction tx, Principal dispatcher, OutboxMessage message,
      String reason, OutboxMessage next, Instant at) {}

  /** Sends everything and follows up nothing. */
  DeliveryFollowUp NONE = new DeliveryFollowUp() {
    @Override
    public boolean obsolete(StorageTransaction tx, Notification notification) {
      return false;
    }

    @Override
    public void failedForGood(StorageTransaction tx, Principal dispatcher, OutboxMessage message, String reason,
        Instant at) {}
  };
}
