package org.homewatch.core.notify;

/**
 * What one dispatch batch did. {@code leased} = delivered + retried + failed + lostLease + obsolete.
 *
 * @param obsolete messages not sent because they no longer mattered (e.g. about an alert resolved meanwhile)
 */
public record DispatchReport(int leased, int delivered, int retried, int failed, int lostLease, int obsolete) {
  public static final DispatchReport EMPTY = new DispatchReport(0, 0, 0, 0, 0, 0);

  public DispatchReport plus(DispatchReport other) {
    return new DispatchReport(leased + other.leased, delivered + other.delivered, retried + other.retried,
        failed + other.failed, lostLease + other.lostLease, obsolete + other.obsolete);
  }
}
