package org.homewatch.spi.notification;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** What became of one {@link AlertChannel#send}. Failures are results, not exceptions. */
public sealed interface DeliveryResult {

  /** The gateway accepted the message. */
  record Delivered(Optional<String> receipt) implements DeliveryResult {
    public Delivered {
      Objects.requireNonNull(receipt, "receipt");
    }
  }

  /** A passing failure (timeout, rate limit, gateway down): try again, after {@code after} if the gateway said. */
  record RetryLater(String reason, Optional<Duration> after) implements DeliveryResult {
    public RetryLater {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(after, "after");
    }
  }

  /** It will never work (no such number, unsubscribed, message rejected): do not retry. */
  record PermanentFailure(String reason) implements DeliveryResult {
    public PermanentFailure {
      Objects.requireNonNull(reason, "reason");
    }
  }

  static DeliveryResult delivered() {
    return new Delivered(Optional.empty());
  }

  static DeliveryResult delivered(String receipt) {
    return new Delivered(Optional.of(receipt));
  }

  static DeliveryResult retryLater(String reason) {
    return new RetryLater(reason, Optional.empty());
  }

  static DeliveryResult permanentFailure(String reason) {
    return new PermanentFailure(reason);
  }
}
