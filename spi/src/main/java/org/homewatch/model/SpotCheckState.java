package org.homewatch.model;

/**
 * Where a spot check stands. {@link #REQUESTED} is the only open state; the three others are final, reached
 * through {@link SpotCheck}'s named transitions only.
 */
public enum SpotCheckState {
  /** Asked; waiting for the person's check-in until the answer-by deadline. */
  REQUESTED,
  /** Answered in time by a declaration with location and a passed presence check. */
  PASSED,
  /** Answered in time, but the presence check failed and none passed. */
  FAILED,
  /** No check-in with location and presence arrived before the deadline. */
  EXPIRED;

  /**
   * Whether the check is over (every state but {@link #REQUESTED}).
   *
   * @return true unless requested
   */
  public boolean isSettled() {
    return this != REQUESTED;
  }
}
