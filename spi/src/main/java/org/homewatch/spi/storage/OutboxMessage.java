package org.homewatch.spi.storage;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.OutboxMessageId;
import org.homewatch.spi.notification.Notification;

/**
 * A notification waiting to be delivered, written in the same transaction as the event that caused it and
 * delivered after commit by a dispatcher holding a lease on it.
 *
 * @param id identifies the message; a fixed id makes writing it twice a conflict
 * @param notification what to send, to whom, by which channel
 * @param status where it is in its life: pending, delivered, failed for good, or obsolete
 * @param createdAt when the event that caused it was written
 * @param lastError the reason of the latest failed attempt, if any; kept when it is re-queued
 * @param unit the unit the message is about (the case's responsible unit): only a dispatcher acting for a scope
 *     that contains it delivers it
 * @param attempts deliveries tried so far; with the lease's owner it fences a lease (see {@link OutboxStore})
 * @param nextAttemptAt not to be leased before this instant (backoff after "retry later")
 * @param leaseOwner the dispatcher that holds it, while the lease runs
 * @param leaseUntil when the lease runs out and another dispatcher may take it
 */
public record OutboxMessage(
    OutboxMessageId id,
    Notification notification,
    JurisdictionPath unit,
    Status status,
    int attempts,
    Instant createdAt,
    Instant nextAttemptAt,
    Optional<String> leaseOwner,
    Optional<Instant> leaseUntil,
    Optional<String> lastError) {

  /** Where a message is in its life. Only {@code PENDING} messages are leased. */
  public enum Status {
    /** Waiting for its next attempt (new, or retried later). */
    PENDING,
    /** The channel accepted it; final. */
    DELIVERED,
    /** Failed for good (a permanent failure, or retries used up); final until an administrator re-queues it. */
    FAILED,
    /**
     * Not sent because it no longer mattered when its turn came (e.g. the alert it is about was resolved); final,
     * like {@code DELIVERED} and {@code FAILED}.
     */
    OBSOLETE
  }

  /**
   * Refuses null components.
   *
   * @param id identifies the message
   * @param notification what to send, to whom, by which channel
   * @param unit the unit the message is about (the case's responsible unit): only a dispatcher acting for a scope that
   *     contains it delivers it
   * @param status where it is in its life: pending, delivered, failed for good, or obsolete
   * @param attempts deliveries tried so far
   * @param createdAt when the event that caused it was written
   * @param nextAttemptAt not to be leased before this instant (backoff after "retry later")
   * @param leaseOwner the dispatcher that holds it, while the lease runs
   * @param leaseUntil when the lease runs out and another dispatcher may take it
   * @param lastError the reason of the latest failed attempt, if any
   */
  public OutboxMessage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(notification, "notification");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    Objects.requireNonNull(leaseOwner, "leaseOwner");
    Objects.requireNonNull(leaseUntil, "leaseUntil");
    Objects.requireNonNull(lastError, "lastError");
  }

  /**
   * A new message about {@code unit}, due at once.
   *
   * @param unit the unit the message is about, normally the case's responsible unit
   * @param notification what to send, to whom, by which channel
   * @param now the current time, its creation and first due time
   * @return a pending message with a random id and no attempts
   */
  public static OutboxMessage pending(JurisdictionPath unit, Notification notification, Instant now) {
    return pending(OutboxMessageId.random(), unit, notification, now);
  }

  /**
   * A new message with a fixed id (so that writing it twice is a conflict), due at once.
   *
   * @param id the message's fixed id
   * @param unit the unit the message is about, normally the case's responsible unit
   * @param notification what to send, to whom, by which channel
   * @param now the current time, its creation and first due time
   * @return a pending message with no attempts
   */
  public static OutboxMessage pending(OutboxMessageId id, JurisdictionPath unit, Notification notification,
      Instant now) {
    return new OutboxMessage(id, notification, unit, Status.PENDING, 0, now, now, Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  /**
   * This message as handed to {@code owner} until {@code until}.
   *
   * @param owner the dispatcher taking the lease, e.g. its node id
   * @param until when the lease runs out
   * @return a copy with the lease set
   */
  public OutboxMessage leasedTo(String owner, Instant until) {
    return new OutboxMessage(id, notification, unit, status, attempts, createdAt, nextAttemptAt, Optional.of(owner),
        Optional.of(until), lastError);
  }
}
