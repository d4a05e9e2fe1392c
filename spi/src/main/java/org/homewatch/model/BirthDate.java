package org.homewatch.model;

import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.Optional;

/**
 * When a person was born: the full date where known, otherwise the year alone (many older people's papers
 * give only the year). Age rules use {@link #ageOn}; with the year alone a person is taken to be born on
 * 1 July, which errs by at most six months.
 *
 * @param year the year of birth, 1880 or later
 * @param date the full date, when known; its year is {@code year}
 */
public record BirthDate(Year year, Optional<LocalDate> date) {
  /**
   * Refuses a date in another year than {@code year}, and years before 1880.
   *
   * @param year the year of birth, 1880 or later
   * @param date the full date, when known
   * @throws org.homewatch.ValidationException if the date and year disagree or the year is before 1880
   */
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

  /**
   * A birth date known to the day.
   *
   * @param date the date of birth
   * @return the birth date
   */
  public static BirthDate of(LocalDate date) {
    return new BirthDate(Year.of(date.getYear()), Optional.of(date));
  }

  /**
   * A birth date of which only the year is known.
   *
   * @param year the year of birth, 1880 or later
   * @return the birth date
   */
  public static BirthDate ofYear(int year) {
    return new BirthDate(Year.of(year), Optional.empty());
  }

  /**
   * Whole years of age on {@code day}, never negative.
   *
   * @param day the day to compute the age on
   * @return the age in whole years; 0 if {@code day} is before the birth
   */
  public int ageOn(LocalDate day) {
    LocalDate born = date.orElse(year.atMonth(7).atDay(1));
    return born.isAfter(day) ? 0 : Period.between(born, day).getYears();
  }

  /**
   * Age in whole months on {@code day}, for the rules that treat infants apart.
   *
   * @param day the day to compute the age on
   * @return the age in whole months; 0 if {@code day} is before the birth
   */
  public long ageInMonthsOn(LocalDate day) {
    LocalDate born = date.orElse(year.atMonth(7).atDay(1));
    return born.isAfter(day) ? 0 : Period.between(born, day).toTotalMonths();
  }

  @Override
  public String toString() {
    return date.map(LocalDate::toString).orElse(year.toString());
  }
}
