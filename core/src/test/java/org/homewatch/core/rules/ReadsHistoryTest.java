package org.homewatch.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.homewatch.core.rules.definition.Vital;
import org.homewatch.model.Assessment;
import org.homewatch.model.BirthDate;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.Declaration;
import org.homewatch.model.Vitals;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Core skips reading a case's history when the rule set says no trend rule could fire; that must be safe. */
class ReadsHistoryTest {

  @Test
  @DisplayName("when the shipped sets say a declaration reads no history, no history changes its assessment")
  void shippedSets() {
    for (JsonRuleSet rules : List.of(RuleSets.moh261(), RuleSets.moh4038())) {
      AtomicInteger skipped = new AtomicInteger();
      AtomicInteger historyMattered = new AtomicInteger();
      qt().withExamples(2_000).forAll(longs().all())
          .checkAssert(seed -> check(rules, new Random(seed), "seed " + seed, skipped, historyMattered));
      // neither vacuous nor useless: many declarations skip the read, and the histories do make trends fire
      assertTrue(skipped.get() > 500, rules + ": skipped " + skipped);
      assertTrue(historyMattered.get() > 20, rules + ": history mattered " + historyMattered);
    }
  }

  @Test
  @DisplayName("the same for random trend rules: consecutive days, drops from baseline, persisting readings")
  void randomTrendRules() {
    qt().withExamples(300).forAll(longs().all(), integers().between(1, 6)).checkAssert((seed, count) -> {
      Random random = new Random(seed);
      JsonRuleSet rules = RuleSets.fromJson("trends-" + seed + ".json", randomTrendRules(random, count));
      for (int i = 0; i < 20; i++) {
        check(rules, random, "seed " + seed + ", example " + i, new AtomicInteger(), new AtomicInteger());
      }
    });
  }

  @Test
  @DisplayName("no fever and an SpO2 of 98: MoH 261 needs no history; a fever of 38.5 or an SpO2 of 97 does")
  void examples() {
    JsonRuleSet moh261 = RuleSets.moh261();
    assertFalse(moh261.readsHistory(Fixtures.declaration(Fixtures.vitals().temperatureCelsius(37.2)
        .spo2Percent(98).build()), Fixtures.adult()));
    assertFalse(moh261.readsHistory(Fixtures.declaration(Vitals.NONE, "cough"), Fixtures.adult()));
    assertTrue(moh261.readsHistory(Fixtures.declaration(Fixtures.vitals().temperatureCelsius(38.5).build()),
        Fixtures.adult()));
    assertTrue(moh261.readsHistory(Fixtures.declaration(Fixtures.vitals().spo2Percent(97).build()),
        Fixtures.adult()));
    // a child of 8 at 39.2: the three-day fever and the child's 48-hour fever could both fire
    assertTrue(moh261.readsHistory(Fixtures.declaration(Fixtures.vitals().temperatureCelsius(39.2).build()),
        Fixtures.aged(8)));
  }

  @Test
  @DisplayName("a rule set without trend rules never reads history; the interface's default reads it if any")
  void defaults() {
    JsonRuleSet noTrends = RuleSets.fromJson("plain.json", """
        { "id": "plain", "version": 1, "ageBands": [ { "id": "all", "fromYears": 0 } ],
          "rules": [ { "id": "low", "severity": "ABNORMAL", "message": "m",
                       "when": { "type": "vital", "vital": "spo2Percent", "op": "<", "value": 94 } } ] }
        """);
    Declaration low = Fixtures.declaration(Fixtures.vitals().spo2Percent(90).build());
    assertFalse(noTrends.readsHistory(low, Fixtures.adult()));
    RuleSet delegating = new RuleSet() {
      @Override
      public org.homewatch.model.RuleSetRef ref() {
        return RuleSets.moh261().ref();
      }

      @Override
      public Duration historyWindow() {
        return RuleSets.moh261().historyWindow();
      }

      @Override
      public Assessment assess(Declaration d, CaseFacts f, List<Declaration> h, Instant at) {
        return RuleSets.moh261().assess(d, f, h, at);
      }
    };
    assertTrue(delegating.readsHistory(Fixtures.declaration(Vitals.NONE), Fixtures.adult()));
  }

