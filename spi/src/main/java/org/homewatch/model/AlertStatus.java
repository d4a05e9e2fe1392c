package org.homewatch.model;

/** Where an alert is in its life; see {@link AlertLifecycle} for the changes between them. */
public enum AlertStatus {
  /** Raised; nobody has said they are on it. Escalates when its acknowledge-by deadline passes. */
  OPEN,
  /** A staff member took it; it no longer escalates. */
  ACKNOWLEDGED,
  /** Closed with an outcome. */
  RESOLVED;

  /**
   * Whether the alert still needs someone.
   *
   * @return true unless resolved
   */
  public boolean isActive() {
    return this != RESOLVED;
  }
}
