package org.homewatch.core.rules;

import static org.homewatch.core.rules.Fixtures.aged;
import static org.homewatch.core.rules.Fixtures.daysAgo;
import static org.homewatch.core.rules.Fixtures.declaration;
import static org.homewatch.core.rules.Fixtures.vitals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import org.homewatch.model.Assessment;
import org.homewatch.model.Declaration;
import org.homewatch.model.Finding;
import org.homewatch.model.Vitals;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TrendRulesTest {
  private final RuleSet moh261 = RuleSets.moh261();

  private static Declaration temp(Instant at, double celsius) {
    return declaration(at, vitals().temperatureCelsius(celsius).build());
  }

  private static Declaration spo2(Instant at, int percent) {
    return declaration(at, vitals().spo2Percent(percent).build());
  }

  private boolean fired(Assessment a, String ruleId) {
    return a.findings().stream().map(Finding::ruleId).anyMatch(ruleId::equals);
  }

  @Test
  @DisplayName("fever of 38.5 °C or more on three consecutive calendar days is abnormal; a day without breaks it")
  void threeDays() {
    Declaration today = temp(daysAgo(0, 9), 38.6);
    List<Declaration> twoDays = List.of(temp(daysAgo(2, 8), 38.5), temp(daysAgo(1, 8), 37.0),
        temp(daysAgo(1, 17), 38.9));
    Assessment a = moh261.assess(today, aged(40), twoDays, Fixtures.NOW);
    assertTrue(fired(a, "moh261.fever.three_days"), a.toString());
    List<Declaration> gap = List.of(temp(daysAgo(3, 8), 39.0), temp(daysAgo(1, 8), 39.0));
    assertFalse(fired(moh261.assess(today, aged(40), gap, Fixtures.NOW), "moh261.fever.three_days"));
    List<Declaration> notHighEnough = List.of(temp(daysAgo(2, 8), 38.4), temp(daysAgo(1, 8), 39.0));
    assertFalse(fired(moh261.assess(today, aged(40), notHighEnough, Fixtures.NOW), "moh261.fever.three_days"));
  }

  @Test
  @DisplayName("SpO2 three points below the person's own baseline is abnormal even when above 96")
  void baselineDrop() {
    List<Declaration> history = List.of(spo2(daysAgo(5, 8), 100), spo2(daysAgo(5, 17), 100), spo2(daysAgo(4, 8), 100),
        spo2(daysAgo(2, 8), 97));
    Assessment dropped = moh261.assess(spo2(daysAgo(0, 9), 97), aged(40), history, Fixtures.NOW);
    assertTrue(fired(dropped, "moh261.spo2.drop"), dropped.toString());
    Finding f = dropped.findings().get(0);
    assertEquals("100", f.evidence().get(1).observed());
    assertFalse(fired(moh261.assess(spo2(daysAgo(0, 9), 98), aged(40), history, Fixtures.NOW), "moh261.spo2.drop"));
    assertFalse(fired(moh261.assess(spo2(daysAgo(0, 9), 90), aged(40), List.of(), Fixtures.NOW), "moh261.spo2.drop"),
        "no baseline, no drop");
  }

  @Test
  @DisplayName("a child's fever above 39 °C that has not improved for 48 hours is abnormal; an adult's is not this rule")
  void childFeverPersists() {
    List<Declaration> history = List.of(temp(daysAgo(2, 8), 39.4), temp(daysAgo(1, 8), 39.2),
        declaration(daysAgo(1, 17), vitals().spo2Percent(98).build()), temp(daysAgo(0, 7), 39.6));
    Declaration now = temp(daysAgo(0, 9), 39.3);
    assertTrue(fired(moh261.assess(now, aged(4), history, Fixtures.NOW), "moh261.child.fever_persists"));
    assertFalse(fired(moh261.assess(now, aged(40), history, Fixtures.NOW), "moh261.child.fever_persists"));
    List<Declaration> improved = List.of(temp(daysAgo(2, 8), 39.4), temp(daysAgo(1, 8), 38.2),
        temp(daysAgo(0, 7), 39.6));
    assertFalse(fired(moh261.assess(now, aged(4), improved, Fixtures.NOW), "moh261.child.fever_persists"));
  }

  @Test
  @DisplayName("each trend rule reads each declaration of the history at most once")
  void onePass() {
    List<Declaration> raw = new ArrayList<>();
    for (int day = 13; day >= 1; day--) {
      raw.add(declaration(daysAgo(day, 8), vitals().temperatureCelsius(39.5).spo2Percent(99).build()));
      raw.add(declaration(daysAgo(day, 17), vitals().temperatureCelsius(39.5).spo2Percent(99).build()));
    }
    int[] reads = {0};
    List<Declaration> counting = new AbstractList<>() {
      @Override
      public Declaration get(int index) {
        reads[0]++;
        return raw.get(index);
      }

      @Override
      public int size() {
        return raw.size();
      }
    };
    Declaration now = declaration(daysAgo(0, 9), vitals().temperatureCelsius(39.5).spo2Percent(95).build());
    Assessment a = moh261.assess(now, aged(4), counting, Fixtures.NOW);
    assertTrue(fired(a, "moh261.fever.three_days") && fired(a, "moh261.child.fever_persists")
        && fired(a, "moh261.spo2.drop"), a.toString());
    assertTrue(reads[0] <= 3 * raw.size(), "three trend rules read " + reads[0] + " items of " + raw.size());
    assertTrue(reads[0] < raw.size(), "each stops as soon as it knows: " + reads[0]);
  }

  @Test
  @DisplayName("a declaration with no measurements reads no history at all")
  void noMeasurementNoHistory() {
    int[] reads = {0};
    List<Declaration> counting = new AbstractList<>() {
      @Override
      public Declaration get(int index) {
        reads[0]++;
        return temp(daysAgo(1, 8), 39);
      }

      @Override
      public int size() {
        return 10;
      }
    };
    moh261.assess(declaration(Vitals.NONE), aged(4), counting, Fixtures.NOW);
    assertEquals(0, reads[0]);
  }
}
