package org.homewatch.core.reports;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A unit's figures on one local day of the period; stocks are those at the end of the day.
 *
 * @param day the local day
 * @param figures the unit's figures on that day
 */
public record DayFigures(LocalDate day, Figures figures) {
  /**
   * Refuses null components.
   *
   * @param day the local day
   * @param figures the unit's figures on that day
   */
  public DayFigures {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(figures, "figures");
  }
}
