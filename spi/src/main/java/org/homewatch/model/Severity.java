package org.homewatch.model;

/** How worrying a declaration (or an alert) is, in rising order. Compare with {@link #isWorseThan}. */
public enum Severity {
  /** Nothing abnormal. */
  NORMAL,
  /** Worth watching (e.g. mild fever); shown on the line list, no alert by default. */
  WATCH,
  /** An abnormal sign (dấu hiệu bất thường): the health station must contact the person. */
  ABNORMAL,
  /** A sign that needs help now (SpO2 under 94 %, confusion, cyanosis): call, visit, or 115. */
  EMERGENCY;

  /**
   * Whether this is strictly worse than {@code other}.
   *
   * @param other another severity
   * @return true if worse
   */
  public boolean isWorseThan(Severity other) {
    return compareTo(other) > 0;
  }

  /**
   * Whether this is {@code other} or worse.
   *
   * @param other another severity
   * @return true if as bad or worse
   */
  public boolean isAtLeast(Severity other) {
    return compareTo(other) >= 0;
  }

  /**
   * The worse of two severities.
   *
   * @param a a severity
   * @param b another
   * @return the worse one
   */
  public static Severity max(Severity a, Severity b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /**
   * One level worse, capped at {@code cap}.
   *
   * @param levels how many levels to go up, 0 or more
   * @param cap the worst it may become (a severity already above it stays)
   * @return the raised severity
   */
  public Severity raisedBy(int levels, Severity cap) {
    Severity raised = values()[Math.min(values().length - 1, ordinal() + levels)];
    return raised.isWorseThan(cap) ? Severity.max(this, cap) : raised;
  }
}
