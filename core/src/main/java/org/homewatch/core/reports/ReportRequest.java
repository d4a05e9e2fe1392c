package org.homewatch.core.reports;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.homewatch.ValidationException;
import org.homewatch.model.JurisdictionPath;
import org.jspecify.annotations.Nullable;

/**
 * What a report covers: one unit of either GSO scheme (a province, a district of the 2021 scheme, a commune) and a
 * period of whole local days in {@link ReportService#ZONE}, first and last day included.
 *
 * <p>A period is at most {@link #MAX_DAYS} days (a year, leap day included) and its last day is not before its
 * first: both are checked here, at the edge, so that every caller gets a {@link ValidationException} naming the
 * field ({@code firstDay}, {@code lastDay}, {@code unit}) before anything is read. Whether the unit exists in the
 * deployment and lies in the caller's scope is checked by {@link ReportService}, which reads the store.
 *
 * @param unit the unit reported on: a province, district or commune
 * @param firstDay the first local day, included
 * @param lastDay the last local day, included; not before {@code firstDay}, at most {@value #MAX_DAYS} days on
 */
public record ReportRequest(JurisdictionPath unit, LocalDate firstDay, LocalDate lastDay) {

  /** The longest period a report may cover: one year of days (366, so a leap year fits). */
  public static final int MAX_DAYS = 366;

  /**
   * Checks every component, collecting the violations.
   *
   * @param unit the unit reported on: a province, district or commune
   * @param firstDay the first local day, included
   * @param lastDay the last local day, included
   * @throws ValidationException naming {@code unit}, {@code firstDay} or {@code lastDay}
   */
  public ReportRequest {
    List<ValidationException.Violation> violations = new ArrayList<>();
    require(violations, unit, "unit");
    require(violations, firstDay, "firstDay");
    require(violations, lastDay, "lastDay");
    if (firstDay != null && lastDay != null) {
      if (lastDay.isBefore(firstDay)) {
        violations.add(new ValidationException.Violation("lastDay", "homewatch.validation.report.period.order",
            "the period's last day " + lastDay + " is before its first day " + firstDay));
      } else if (ChronoUnit.DAYS.between(firstDay, lastDay) + 1 > MAX_DAYS) {
        violations.add(new ValidationException.Violation("lastDay", "homewatch.validation.report.period.length",
            "a report covers at most " + MAX_DAYS + " days, " + firstDay + " to " + lastDay + " is "
                + (ChronoUnit.DAYS.between(firstDay, lastDay) + 1)));
      }
    }
    if (!violations.isEmpty()) {
      throw new ValidationException(violations);
    }
  }

  /**
   * The report of {@code unit} for the days from {@code firstDay} to {@code lastDay}, both included.
   *
   * @param unit the unit reported on
   * @param firstDay the first local day
   * @param lastDay the last local day
   * @return the request
   * @throws ValidationException if a part is missing or the period is bad
   */
  public static ReportRequest of(JurisdictionPath unit, LocalDate firstDay, LocalDate lastDay) {
    return new ReportRequest(unit, firstDay, lastDay);
  }

  /**
   * The report of {@code unit} for the {@code days} days ending with {@code lastDay} (e.g. 30 days to today).
   *
   * @param unit the unit reported on
   * @param lastDay the last local day
   * @param days how many days, 1 to {@value #MAX_DAYS}
   * @return the request
   * @throws ValidationException if a part is missing or {@code days} is out of range
   */
  public static ReportRequest lastDays(JurisdictionPath unit, LocalDate lastDay, int days) {
    if (days < 1 || days > MAX_DAYS) {
      throw ValidationException.of("days", "homewatch.validation.report.period.length",
          "a report covers 1 to " + MAX_DAYS + " days, was " + days);
    }
    return new ReportRequest(unit, lastDay == null ? null : lastDay.minusDays(days - 1L), lastDay);
  }

  /**
   * How many days the period has (1 to {@link #MAX_DAYS}).
   *
   * @return the number of days
   */
  public int days() {
    return (int) ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
  }

  /**
   * The days of the period, in order.
   *
   * @return the days, first to last
   */
  public List<LocalDate> eachDay() {
    return firstDay.datesUntil(lastDay.plusDays(1)).toList();
  }

  private static void require(List<ValidationException.Violation> violations, @Nullable Object value, String field) {
    if (value == null) {
      violations.add(new ValidationException.Violation(field, "homewatch.validation.required", field + " is required"));
    }
  }
}
