package org.homewatch.model;

public enum AlertStatus {
  /** Raised; nobody has said they are on it. Escalates when its acknowledge-by deadline passes. */
  OPEN,
  /** A staff member took it; it no longer escalates. */
  ACKNOWLEDGED,
  /** Closed with an outcome. */
  RESOLVED;

  public boolean isActive() {
    return this != RESOLVED;
  }
}
