package org.homewatch.core.schedule;

/** How a slot stands at a given moment. */
public enum SlotStatus {
  /** Fulfilled by a declaration inside the window. */
  ON_TIME,
  /** Fulfilled by a declaration after the window closed, within grace. */
  LATE,
  /** Grace ended with no declaration for it. */
  MISSED,
  /** Not fulfilled yet, and still can be: not open yet, open, or in grace. */
  PENDING;

  /**
   * Whether a declaration fulfilled the slot.
   *
   * @return true for on time and late
   */
  public boolean isFulfilled() {
    return this == ON_TIME || this == LATE;
  }
}
