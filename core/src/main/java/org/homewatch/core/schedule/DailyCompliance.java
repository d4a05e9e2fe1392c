package org.homewatch.core.schedule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One local day of a case: how many declarations were expected and how each slot stands. Always
 * {@code expected == onTime + late + missed + pending}.
 *
 * @param unscheduled declarations made that day that fulfilled no slot
 */
public record DailyCompliance(LocalDate day, int expected, int onTime, int late, int missed, int pending,
    int unscheduled) {
  public DailyCompliance {
    Objects.requireNonNull(day, "day");
    if (onTime < 0 || late < 0 || missed < 0 || pending < 0 || unscheduled < 0
        || expected != onTime + late + missed + pending) {
      throw new IllegalArgumentException("counts do not add up: expected " + expected + " ≠ " + onTime + " + "
          + late + " + " + missed + " + " + pending);
    }
  }

  public int fulfilled() {
    return onTime + late;
  }
}
