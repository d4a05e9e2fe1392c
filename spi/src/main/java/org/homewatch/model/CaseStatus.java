package org.homewatch.model;

/**
 * Where a case is in its life. The allowed transitions are kept by core; stores only persist the value.
 * PENDING → ACTIVE → COMPLETED / ESCALATED / TRANSFERRED / CANCELLED.
 */
public enum CaseStatus {
  /** Registered from a decision whose period has not started. */
  PENDING,
  /** Being monitored: declarations are expected. */
  ACTIVE,
  /** The period ended with nothing open. */
  COMPLETED,
  /** Moved to a hospital or facility; home monitoring stopped. */
  ESCALATED,
  /** Handed to another commune or province. */
  TRANSFERRED,
  /** Entered in error. */
  CANCELLED;

  /**
   * True while declarations are expected and alerts may be raised.
   *
   * @return true only for {@code ACTIVE}
   */
  public boolean isMonitored() {
    return this == ACTIVE;
  }

  /**
   * True once the case can change no more (except by a new case).
   *
   * @return true for completed, escalated, transferred and cancelled cases
   */
  public boolean isClosed() {
    return this != PENDING && this != ACTIVE;
  }
}
