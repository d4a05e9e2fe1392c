package org.homewatch.core.notify;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.homewatch.model.ContactPoint;
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

  /**
   * Where the message must go instead of the contact point it was written to, when what it is about names another
   * one now (a person's phone corrected after a reminder was written). The dispatcher then withdraws it
   * ({@link OutboxMessage.Status#OBSOLETE}) and writes the same notification to that contact point, due at once, for
   * a following batch to send. Asked after {@link #obsolete}. By default the message goes where it was written to.
   *
   * @param tx the dispatcher's transaction
   * @param notification the message about to be sent
   * @return the contact point to send it to instead, or empty to send it as written
   */
  default Optional<ContactPoint> redirect(StorageTransaction tx, Notification notification) {
    return Optional.empty();
  }

  /** Finds where a message must go now; see {@link #redirect}. */
  @FunctionalInterface
  interface Redirection {
    /**
     * Where the message must go instead, if anywhere.
     *
     * @param tx the dispatcher's transaction
     * @param notification the message about to be sent
     * @return the contact point to send it to instead, or empty to send it as written
     */
    Optional<ContactPoint> to(StorageTransaction tx, Notification notification);
  }

  /**
   * A follow-up that only redirects (never obsolete, failures ignored).
   *
   * @param redirection where messages must go now
   * @return the follow-up
   */
  static DeliveryFollowUp redirecting(Redirection redirection) {
    return new DeliveryFollowUp() {
      @Override
      public boolean obsolete(StorageTransaction tx, Notification notification) {
        return false;
      }

      @Override
      public Optional<ContactPoint> redirect(StorageTransaction tx, Notification notification) {
        return redirection.to(tx, notification);
      }

      @Override
      public void failedForGood(StorageTransaction tx, Principal dispatcher, OutboxMessage message, String reason,
          Instant at) {}
    };
  }

  /**
   * Several follow-ups as one: a message is obsolete if any says so, goes where the first that redirects it says,
   * and each is told of every failure, in order.
   *
   * @param followUps the capabilities' follow-ups
   * @return the combined follow-up
   */
  static DeliveryFollowUp all(List<DeliveryFollowUp> followUps) {
    List<DeliveryFollowUp> each = List.copyOf(followUps);
    return new DeliveryFollowUp() {
      @Override
      public boolean obsolete(StorageTransaction tx, Notification notification) {
        return each.stream().anyMatch(f -> f.obsolete(tx, notification));
      }

      @Override
      public Optional<ContactPoint> redirect(StorageTransaction tx, Notification notification) {
        for (DeliveryFollowUp f : each) {
          Optional<ContactPoint> to = f.redirect(tx, notification);
          if (to.isPresent()) {
            return to;
          }
        }
        return Optional.empty();
      }

      @Override
      public void failedForGood(StorageTransaction tx, Principal dispatcher, OutboxMessage message, String reason,
          Instant at) {
        each.forEach(f -> f.failedForGood(tx, dispatcher, message, reason, at));
      }

      @Override
      public void failedWithNextContactPoint(StorageTransaction tx, Principal dispatcher, OutboxMessage message,
          String reason, OutboxMessage next, Instant at) {
        each.forEach(f -> f.failedWithNextContactPoint(tx, dispatcher, message, reason, next, at));
      }
    };
  }

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
