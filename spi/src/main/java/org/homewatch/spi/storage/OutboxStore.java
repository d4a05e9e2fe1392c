package org.homewatch.spi.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.OutboxMessageId;

/**
 * The notification outbox. Leasing makes dispatch safe on several nodes at once: a message leased by one owner is
 * not handed to another until {@code leaseUntil} has passed.
 *
 * <p>A lease is fenced by its owner and the message's {@code attempts} when it was leased: {@link #renew} and
 * {@link #complete} act only for that pair, so a dispatcher whose lease ran out (and whose message another took, or
 * it took again itself under another owner name) cannot send or record on the strength of the old lease. A
 * dispatcher renews each message's lease just before sending it, so the lease covers that message's own send
 * however long the batch before it took.
 */
public interface OutboxStore {

  /** Adds a pending message. */
  void enqueue(OutboxMessage message);

  /**
   * Leases up to {@code limit} pending messages about units inside {@code scope} that are due
   * ({@code nextAttemptAt <= now}) and not leased by anyone (or whose lease ran out before {@code now}), oldest due
   * first, to {@code owner} until {@code leaseUntil}. Concurrent callers never receive the same message while its
   * lease runs. Messages outside {@code scope} are neither returned nor counted against {@code limit}.
   */
  List<OutboxMessage> lease(String owner, JurisdictionPath scope, Instant now, Instant leaseUntil, int limit);

  /**
   * Extends the lease on a message to {@code leaseUntil}, if {@code owner} still holds it with the message at
   * {@code attempts} and the lease has not run out ({@code leaseUntil} of the stored lease is not before {@code now}).
   *
   * @return false (and changes nothing) if the lease is gone: ran out, taken by another, or the message completed
   */
  boolean renew(OutboxMessageId id, String owner, int attempts, Instant now, Instant leaseUntil);

  /**
   * Records the outcome of a delivery attempt by the lease's owner: {@code DELIVERED}, {@code FAILED},
   * {@code OBSOLETE} (not sent: it no longer mattered), or {@code PENDING} again with a later {@code nextAttemptAt};
   * increments the attempts and releases the lease. Only {@code PENDING} messages are leased again.
   *
   * @param attempts the message's attempts when it was leased (the fence, with {@code owner})
   * @return false (and changes nothing) if {@code owner} no longer holds the lease with the message at
   *     {@code attempts}, e.g. it ran out and another dispatcher took the message
   */
  boolean complete(OutboxMessageId id, String owner, int attempts, OutboxMessage.Status status,
      Instant nextAttemptAt, Optional<String> error);

  Optional<OutboxMessage> find(OutboxMessageId id);

  /** Counts messages by status, for health checks and the simulation's summary. */
  long count(OutboxMessage.Status status);
}
