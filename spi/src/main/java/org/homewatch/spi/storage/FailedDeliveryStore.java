package org.homewatch.spi.storage;

import java.time.Instant;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.OutboxMessageId;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;

/**
 * The outbox messages that failed for good, for administrators: an {@link OptionalStore optional store} over the
 * same rows as {@link OutboxStore}, offered by a storage that can list them by unit (core's failed-delivery list and
 * re-queue need it). A storage that offers it lists {@code FailedDeliveryStore.class} in
 * {@link Storage#optionalStores()} and passes the TCK's failed-delivery contract.
 */
public interface FailedDeliveryStore extends OptionalStore {

  /**
   * Messages with status {@link OutboxMessage.Status#FAILED} about units inside {@code scope}, oldest first
   * (created-at ascending, then id), keyset-paged; the scope is applied in the query, before the limit.
   *
   * @param scope the units whose failed messages are wanted
   * @param page where to start and how many
   * @return one page of failed messages and the cursor of the next
   */
  Page<OutboxMessage> failed(JurisdictionPath scope, PageRequest page);

  /**
   * Puts a FAILED message back in the queue: {@code PENDING}, due at {@code now}, with no lease; its attempts and
   * last error are kept (so the dispatcher gives it one more attempt, and the error says what failed before).
   *
   * @param id the message to re-queue
   * @param now the time it becomes due again
   * @return false, changing nothing, if there is no such message or it is not FAILED (e.g. re-queued already)
   */
  boolean requeue(OutboxMessageId id, Instant now);
}
