package org.homewatch.core.notify;

import java.time.Duration;
import java.util.Objects;
import org.homewatch.ConfigurationException;

/**
 * How often and how soon a notification is retried after "retry later": exponential backoff from
 * {@code firstDelay}, doubling, capped at {@code maxDelay}; after {@code maxAttempts} attempts it is marked failed.
 *
 * @param firstDelay the delay before the second attempt; positive
 * @param maxDelay the longest delay; at least {@code firstDelay}
 * @param maxAttempts attempts before the message is marked failed, at least 1
 */
public record RetryPolicy(Duration firstDelay, Duration maxDelay, int maxAttempts) {
  /**
   * Refuses delays that are not positive or out of order, and fewer than one attempt.
   *
   * @param firstDelay the delay before the second attempt
   * @param maxDelay the longest delay
   * @param maxAttempts attempts before the message is marked failed, at least 1
   * @throws ConfigurationException if the policy is not acceptable
   */
  public RetryPolicy {
    Objects.requireNonNull(firstDelay, "firstDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0 || maxAttempts < 1) {
      throw new ConfigurationException("a retry policy needs 0 < firstDelay <= maxDelay and maxAttempts >= 1");
    }
  }

  /**
   * 30 s, 1 min, 2 min … capped at 30 min; 12 attempts (about 3 hours in all).
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(30), 12);
  }

  /**
   * The delay before attempt number {@code attemptsSoFar + 1}.
   *
   * @param attemptsSoFar attempts made, 1 or more
   * @return the delay, at most {@code maxDelay}
   */
  public Duration delayAfter(int attemptsSoFar) {
    int doublings = Math.max(0, Math.min(attemptsSoFar - 1, 30));
    Duration delay = firstDelay.multipliedBy(1L << doublings);
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }
}
