package org.homewatch.model;

/**
 * Where a spot check stands. {@link #REQUESTED} is the only open state; the others are final, reached
 * through {@link SpotCheck}'s named transitions only.
 */
public enum SpotCheckState {
  /** Asked; waiting for the person's check-in until the answer-by deadline. */
  REQUESTED,
  /** Answered in time by a check-in with location whose presence the presence verifier found {@code PASSED}. */
  PASSED,
  /** Answered in time, but the presence verifier found the check-in {@code FAILED} and none passed. */
  FAILED,
  /**
   * Answered in time with location, but presence could not be verified: no verifier is configured, the check-in
   * carried no evidence reference, or the verifier failed, gave no verdict, said {@code NOT_PERFORMED} or timed
   * out. Never a pass: it alerts the station as a failed check does.
   */
  NOT_VERIFIED,
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
