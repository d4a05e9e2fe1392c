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

  public boolean isWorseThan(Severity other) {
    return compareTo(other) > 0;
  }

  public boolean isAtLeast(Severity other) {
    return compareTo(other) >= 0;
  }

  public static Severity max(Severity a, Severity b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** One level worse, capped at {@code cap}. */
  public Severity raisedBy(int levels, Severity cap) {
    Severity raised = values()[Math.min(values().length - 1, ordinal() + levels)];
    return raised.isWorseThan(cap) ? Severity.max(this, cap) : raised;
  }
}
