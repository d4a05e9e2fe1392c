package org.homewatch.core.notify;

import java.time.Clock;
import java.util.Map;
import org.homewatch.ConfigurationException;
import org.homewatch.ConflictException;
import org.homewatch.NotFoundException;
import org.homewatch.core.access.AccessControl;
import org.homewatch.core.access.Operation;
import org.homewatch.core.audit.AuditLog;
import org.homewatch.core.internal.Arguments;
import org.homewatch.core.internal.Transactions;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.OutboxMessageId;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Principal;
import org.homewatch.spi.storage.FailedDeliveryStore;
import org.homewatch.spi.storage.OutboxMessage;
import org.homewatch.spi.storage.StorageTransaction;

/**
 * Messages that failed for good, for administrators in scope: listed (with the recipient and the gateway's reason,
 * which the alert's history leaves out) and put back in the queue after the cause is fixed (a gateway's credit
 * topped up, a staff member's number corrected). Both are audited under the unit of the messages. Needs the
 * storage's optional {@link FailedDeliveryStore}; without it both are a {@link ConfigurationException} naming it.
 * Thread-safe.
 */
public final class FailedDeliveries {
  private final Transactions transactions;
  private final AccessControl access;
  private final AuditLog audit;
  private final Clock clock;

  /**
   * Wired by {@code Homewatch}'s builder; integrators reach it through {@code Homewatch.failedDeliveries()}.
   *
   * @param transactions runs each operation in a transaction with its access check
   * @param access decides who may do what, where
   * @param audit records reads and re-queues
   * @param clock the time a re-queued message becomes due
   */
  public FailedDeliveries(Transactions transactions, AccessControl access, AuditLog audit, Clock clock) {
    this.transactions = transactions;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * The failed messages about units inside {@code scope} (which must lie inside the principal's), oldest first.
   *
   * @param principal an administrator whose scope holds {@code scope}
   * @param scope the units whose failed messages are wanted
   * @param page where to start and how many
   * @return one page of failed messages
   */
  public Page<OutboxMessage> list(Principal principal, JurisdictionPath scope, PageRequest page) {
    Arguments.required(scope, "scope");
    Arguments.required(page, "page");
    return transactions.run(principal, Operation.LIST_FAILED_DELIVERIES, tx -> {
      access.require(principal, Operation.LIST_FAILED_DELIVERIES, scope);
      Page<OutboxMessage> result = store(tx).failed(scope, page);
      audit.record(tx, principal, Operation.LIST_FAILED_DELIVERIES, "outbox", "*", scope,
          Map.of("count", Integer.toString(result.items().size())));
      return result;
    });
  }

  /**
   * Puts a failed message back in the queue, due at once; the dispatcher gives it one more attempt (its attempts
   * are kept, so a message that keeps failing does not loop).
   *
   * @param principal an administrator whose scope holds the message's unit
   * @param id the message
   * @return the message as re-queued
   * @throws NotFoundException if there is no such message
   * @throws ConflictException if it is not failed (delivered, pending, or re-queued already)
   * @throws org.homewatch.AccessDeniedException if the principal is not an administrator (before anything is read),
   *     or the message's unit lies outside their scope
   */
  public OutboxMessage requeue(Principal principal, OutboxMessageId id) {
    Arguments.required(id, "id");
    return transactions.run(principal, Operation.REQUEUE_DELIVERY, tx -> {
      try {
        access.requireRole(principal, Operation.REQUEUE_DELIVERY);
      } catch (org.homewatch.AccessDeniedException denied) {
        // The same refusal whether the message exists or not, filed under its unit when there is one.
        throw tx.outbox().find(id).map(found -> new org.homewatch.AccessDeniedException(denied.getMessage(),
            found.unit())).orElse(denied);
      }
      OutboxMessage message = tx.outbox().find(id).orElseThrow(() -> new NotFoundException("outbox message", id));
      access.require(principal, Operation.REQUEUE_DELIVERY, message.unit());
      if (!store(tx).requeue(id, clock.instant())) {
        throw new ConflictException("outbox message " + id + " is " + message.status() + ", not FAILED");
      }
      audit.record(tx, principal, Operation.REQUEUE_DELIVERY, "outbox", id, message.unit(),
          Map.of("channel", message.notification().recipient().channel(), "template",
              message.notification().templateKey()));
      return tx.outbox().find(id).orElseThrow();
    });
  }

  private static FailedDeliveryStore store(StorageTransaction tx) {
    return tx.store(FailedDeliveryStore.class).orElseThrow(() -> new ConfigurationException("listing and "
        + "re-queuing failed deliveries needs the storage's optional FailedDeliveryStore, which this storage does "
        + "not offer: use a storage that lists it in optionalStores() (memory and JDBC do)"));
  }
}
