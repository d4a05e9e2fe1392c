package org.homewatch.model;

import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.Optional;

/**
 * When a person was born: the full date where known, otherwise the year alone (many older people's papers
 * give only the year). Age rules use {@link #ageOn}; with the year alone a person is taken to be born on
 * 1 July, which errs by at most six months.
 */
public record BirthDate(Year year, Optional<LocalDate> date) {
  public BirthDate {
    Checks.required(year, "year");
    Checks.required(date, "date");
    new Checks()
        .require(date.isEmpty() || date.get().getYear() == year.getValue(), "birthDate",
            "homewatch.validation.birthDate", "birth date and birth year disagree")
        .require(year.getValue() >= 1880, "birthDate", "homewatch.validation.birthDate",
            "birth year must be 1880 or later, was " + year)
        .throwIfAny();
  }

  public static BirthDate of(LocalDate date) {
    return new BirthDate(Year.of(date.getYear()), Optional.of(date));
  }

  public static BirthDate ofYear(int year) {
    return new BirthDate(Year.of(year), Optional.empty());
  }

  /** Whole years of age on {@code day}, never negative. */
  public int ageOn(LocalDate day) {
    LocalDate born = date.orElse(year.atMonth(7).atDay(1));
    return born.isAfter(day) ? 0 : Period.between(born, day).getYears();
  }

  /** Age in whole months on {@code day}, for the rules that treat infants apart. */
  public long ageInMonthsOn(LocalDate day) {
    LocalDate born = date.orElse(year.atMonth(7).atDay(1));
    return born.isAfter(day) ? 0 : Period.between(born, day).toTotalMonths();
  }

  @Override
  public String toString() {
    return date.map(LocalDate::toString).orElse(year.toString());
  }
}
