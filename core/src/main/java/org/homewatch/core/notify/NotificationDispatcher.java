package org.homewatch.core.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homewatch.core.access.AccessControl;
import org.homewatch.core.access.Operation;
import org.homewatch.core.internal.Transactions;
import org.homewatch.model.Principal;
import org.homewatch.spi.notification.AlertChannel;
import org.homewatch.spi.notification.DeliveryResult;
import org.homewatch.spi.storage.OutboxMessage;
import org.homewatch.spi.storage.Storage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox after commit. Each call leases one bounded batch, sends each message through the channel
 * its recipient names, and records the outcome; run it on as many nodes as you like (leases keep them apart).
 * A crash between sending and recording leaves the lease to run out and the message to be sent again, with the
 * same idempotency key, which is why channels should honour it.
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
  private final Clock clock;

  public NotificationDispatcher(Transactions transactions, AccessControl access, Map<String, AlertChannel> channels,
      RetryPolicy retry, Duration leaseFor, String nodeId, Clock clock) {
    this.transactions = transactions;
    this.storage = transactions.storage();
    this.access = access;
    this.channels = Map.copyOf(channels);
    this.retry = retry;
    this.leaseFor = leaseFor;
    this.nodeId = nodeId;
    this.clock = clock;
  }

  /** Leases and delivers up to {@code batchSize} due messages. */
  public DispatchReport dispatch(Principal principal, int batchSize) {
    transactions.check(principal, "outbox.dispatch",
        () -> access.requireRole(principal, Operation.RUN_BACKGROUND_WORK));
    Instant now = clock.instant();
    List<OutboxMessage> leased =
        storage.inTransaction(tx -> tx.outbox().lease(nodeId, now, now.plus(leaseFor), batchSize));
    int delivered = 0;
    int retried = 0;
    int failed = 0;
    int lost = 0;
    for (OutboxMessage message : leased) {
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
      boolean kept = storage.inTransaction(
          tx -> tx.outbox().complete(message.id(), nodeId, recorded, nextAttempt, lastError));
      if (!kept) {
        lost++;
        log.warn("lease on notification {} ran out before its outcome was recorded; another node will resend it",
            message.id());
      } else if (status == OutboxMessage.Status.DELIVERED) {
        delivered++;
      } else if (status == OutboxMessage.Status.PENDING) {
        retried++;
      } else {
        failed++;
        log.warn("notification {} to {} failed for good: {}", message.id(), message.notification().recipient(),
            lastError.orElse(""));
      }
    }
    return new DispatchReport(leased.size(), delivered, retried, failed, lost);
  }

  /** Dispatches batches until the outbox has nothing due (or {@code maxBatches} ran). */
  public DispatchReport drain(Principal principal, int batchSize, int maxBatches) {
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
    } catch (RuntimeException e) {
      // The SPI says channels return failures; one that throws is treated as a passing failure, not a crash.
      log.warn("alert channel {} threw instead of returning a result", channelName, e);
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
