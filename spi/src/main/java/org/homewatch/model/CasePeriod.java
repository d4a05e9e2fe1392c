package org.homewatch.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The days of home monitoring, in the case's local calendar: from {@code start} up to and including
 * {@code plannedEnd}; {@code actualEnd} once the case closed. A changed plan keeps the previous end in the
 * case history, not here.
 */
public record CasePeriod(LocalDate start, LocalDate plannedEnd, Optional<LocalDate> actualEnd) {
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

  public static CasePeriod planned(LocalDate start, LocalDate plannedEnd) {
    return new CasePeriod(start, plannedEnd, Optional.empty());
  }

  /** Whole days planned, counting both ends. */
  public long plannedDays() {
    return plannedEnd.toEpochDay() - start.toEpochDay() + 1;
  }

  public boolean includes(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(actualEnd.orElse(plannedEnd));
  }

  public CasePeriod withPlannedEnd(LocalDate newEnd) {
    return new CasePeriod(start, newEnd, actualEnd);
  }

  public CasePeriod endedOn(LocalDate day) {
    return new CasePeriod(start, plannedEnd, Optional.of(day));
  }
}
