package org.homewatch.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homewatch.model.BirthDate;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.Declaration;
import org.homewatch.model.Severity;
import org.homewatch.model.Vitals;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 10.4 at the level of the facts the rules see: an age the rules cannot trust (a birth after the day, or
 * more than 120 years before it) is judged as an adult, so it never silences a sign.
 */
class UnknownAgeTest {
  private static final RuleSet MOH261 = RuleSets.moh261();

  private static CaseFacts born(BirthDate birth) {
    return new CaseFacts(CaseCategory.F0_HOME_CARE, birth, Fixtures.TODAY, Set.of(), Optional.empty());
  }

  private static Severity judge(Declaration d, CaseFacts facts) {
    return MOH261.assess(d, facts, List.of(), Fixtures.NOW).severity();
  }

  @Test
  @DisplayName("born 2954: respiratory rate 45, pulse 160, BP 85/55 is ABNORMAL, as for someone born 1954")
  void futureBirthIsJudgedAsAdult() {
    Declaration d = Fixtures.declaration(Vitals.builder().respiratoryRatePerMinute(45).pulsePerMinute(160)
        .bloodPressure(85, 55).spo2Percent(98).build());
    assertEquals(Severity.ABNORMAL, judge(d, born(BirthDate.ofYear(1954))));
    assertEquals(Severity.ABNORMAL, judge(d, born(BirthDate.ofYear(2954))));
    assertEquals(Severity.ABNORMAL, judge(d, born(BirthDate.of(Fixtures.TODAY.plusDays(1)))));
    assertEquals(Severity.ABNORMAL, judge(d, born(BirthDate.ofYear(1880))));
  }

  @Test
  @DisplayName("a real infant keeps the infants' band: the same pulse of 160 alone is not a sign under 5 years")
  void realInfantKeepsItsBand() {
    Declaration d = Fixtures.declaration(Vitals.builder().pulsePerMinute(160).spo2Percent(98).build());
    assertEquals(Severity.NORMAL, judge(d, born(BirthDate.of(Fixtures.TODAY.minusMonths(6)))));
    assertEquals(Severity.ABNORMAL, judge(d, born(BirthDate.ofYear(1990))));
  }

  @Test
  @DisplayName("plausible: from today back to exactly 120 years; not a day later than today, not older than 120")
  void plausibility() {
    LocalDate day = Fixtures.TODAY;
    assertTrue(CaseFacts.plausible(BirthDate.of(day), day));
    assertTrue(CaseFacts.plausible(BirthDate.of(day.minusYears(120)), day));
    assertFalse(CaseFacts.plausible(BirthDate.of(day.plusDays(1)), day));
    assertFalse(CaseFacts.plausible(BirthDate.of(day.minusYears(121)), day));
    assertFalse(CaseFacts.plausible(BirthDate.ofYear(day.getYear() + 1), day));
  }

  @Test
  @DisplayName("property: no implausible birth date (after the day, or over 120 years before) is judged below an adult")
  void noUnknownAgeSilencesASign() {
    // the MoH signs that depend on age: respiratory rate, pulse, blood pressure, with values around their limits
    int from = (int) LocalDate.of(1880, 1, 1).toEpochDay();
    int to = (int) LocalDate.of(9999, 12, 31).toEpochDay();
    qt().withExamples(400).forAll(integers().between(from, to), integers().between(10, 60),
        integers().between(30, 200), integers().between(60, 140))
        .checkAssert((epochDay, rr, pulse, systolic) -> {
          LocalDate birth = LocalDate.ofEpochDay(epochDay);
          Declaration d = Fixtures.declaration(Vitals.builder().respiratoryRatePerMinute(rr).pulsePerMinute(pulse)
              .bloodPressure(systolic, Math.max(30, systolic - 40)).spo2Percent(98).build());
          Severity adult = judge(d, born(BirthDate.of(Fixtures.TODAY.minusYears(40))));
          for (BirthDate b : List.of(BirthDate.of(birth), BirthDate.ofYear(birth.getYear()))) {
            Severity judged = judge(d, born(b));
            if (!CaseFacts.plausible(b, Fixtures.TODAY)) {
              assertFalse(adult.isWorseThan(judged), "born " + b + ": " + judged + ", an adult " + adult);
              assertEquals(adult, judged, "born " + b);
            }
          }
        });
  }
}