  private static void check(JsonRuleSet rules, Random r, String example, AtomicInteger skipped,
      AtomicInteger historyMattered) {
    CaseFacts facts = new CaseFacts(CaseCategory.F0_HOME_CARE,
        BirthDate.of(Fixtures.TODAY.minusYears(r.nextInt(90)).minusDays(r.nextInt(365))), Fixtures.TODAY,
        java.util.Set.of(), Optional.of(Fixtures.HOME));
    Declaration current = Fixtures.declaration(Fixtures.NOW, vitals(r));
    List<Declaration> history = new ArrayList<>();
    int readings = r.nextInt(30);
    // oldest first, within the last fifteen days, sometimes two a day, sometimes with gaps
    Instant at = Fixtures.NOW.minus(Duration.ofHours(15 * 24));
    for (int i = 0; i < readings; i++) {
      at = at.plus(Duration.ofHours(1 + r.nextInt(24)));
      if (at.isBefore(Fixtures.NOW)) {
        history.add(Fixtures.declaration(at, vitals(r)));
      }
    }
    Assessment withHistory = rules.assess(current, facts, history, Fixtures.NOW);
    Assessment without = rules.assess(current, facts, List.of(), Fixtures.NOW);
    if (!withHistory.equals(without)) {
      historyMattered.incrementAndGet();
    }
    if (!rules.readsHistory(current, facts)) {
      skipped.incrementAndGet();
      assertEquals(without, withHistory, () -> example + ": " + current + " with " + history);
    }
  }

  /** Readings around the shipped trend rules' thresholds: fevers near 38.5 and 39, SpO2 from 90 to 100. */
  private static Vitals vitals(Random r) {
    OptionalDouble temperature = r.nextInt(5) == 0 ? OptionalDouble.empty()
        : OptionalDouble.of(Math.round((r.nextBoolean() ? 36.5 + r.nextDouble() * 1.5 : 38 + r.nextDouble() * 2)
            * 10) / 10.0);
    OptionalInt spo2 = r.nextInt(5) == 0 ? OptionalInt.empty() : OptionalInt.of(90 + r.nextInt(11));
    OptionalInt pulse = r.nextInt(3) == 0 ? OptionalInt.empty() : OptionalInt.of(50 + r.nextInt(100));
    return new Vitals(temperature, spo2, OptionalInt.empty(), pulse, OptionalInt.empty(), OptionalInt.empty());
  }

  private static String randomTrendRules(Random r, int count) {
    List<String> rules = new ArrayList<>();
    Vital[] vitals = {Vital.TEMPERATURE, Vital.SPO2, Vital.PULSE};
    String[] ops = {"<", "<=", ">", ">="};
    for (int i = 0; i < count; i++) {
      Vital v = vitals[r.nextInt(vitals.length)];
      double value = v == Vital.TEMPERATURE ? 37 + r.nextInt(30) / 10.0 : v == Vital.SPO2 ? 90 + r.nextInt(10)
          : 60 + r.nextInt(80);
      String when = switch (r.nextInt(3)) {
        case 0 -> "{\"type\": \"consecutiveDays\", \"vital\": \"" + v.jsonName() + "\", \"op\": \""
            + ops[r.nextInt(4)] + "\", \"value\": " + value + ", \"days\": " + (2 + r.nextInt(3)) + "}";
        case 1 -> "{\"type\": \"dropFromBaseline\", \"vital\": \"" + v.jsonName() + "\", \"points\": "
            + (v == Vital.TEMPERATURE ? 0.5 + r.nextInt(10) / 10.0 : 1 + r.nextInt(10)) + ", \"baselineReadings\": "
            + (1 + r.nextInt(4)) + ", \"windowDays\": " + (1 + r.nextInt(14)) + "}";
        default -> "{\"type\": \"persists\", \"vital\": \"" + v.jsonName() + "\", \"op\": \"" + ops[r.nextInt(4)]
            + "\", \"value\": " + value + ", \"hours\": " + (1 + r.nextInt(72)) + "}";
      };
      String bands = r.nextInt(3) == 0 ? "\"ageBands\": [\"child\"], " : "";
      rules.add("{\"id\": \"t" + i + "\", \"severity\": \"ABNORMAL\", \"message\": \"m\", " + bands + "\"when\": "
          + when + "}");
    }
    return """
        { "id": "trends", "version": 1,
          "ageBands": [ {"id": "child", "fromYears": 0, "toYears": 16}, {"id": "adult", "fromYears": 16} ],
          "rules": [%s] }
        """.formatted(String.join(",\n", rules));
  }
}
