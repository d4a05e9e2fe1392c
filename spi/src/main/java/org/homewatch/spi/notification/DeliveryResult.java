package org.homewatch.spi.notification;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** What became of one {@link AlertChannel#send}. Failures are results, not exceptions. */
public sealed interface DeliveryResult {

  /**
   * The gateway accepted the message.
   *
   * @param receipt the gateway's message id, if it gave one; kept with the outbox message for tracing
   */
  record Delivered(Optional<String> receipt) implements DeliveryResult {
    /**
     * Refuses a null receipt (use an empty one).
     *
     * @param receipt the gateway's message id, if it gave one
     */
    public Delivered {
      Objects.requireNonNull(receipt, "receipt");
    }
  }

  /**
   * A passing failure (timeout, rate limit, gateway down): try again, after {@code after} if the gateway said.
   *
   * @param reason why it failed this time, for the log and the outbox row (no message text, no phone number)
   * @param after how long the gateway asked to wait, if it said; otherwise the dispatcher's back-off applies
   */
  record RetryLater(String reason, Optional<Duration> after) implements DeliveryResult {
    /**
     * Refuses null components.
     *
     * @param reason why it failed this time, for the log and the outbox row (no message text, no phone number)
     * @param after how long the gateway asked to wait, if it said
     */
    public RetryLater {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(after, "after");
    }
  }

  /**
   * It will never work (no such number, unsubscribed, message rejected): do not retry.
   *
   * @param reason why it can never work, kept with the failed message so that staff can act on it
   */
  record PermanentFailure(String reason) implements DeliveryResult {
    /**
     * Refuses a null reason.
     *
     * @param reason why it can never work, kept with the failed message so that staff can act on it
     */
    public PermanentFailure {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * The gateway accepted the message and gave no receipt.
   *
   * @return a {@link Delivered} without receipt
   */
  static DeliveryResult delivered() {
    return new Delivered(Optional.empty());
  }

  /**
   * The gateway accepted the message and returned {@code receipt}.
   *
   * @param receipt the gateway's message id
   * @return a {@link Delivered} with that receipt
   */
  static DeliveryResult delivered(String receipt) {
    return new Delivered(Optional.of(receipt));
  }

  /**
   * A passing failure, retried after the dispatcher's own back-off.
   *
   * @param reason why it failed this time (no personal data)
   * @return a {@link RetryLater} without a gateway-given delay
   */
  static DeliveryResult retryLater(String reason) {
    return new RetryLater(reason, Optional.empty());
  }

  /**
   * A failure that retrying cannot fix.
   *
   * @param reason why it can never work (no personal data)
   * @return a {@link PermanentFailure}
   */
  static DeliveryResult permanentFailure(String reason) {
    return new PermanentFailure(reason);
  }
}
