package org.homewatch.core.cases.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.homewatch.ValidationException;
import org.homewatch.ValidationException.Violation;
import org.homewatch.model.BirthDate;
import org.homewatch.model.NewCase;

/**
 * What a registration or a change of plan may say about dates, measured from "today" in the case's zone. A
 * period is computed into slots, a birth date into the age band the rules judge by: a date no quarantine can
 * have would otherwise be taken at face value (a planned end in 9999 is three million slots; a birth in 2954 is
 * an infant's thresholds). Each limit is a refusal naming the field, never a silent correction.
 */
public final class CaseLimits {
  /** A period starts at most this many days before or after today (a decision registered late, or ahead). */
  public static final int START_WITHIN_DAYS = 30;
  /**
   * A period lasts at most its category's days (from the province's policy) plus this many: room for the
   * extensions a positive test or an uncooperative visit bring, not for a typo in the year.
   */
  public static final int EXTENSION_MARGIN_DAYS = 30;
  /** Nobody monitored at home is older than this; an older birth date is a typing error. */
  public static final int MAX_AGE_YEARS = org.homewatch.core.rules.CaseFacts.MAX_AGE_YEARS;

  private CaseLimits() {}

  /**
   * Every date of a new case against today and the category's duration; all violations at once.
   *
   * @param categoryDays the category's days under the province's policy
   */
  public static void checkNew(NewCase c, LocalDate today, int categoryDays) {
    List<Violation> problems = new ArrayList<>();
    if (Math.abs(c.start().toEpochDay() - today.toEpochDay()) > START_WITHIN_DAYS) {
      problems.add(new Violation("start", "homewatch.validation.period.start",
          "the start " + c.start() + " must be within " + START_WITHIN_DAYS + " days of today, " + today));
    } else {
      c.plannedEnd().ifPresent(end -> length(c.start(), end, categoryDays).ifPresent(problems::add));
    }
    if (c.decision().issuedOn().isAfter(today)) {
      problems.add(new Violation("decision.issuedOn", "homewatch.validation.decision.future",
          "the decision is dated " + c.decision().issuedOn() + ", after today " + today));
    }
    birthDate(c.person().birthDate(), today).ifPresent(problems::add);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /** A moved planned end: no longer than the category allows, with the margin. */
  public static void checkPlannedEnd(LocalDate start, LocalDate newEnd, int categoryDays) {
    length(start, newEnd, categoryDays).ifPresent(v -> {
      throw new ValidationException(List.of(v));
    });
  }

  private static java.util.Optional<Violation> length(LocalDate start, LocalDate end, int categoryDays) {
    long days = end.toEpochDay() - start.toEpochDay() + 1;
    long max = (long) categoryDays + EXTENSION_MARGIN_DAYS;
    if (days > max) {
      return java.util.Optional.of(new Violation("plannedEnd", "homewatch.validation.period.length",
          "a period of " + days + " days is longer than the category's " + categoryDays + " days and "
              + EXTENSION_MARGIN_DAYS + " more for extensions (planned end " + end + ")"));
    }
    return java.util.Optional.empty();
  }

  private static java.util.Optional<Violation> birthDate(BirthDate born, LocalDate today) {
    boolean future = born.date().map(d -> d.isAfter(today)).orElse(born.year().getValue() > today.getYear());
    if (future) {
      return java.util.Optional.of(new Violation("person.birthDate", "homewatch.validation.birthDate.future",
          "the birth date " + born + " is after today, " + today));
    }
    if (born.ageOn(today) > MAX_AGE_YEARS) {
      return java.util.Optional.of(new Violation("person.birthDate", "homewatch.validation.birthDate.age",
          "the birth date " + born + " makes the person older than " + MAX_AGE_YEARS));
    }
    return java.util.Optional.empty();
  }
}
