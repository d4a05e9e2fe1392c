package org.homewatch.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The days of home monitoring, in the case's local calendar: from {@code start} up to and including
 * {@code plannedEnd}; {@code actualEnd} once the case closed. A changed plan keeps the previous end in the
 * case history, not here.
 */
public record CasePeriod(LocalDate start, LocalDate plannedEnd, Optional<LocalDate> actualEnd) {
  public CasePeriod {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(plannedEnd, "plannedEnd");
    Objects.requireNonNull(actualEnd, "actualEnd");
    new Checks()
        .require(!plannedEnd.isBefore(start), "period.plannedEnd", "homewatch.validation.period",
            "the planned end " + plannedEnd + " is before the start " + start)
        .require(actualEnd.isEmpty() || !actualEnd.get().isBefore(start), "period.actualEnd",
            "homewatch.validation.period", "the actual end is before the start " + start)
        .throwIfAny();
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
