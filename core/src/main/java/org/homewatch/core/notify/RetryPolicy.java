package org.homewatch.core.notify;

import java.time.Duration;
import java.util.Objects;
import org.homewatch.ConfigurationException;

/**
 * How often and how soon a notification is retried after "retry later": exponential backoff from
 * {@code firstDelay}, doubling, capped at {@code maxDelay}; after {@code maxAttempts} attempts it is marked failed.
 */
public record RetryPolicy(Duration firstDelay, Duration maxDelay, int maxAttempts) {
  public RetryPolicy {
    Objects.requireNonNull(firstDelay, "firstDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0 || maxAttempts < 1) {
      throw new ConfigurationException("a retry policy needs 0 < firstDelay <= maxDelay and maxAttempts >= 1");
    }
  }

  /** 30 s, 1 min, 2 min … capped at 30 min; 12 attempts (about 3 hours in all). */
  public static RetryPolicy defaults() {
    return new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(30), 12);
  }

  /** The delay before attempt number {@code attemptsSoFar + 1}. */
  public Duration delayAfter(int attemptsSoFar) {
    int doublings = Math.max(0, Math.min(attemptsSoFar - 1, 30));
    Duration delay = firstDelay.multipliedBy(1L << doublings);
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }
}
