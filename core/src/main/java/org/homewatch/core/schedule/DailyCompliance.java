package org.homewatch.core.schedule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One local day of a case: how many declarations were expected and how each slot stands. Always
 * {@code expected == onTime + late + missed + pending}.
 *
 * @param day the local day
 * @param expected the slots of the day
 * @param onTime slots fulfilled in their window
 * @param late slots fulfilled in their grace period
 * @param missed slots whose grace ended unfulfilled
 * @param pending slots still open or in grace
 * @param unscheduled declarations made that day that fulfilled no slot
 */
public record DailyCompliance(LocalDate day, int expected, int onTime, int late, int missed, int pending,
    int unscheduled) {
  /**
   * Refuses negative counts and counts that do not add up.
   *
   * @param day the local day
   * @param expected the slots of the day
   * @param onTime slots fulfilled in their window
   * @param late slots fulfilled in their grace period
   * @param missed slots whose grace ended unfulfilled
   * @param pending slots still open or in grace
   * @param unscheduled declarations made that day that fulfilled no slot
   * @throws IllegalArgumentException if the counts do not add up
   */
  public DailyCompliance {
    Objects.requireNonNull(day, "day");
    if (onTime < 0 || late < 0 || missed < 0 || pending < 0 || unscheduled < 0
        || expected != onTime + late + missed + pending) {
      throw new IllegalArgumentException("counts do not add up: expected " + expected + " ≠ " + onTime + " + "
          + late + " + " + missed + " + " + pending);
    }
  }

  /**
   * Slots fulfilled, on time or late.
   *
   * @return {@code onTime + late}
   */
  public int fulfilled() {
    return onTime + late;
  }
}
