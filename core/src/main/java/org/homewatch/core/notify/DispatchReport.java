package org.homewatch.core.notify;

/**
 * What one dispatch batch did. {@code leased} = delivered + retried + failed + lostLease + obsolete.
 *
 * @param leased messages taken from the outbox
 * @param delivered messages a channel accepted
 * @param retried messages to try again later
 * @param failed messages that failed for good
 * @param lostLease messages whose lease another dispatcher took before they were recorded
 * @param obsolete messages not sent because they no longer mattered (e.g. about an alert resolved meanwhile)
 */
public record DispatchReport(int leased, int delivered, int retried, int failed, int lostLease, int obsolete) {
  /** Nothing dispatched. */
  public static final DispatchReport EMPTY = new DispatchReport(0, 0, 0, 0, 0, 0);

  /**
   * This report and another's, added up.
   *
   * @param other another batch's report
   * @return the sum
   */
  public DispatchReport plus(DispatchReport other) {
    return new DispatchReport(leased + other.leased, delivered + other.delivered, retried + other.retried,
        failed + other.failed, lostLease + other.lostLease, obsolete + other.obsolete);
  }
}
