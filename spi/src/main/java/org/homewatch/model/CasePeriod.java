package org.homewatch.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The days of home monitoring, in the case's local calendar: from {@code start} up to and including
 * {@code plannedEnd}; {@code actualEnd} once the case closed. A changed plan keeps the previous end in the
 * case history, not here.
 *
 * @param start the first day of monitoring
 * @param plannedEnd the last day planned, included; not before {@code start}
 * @param actualEnd the day monitoring ended, once the case closed; not before {@code start}
 */
public record CasePeriod(LocalDate start, LocalDate plannedEnd, Optional<LocalDate> actualEnd) {
  /**
   * Refuses a day outside the years 1 to 9999 and ends before the start, collecting every violation.
   *
   * @param start the first day of monitoring
   * @param plannedEnd the last day planned, included
   * @param actualEnd the day monitoring ended, once the case closed
   * @throws org.homewatch.ValidationException if a day is out of range or an end is before the start
   */
  public CasePeriod {
    Checks.required(start, "start");
    Checks.required(plannedEnd, "plannedEnd");
    Checks.required(actualEnd, "actualEnd");
    new Checks()
        .require(calendarDay(start), "period.start", "homewatch.validation.date",
            "the start must be a day of the years 1 to 9999, was " + start)
        .require(calendarDay(plannedEnd), "period.plannedEnd", "homewatch.validation.date",
            "the planned end must be a day of the years 1 to 9999, was " + plannedEnd)
        .require(actualEnd.map(CasePeriod::calendarDay).orElse(true), "period.actualEnd",
            "homewatch.validation.date", "the actual end must be a day of the years 1 to 9999")
        .require(!plannedEnd.isBefore(start), "period.plannedEnd", "homewatch.validation.period",
            "the planned end " + plannedEnd + " is before the start " + start)
        .require(actualEnd.isEmpty() || !actualEnd.get().isBefore(start), "period.actualEnd",
            "homewatch.validation.period", "the actual end is before the start " + start)
        .throwIfAny();
  }

  // Days every storage can hold and every computation can step past (LocalDate.MAX cannot be followed by a day).
  // Core bounds periods far more tightly by policy; this bound is what the record itself can promise.
  private static boolean calendarDay(LocalDate day) {
    return day.getYear() >= 1 && day.getYear() <= 9999;
  }

  /**
   * A period not ended yet.
   *
   * @param start the first day of monitoring
   * @param plannedEnd the last day planned, included
   * @return the period
   */
  public static CasePeriod planned(LocalDate start, LocalDate plannedEnd) {
    return new CasePeriod(start, plannedEnd, Optional.empty());
  }

  /**
   * Whole days planned, counting both ends.
   *
   * @return the number of days, at least 1
   */
  public long plannedDays() {
    return plannedEnd.toEpochDay() - start.toEpochDay() + 1;
  }

  /**
   * Whether monitoring covers {@code day}: from the start to the actual end, or the planned end while open.
   *
   * @param day a local day
   * @return true if the day is in the period
   */
  public boolean includes(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(actualEnd.orElse(plannedEnd));
  }

  /**
   * This period with another planned end (an extension or a shortening).
   *
   * @param newEnd the new last day planned
   * @return a copy with the new planned end
   */
  public CasePeriod withPlannedEnd(LocalDate newEnd) {
    return new CasePeriod(start, newEnd, actualEnd);
  }

  /**
   * This period ended on {@code day}.
   *
   * @param day the day monitoring ended
   * @return a copy with the actual end set
   */
  public CasePeriod endedOn(LocalDate day) {
    return new CasePeriod(start, plannedEnd, Optional.of(day));
  }
}
