package org.homewatch.spi.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.homewatch.model.OutboxMessageId;

/**
 * The notification outbox. Leasing makes dispatch safe on several nodes at once: a message leased by one
 * owner is not handed to another until {@code leaseUntil} has passed.
 */
public interface OutboxStore {

  /** Adds a pending message. */
  void enqueue(OutboxMessage message);

  /**
   * Leases up to {@code limit} pending messages that are due ({@code nextAttemptAt <= now}) and not leased by
   * anyone (or whose lease ran out before {@code now}), oldest due first, to {@code owner} until
   * {@code leaseUntil}. Concurrent callers never receive the same message while its lease runs.
   */
  List<OutboxMessage> lease(String owner, Instant now, Instant leaseUntil, int limit);

  /**
   * Records the outcome of a delivery attempt by the lease's owner: {@code DELIVERED}, {@code FAILED},
   * {@code OBSOLETE} (not sent: it no longer mattered), or {@code PENDING} again with a later {@code nextAttemptAt};
   * increments the attempts and releases the lease. Only {@code PENDING} messages are leased again.
   *
   * @return false (and changes nothing) if {@code owner} no longer holds the lease, e.g. it ran out and another
   *     dispatcher took the message
   */
  boolean complete(OutboxMessageId id, String owner, OutboxMessage.Status status, Instant nextAttemptAt,
      Optional<String> error);

  Optional<OutboxMessage> find(OutboxMessageId id);

  /** Counts messages by status, for health checks and the simulation's summary. */
  long count(OutboxMessage.Status status);
}
