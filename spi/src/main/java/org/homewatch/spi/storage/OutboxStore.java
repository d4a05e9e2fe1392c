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

  /**
   * Adds a pending message.
   *
   * @param message a new message, normally {@code PENDING} with no lease
   */
  void enqueue(OutboxMessage message);

  /**
   * Leases up to {@code limit} pending messages about units inside {@code scope} that are due
   * ({@code nextAttemptAt <= now}) and not leased by anyone (or whose lease ran out before {@code now}), oldest due
   * first, to {@code owner} until {@code leaseUntil}. Concurrent callers never receive the same message while its
   * lease runs. Messages outside {@code scope} are neither returned nor counted against {@code limit}.
   *
   * @param owner the dispatcher taking the lease
   * @param scope the units this dispatcher works for
   * @param now the current time
   * @param leaseUntil when the new leases run out
   * @param limit the most messages to lease
   * @return the leased messages, oldest due first; each has {@code leaseOwner} and {@code leaseUntil} set
   */
  List<OutboxMessage> lease(String owner, JurisdictionPath scope, Instant now, Instant leaseUntil, int limit);

  /**
   * Extends the lease on a message to {@code leaseUntil}, if {@code owner} still holds it with the message at
   * {@code attempts} and the lease has not run out ({@code leaseUntil} of the stored lease is not before {@code now}).
   *
   * @param id the message
   * @param owner the dispatcher that holds the lease
   * @param attempts the message's attempts when it was leased (the fence, with {@code owner})
   * @param now the current time; a lease that ran out before it is not renewed
   * @param leaseUntil the new end of the lease
   * @return false (and changes nothing) if the lease is gone: ran out, taken by another, or the message completed
   */
  boolean renew(OutboxMessageId id, String owner, int attempts, Instant now, Instant leaseUntil);

  /**
   * Records the outcome of a delivery attempt by the lease's owner: {@code DELIVERED}, {@code FAILED},
   * {@code OBSOLETE} (not sent: it no longer mattered), or {@code PENDING} again with a later {@code nextAttemptAt};
   * increments the attempts and releases the lease. Only {@code PENDING} messages are leased again.
   *
   * @param id the message
   * @param owner the dispatcher that holds the lease
   * @param status the outcome: {@code DELIVERED}, {@code FAILED}, {@code OBSOLETE}, or {@code PENDING} to retry
   * @param nextAttemptAt when a {@code PENDING} message is due again; ignored for final statuses
   * @param error the failure's reason, or empty for a delivery
   * @param attempts the message's attempts when it was leased (the fence, with {@code owner})
   * @return false (and changes nothing) if {@code owner} no longer holds the lease with the message at
   *     {@code attempts}, e.g. it ran out and another dispatcher took the message
   */
  boolean complete(OutboxMessageId id, String owner, int attempts, OutboxMessage.Status status,
      Instant nextAttemptAt, Optional<String> error);

  /**
   * The message with this id, in any status.
   *
   * @param id the message's id
   * @return the message, or empty if there is none
   */
  Optional<OutboxMessage> find(OutboxMessageId id);

  /**
   * Counts messages by status, for health checks and the simulation's summary.
   *
   * @param status the status to count
   * @return how many messages have it, at least 0
   */
  long count(OutboxMessage.Status status);
}
