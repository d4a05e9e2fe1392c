package org.homewatch.core.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.homewatch.model.BirthDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReadingsTest {
  @Test
  @DisplayName("the evaluator's allocation-free age is the age BirthDate.ageOn gives, for full dates and years alone")
  void ageMatchesBirthDate() {
    qt().forAll(integers().between(0, 45_000), integers().between(0, 45_000), integers().between(0, 1))
        .checkAssert((born, on, yearOnly) -> {
          LocalDate birth = LocalDate.of(1900, 1, 1).plusDays(born);
          BirthDate b = yearOnly == 1 ? BirthDate.ofYear(birth.getYear()) : BirthDate.of(birth);
          LocalDate day = LocalDate.of(1900, 1, 1).plusDays(on);
          assertEquals(b.ageOn(day), Readings.ageYears(b, day), () -> b + " on " + day);
        });
  }

  @Test
  @DisplayName("a leap-day birthday counts a year only from 1 March in common years, as Period does")
  void leapDay() {
    BirthDate b = BirthDate.of(LocalDate.of(2020, 2, 29));
    assertEquals(0, Readings.ageYears(b, LocalDate.of(2021, 2, 28)));
    assertEquals(1, Readings.ageYears(b, LocalDate.of(2021, 3, 1)));
  }
}
