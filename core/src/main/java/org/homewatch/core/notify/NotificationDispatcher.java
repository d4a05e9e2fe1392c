package org.homewatch.core.notify;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.homewatch.ConflictException;
import org.homewatch.HomewatchException;
import org.homewatch.core.access.AccessControl;
import org.homewatch.core.access.Operation;
import org.homewatch.core.internal.LogSafe;
import org.homewatch.core.internal.Transactions;
import org.homewatch.model.ContactPoint;
import org.homewatch.model.OutboxMessageId;
import org.homewatch.model.Principal;
import org.homewatch.spi.notification.AlertChannel;
import org.homewatch.spi.notification.DeliveryResult;
import org.homewatch.spi.notification.Notification;
import org.homewatch.spi.storage.OutboxMessage;
import org.homewatch.spi.storage.Storage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox after commit. Each call leases one bounded batch of the messages about units inside the
 * caller's scope (a province's system principal never sends another province's messages), sends each message
 * through the channel its recipient names, and records the outcome; run it on as many nodes as you like (leases keep
 * them apart).
 *
 * <p>The batch's lease only reserves the messages. Just before each send the dispatcher renews that message's lease
 * for the full lease duration, fenced by this batch's owner name and the message's attempt, and skips the message if
 * the lease is gone: a slow channel that makes the batch outlast its lease cannot make a second node send what this
 * one is about to send. The lease duration must therefore exceed the longest single send (the channel's own
 * timeout); {@code Homewatch.Builder#outboxLease} sets it. A send slower than that, or a crash between sending and
 * recording, leaves the message to be sent again with the same idempotency key, which is why channels should
 * honour it.
 *
 * <p>Log lines name messages by id and channel only: a recipient's address or a gateway's error text may carry a
 * phone number, which stays in the outbox row, never in the log.
 */
public final class NotificationDispatcher {
  private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

  private final Transactions transactions;
  private final Storage storage;
  private final AccessControl access;
  private final Map<String, AlertChannel> channels;
  private final RetryPolicy retry;
  private final Duration leaseFor;
  private final String nodeId;
  private final DeliveryFollowUp followUp;
  private final StaffNotifier staff;
  private final AtomicLong batches = new AtomicLong();
  private final Clock clock;

  /**
   * Wired by {@code Homewatch}'s builder; integrators reach it through {@code Homewatch.notifications()}.
   *
   * @param transactions runs each batch's writes in transactions with their access checks
   * @param access decides who may dispatch where
   * @param channels the registered channels, by name
   * @param retry when to retry a message that failed for now
   * @param leaseFor how long a batch holds the messages it took
   * @param nodeId this node's name as a lease owner
   * @param followUp what to do when a message failed for good or no longer matters
   * @param staff pages the next contact point of a staff member whose message failed
   * @param clock the time
   */
  public NotificationDispatcher(Transactions transactions, AccessControl access, Map<String, AlertChannel> channels,
      RetryPolicy retry, Duration leaseFor, String nodeId, DeliveryFollowUp followUp, StaffNotifier staff,
      Clock clock) {
    this.transactions = transactions;
    this.storage = transactions.storage();
    this.access = access;
    this.channels = Map.copyOf(channels);
    this.retry = retry;
    this.leaseFor = leaseFor;
    this.nodeId = nodeId;
    this.followUp = followUp;
    this.staff = staff;
    this.clock = clock;
  }

  /**
   * Leases and delivers up to {@code batchSize} due messages about units inside the principal's scope.
   *
   * @param principal the system or an administrator, whose scope is served
   * @param batchSize the most messages to lease, 1 to {@value org.homewatch.model.PageRequest#MAX_LIMIT}
   * @return what the batch did
   * @throws org.homewatch.ValidationException on {@code limit} if {@code batchSize} is out of range
   */
  public DispatchReport dispatch(Principal principal, int batchSize) {
    org.homewatch.model.PageRequest.first(batchSize); // the range of a page, refused as a page's "limit" is
    transactions.check(principal, Operation.DISPATCH_NOTIFICATIONS,
        () -> access.requireRole(principal, Operation.DISPATCH_NOTIFICATIONS));
    // One owner name per batch: two batches of this node (a scheduler and a manual drain) fence each other too.
    String owner = nodeId + "#" + batches.incrementAndGet();
    Instant now = clock.instant();
    List<OutboxMessage> leased = storage.inTransaction(
        tx -> tx.outbox().lease(owner, principal.scope(), now, now.plus(leaseFor), batchSize));
    int delivered = 0;
    int retried = 0;
    int failed = 0;
    int lost = 0;
    int obsolete = 0;
    for (OutboxMessage message : leased) {
      Instant sending = clock.instant();
      boolean mine = storage.inTransaction(tx -> tx.outbox().renew(message.id(), owner, message.attempts(), sending,
          sending.plus(leaseFor)));
      if (!mine) {
        // The earlier sends of this batch outlasted the lease; whoever holds the message now sends it.
        lost++;
        log.debug("lease on notification {} ran out before its turn in the batch; not sending it", message.id());
        continue;
      }
      if (withdrawIfObsolete(message, owner)) {
        obsolete++;
        continue;
      }
      DeliveryResult result = send(message);
      Instant at = clock.instant();
      OutboxMessage.Status status;
      Instant next = at;
      Optional<String> error = Optional.empty();
      if (result instanceof DeliveryResult.Delivered) {
        status = OutboxMessage.Status.DELIVERED;
      } else if (result instanceof DeliveryResult.RetryLater later && message.attempts() + 1 < retry.maxAttempts()) {
        status = OutboxMessage.Status.PENDING;
        Duration wait = later.after().orElse(retry.delayAfter(message.attempts() + 1));
        next = at.plus(wait);
        error = Optional.of(later.reason());
      } else {
        status = OutboxMessage.Status.FAILED;
        error = Optional.of(reason(result));
      }
      OutboxMessage.Status recorded = status;
      Instant nextAttempt = next;
      Optional<String> lastError = error;
      Boolean kept = status == OutboxMessage.Status.FAILED
          ? failed(principal, message, owner, nextAttempt, lastError.orElse(""), at)
          : storage.inTransaction(tx -> tx.outbox().complete(message.id(), owner, message.attempts(), recorded,
              nextAttempt, lastError));
      if (kept == null) {
        // Neither the failure nor its follow-up was recorded: the message is sent again once its lease is over.
        retried++;
      } else if (!kept) {
        lost++;
        log.warn("notification {} on channel {} took longer to send than its lease ({}); another node may send it "
            + "again: make the outbox lease longer than the channel's timeout", message.id(),
            message.notification().recipient().channel(), leaseFor);
      } else if (status == OutboxMessage.Status.DELIVERED) {
        delivered++;
      } else if (status == OutboxMessage.Status.PENDING) {
        retried++;
      } else {
        failed++;
        log.warn("notification {} on channel {} failed for good after {} attempt(s); its outbox row keeps the reason",
            message.id(), message.notification().recipient().channel(), message.attempts() + 1);
      }
    }
    return new DispatchReport(leased.size(), delivered, retried, failed, lost, obsolete);
  }

  /**
   * Marks the message OBSOLETE instead of sending it if what it is about no longer needs it (10.15), or if it must go
   * to another contact point now (a corrected phone, 13.4): then the same notification is written there, due at once,
   * for a following batch. True if the message is not to be sent by this batch.
   */
  private boolean withdrawIfObsolete(OutboxMessage message, String owner) {
    return storage.inTransaction(tx -> {
      Notification n = message.notification();
      if (followUp.obsolete(tx, n)) {
        return tx.outbox().complete(message.id(), owner, message.attempts(), OutboxMessage.Status.OBSOLETE,
            clock.instant(), Optional.of("obsolete: what it was about no longer needs it"));
      }
      Optional<ContactPoint> elsewhere = followUp.redirect(tx, n).filter(to -> !to.equals(n.recipient()));
      if (elsewhere.isEmpty()) {
        return false;
      }
      Instant now = clock.instant();
      if (tx.outbox().complete(message.id(), owner, message.attempts(), OutboxMessage.Status.OBSOLETE, now,
          Optional.of("redirected: the recipient's contact point was corrected"))) {
        // One redirected copy per message and contact point, whichever node redirects it.
        OutboxMessageId copy = new OutboxMessageId(UUID.nameUUIDFromBytes((message.id() + ">"
            + elsewhere.get().channel() + ":" + elsewhere.get().address()).getBytes(StandardCharsets.UTF_8)));
        if (tx.outbox().find(copy).isEmpty()) {
          tx.outbox().enqueue(OutboxMessage.pending(copy, message.unit(), new Notification(
              n.idempotencyKey() + ">" + copy, elsewhere.get(), n.templateKey(), n.locale(), n.parameters(),
              n.text()), now));
        }
      }
      // Not sent to the old contact point either way: a lost lease leaves the message to its new holder.
      return true;
    });
  }

  /**
   * Records that the message failed for good and, in the same transaction, tells the capability it was about (which
   * writes the page to the recipient's next contact point, or widens the circle), so that a node dying in between
   * cannot leave a failure nobody followed up. A conflict (a nurse or another node changed the alert meanwhile) is
   * retried on the fresh state, and after three the failure is recorded alone. Any other storage failure records
   * nothing: the message stays leased to this batch and is sent again once the lease is over.
   *
   * @return whether the failure was recorded under this batch's lease, or null if nothing was recorded
   */
  private @org.jspecify.annotations.Nullable Boolean failed(Principal principal, OutboxMessage message, String owner,
      Instant at, String reason, Instant failedAt) {
    Optional<String> error = Optional.of(reason);
    for (int attempt = 1; attempt <= 3; attempt++) {
      try {
        return storage.inTransaction(tx -> {
          if (!tx.outbox().complete(message.id(), owner, message.attempts(), OutboxMessage.Status.FAILED, at,
              error)) {
            return false;
          }
          Optional<OutboxMessage> next = staff.tryNextContactPoint(tx, message, failedAt);
          if (next.isPresent()) {
            followUp.failedWithNextContactPoint(tx, principal, message, reason, next.get(), failedAt);
          } else {
            followUp.failedForGood(tx, principal, message, reason, failedAt);
          }
          return true;
        });
      } catch (ConflictException raced) {
        log.debug("notification {}: what it was about changed while its failure was recorded; trying again",
            message.id());
      } catch (HomewatchException e) {
        log.warn("could not record the failure of notification {}: {}; it is sent again after its lease",
            message.id(), e.getClass().getSimpleName());
        return null;
      }
    }
    log.warn("could not record the failure of notification {} on what it was about: it kept changing", message.id());
    return storage.inTransaction(tx -> tx.outbox().complete(message.id(), owner, message.attempts(),
        OutboxMessage.Status.FAILED, at, error));
  }

  /**
   * Dispatches batches until the outbox has nothing due (or {@code maxBatches} ran).
   *
   * @param principal the system or an administrator, whose scope is served
   * @param batchSize the most messages per batch, 1 to {@value org.homewatch.model.PageRequest#MAX_LIMIT}
   * @param maxBatches the most batches to run
   * @return what the batches did, added up
   * @throws org.homewatch.ValidationException on {@code limit} if {@code batchSize} is out of range
   */
  public DispatchReport drain(Principal principal, int batchSize, int maxBatches) {
    org.homewatch.model.PageRequest.first(batchSize);
    DispatchReport total = DispatchReport.EMPTY;
    for (int i = 0; i < maxBatches; i++) {
      DispatchReport batch = dispatch(principal, batchSize);
      total = total.plus(batch);
      if (batch.leased() < batchSize) {
        break;
      }
    }
    return total;
  }

  private DeliveryResult send(OutboxMessage message) {
    String channelName = message.notification().recipient().channel();
    AlertChannel channel = channels.get(channelName);
    if (channel == null) {
      return DeliveryResult.permanentFailure("no alert channel named '" + channelName + "' is registered");
    }
    try {
      return channel.send(message.notification());
    } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
      // The SPI says channels return failures; one that throws is treated as a passing failure, not a crash: an
      // Error too, short of running out of memory, or the message would stay first in the queue and end every
      // batch there, holding every other page behind it. Its message may quote the recipient, so the log gets the
      // exception's type and stack only.
      log.warn("alert channel {} threw instead of returning a result", channelName, LogSafe.withoutMessages(e));
      return DeliveryResult.retryLater(channelName + " threw " + e);
    }
  }

  private static String reason(DeliveryResult result) {
    if (result instanceof DeliveryResult.PermanentFailure failure) {
      return failure.reason();
    }
    if (result instanceof DeliveryResult.RetryLater later) {
      return "gave up after retries: " + later.reason();
    }
    return result.toString();
  }
}
