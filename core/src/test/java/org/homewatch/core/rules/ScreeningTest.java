package org.homewatch.core.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.homewatch.core.rules.definition.Condition;
import org.homewatch.core.rules.definition.RuleDefinition;
import org.homewatch.core.rules.definition.Vital;
import org.homewatch.model.Assessment;
import org.homewatch.model.BirthDate;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.Declaration;
import org.homewatch.model.GeoPoint;
import org.homewatch.model.RiskFactor;
import org.homewatch.model.Severity;
import org.homewatch.model.Symptom;
import org.homewatch.model.Vitals;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ScreeningTest {

  @Test
  @DisplayName("screening the shipped sets' columns gives every row the severity and findings assess gives it")
  void shippedSetsAgreeWithAssess() {
    for (JsonRuleSet rules : List.of(RuleSets.moh261(), RuleSets.moh4038())) {
      qt().withExamples(300).forAll(longs().all(), integers().between(1, 300))
          .checkAssert((seed, size) -> assertAgrees(rules, new Random(seed), size, "seed " + seed));
    }
  }

  @Test
  @DisplayName("random rule sets (fractional and per-band thresholds, more than 64 rules, distance, a risk cap) "
      + "screen as they assess")
  void randomRuleSetsAgreeWithAssess() {
    qt().withExamples(150).forAll(longs().all(), integers().between(1, 90), integers().between(1, 200))
        .checkAssert((seed, rules, size) -> {
          Random random = new Random(seed);
          JsonRuleSet set = RuleSets.fromJson("random-" + seed + ".json", randomRuleSet(random, rules));
          assertAgrees(set, random, size, "seed " + seed + ", " + rules + " rules");
        });
  }

  @Test
  @DisplayName("a group of more than 64 codes screens as it assesses, down to the evidence")
  void bigGroups() {
    String codes = IntStream.range(0, 70).mapToObj(i -> "\"code_" + i + "\"").collect(Collectors.joining(", "));
    JsonRuleSet rules = RuleSets.fromJson("many.json", """
        { "id": "many", "version": 1, "ageBands": [ { "id": "all", "fromYears": 0 } ],
          "symptomCodes": [%s],
          "rules": [ { "id": "two_of_many", "severity": "ABNORMAL", "message": "m",
                       "when": { "type": "symptoms", "atLeast": 2, "of": [%s] } } ] }
        """.formatted(codes, codes));
    List<Declaration> declarations = List.of(Fixtures.declaration(Vitals.NONE, "code_69"),
        Fixtures.declaration(Vitals.NONE, "code_3", "code_69"), Fixtures.declaration(Vitals.NONE, "code_3", "cough"));
    List<CaseFacts> facts = List.of(Fixtures.adult(), Fixtures.adult(), Fixtures.adult());
    Screening s = rules.screen(DeclarationColumns.of(declarations, facts));
    assertEquals(List.of(Severity.NORMAL, Severity.ABNORMAL, Severity.NORMAL),
        List.of(s.severity(0), s.severity(1), s.severity(2)));
    assertEquals(rules.assess(declarations.get(1), facts.get(1), List.of(), Fixtures.NOW).findings(), s.findings(1));
    assertEquals("code_3, code_69", s.findings(1).get(0).evidence().get(0).observed());
  }

  @Test
  @DisplayName("counts and the rows that need someone: an SpO2 of 92 is an emergency, 95 abnormal, 98 normal")
  void countsAndRows() {
    List<Declaration> declarations = List.of(
        Fixtures.declaration(Fixtures.vitals().spo2Percent(98).build()),
        Fixtures.declaration(Fixtures.vitals().spo2Percent(95).build()),
        Fixtures.declaration(Fixtures.vitals().spo2Percent(92).build()),
        Fixtures.declaration(Vitals.NONE));
    List<CaseFacts> facts = List.of(Fixtures.adult(), Fixtures.adult(), Fixtures.adult(), Fixtures.adult());
    Screening s = RuleSets.moh261().screen(DeclarationColumns.of(declarations, facts));
    assertEquals(4, s.size());
    assertEquals(RuleSets.moh261().ref(), s.ref());
    assertEquals(2, s.count(Severity.NORMAL));
    assertEquals(1, s.count(Severity.ABNORMAL));
    assertEquals(1, s.count(Severity.EMERGENCY));
    assertArrayEquals(new int[] {1, 2}, s.rowsAtLeast(Severity.ABNORMAL));
    assertArrayEquals(new int[] {2}, s.rowsAtLeast(Severity.EMERGENCY));
    assertEquals(List.of("moh261.spo2", "moh261.spo2.emergency"),
        s.findings(2).stream().map(f -> f.ruleId()).toList());
    assertEquals(List.of(), s.findings(3));
    assertThrows(IndexOutOfBoundsException.class, () -> s.severity(4));
    assertThrows(IndexOutOfBoundsException.class, () -> s.findings(-1));
  }

  @Test
  @DisplayName("an absent reading is absent: it fires neither a low nor a high limit")
  void absentReadings() {
    DeclarationColumns c = DeclarationColumns.withCapacity(1);
    assertTrue(c.add(Fixtures.declaration(Vitals.NONE), Fixtures.aged(70)));
    assertEquals(DeclarationColumns.ABSENT, c.spo2Percent(0));
    assertTrue(Double.isNaN(c.temperatureCelsius(0)));
    assertTrue(Double.isNaN(c.distanceFromHomeMeters(0)));
    assertEquals(Severity.NORMAL, RuleSets.moh261().screen(c).severity(0));
  }

  @Test
  @DisplayName("full columns refuse the next declaration and keep what they hold")
  void capacity() {
    DeclarationColumns c = DeclarationColumns.withCapacity(1);
    assertTrue(c.add(Fixtures.declaration(Fixtures.vitals().spo2Percent(90).build()), Fixtures.adult()));
    assertFalse(c.add(Fixtures.declaration(Vitals.NONE), Fixtures.adult()));
    assertEquals(1, c.size());
    assertEquals(90, c.spo2Percent(0));
    assertThrows(IndexOutOfBoundsException.class, () -> c.spo2Percent(1));
    assertThrows(IllegalArgumentException.class, () -> DeclarationColumns.withCapacity(-1));
  }

  @Test
  @DisplayName("a batch names at most 64 symptom codes: the declaration bringing the 65th is refused, not half added")
  void symptomCodesPerBatch() {
    DeclarationColumns c = DeclarationColumns.withCapacity(10);
    String[] sixtyFour = IntStream.range(0, 64).mapToObj(i -> "code_" + i).toArray(String[]::new);
    assertTrue(c.add(Fixtures.declaration(Vitals.NONE, sixtyFour), Fixtures.adult()));
    assertFalse(c.add(Fixtures.declaration(Vitals.NONE, "code_1", "code_64"), Fixtures.adult()));
    assertEquals(1, c.size());
    assertEquals(64, c.symptomCodes().size());
    assertEquals(0, c.symptomBit(Symptom.of("code_64")));
    assertTrue(c.add(Fixtures.declaration(Vitals.NONE, "code_1", "code_63"), Fixtures.adult()));
    assertEquals(c.symptomBit(Symptom.of("code_1")) | c.symptomBit(Symptom.of("code_63")), c.symptomBits(1));

    List<Declaration> many = IntStream.range(0, 65)
        .mapToObj(i -> Fixtures.declaration(Vitals.NONE, "code_" + i)).toList();
    List<CaseFacts> facts = many.stream().map(d -> Fixtures.adult()).toList();
    var e = assertThrows(IllegalArgumentException.class, () -> DeclarationColumns.of(many, facts));
    assertTrue(e.getMessage().contains("declaration 64"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> DeclarationColumns.of(many, facts.subList(0, 3)));
  }

  @Test
  @DisplayName("rows added after screening are not in that screening")
  void snapshot() {
    DeclarationColumns c = DeclarationColumns.withCapacity(2);
    c.add(Fixtures.declaration(Fixtures.vitals().spo2Percent(92).build()), Fixtures.adult());
    Screening s = RuleSets.moh261().screen(c);
    c.add(Fixtures.declaration(Fixtures.vitals().spo2Percent(92).build()), Fixtures.adult());
    assertEquals(1, s.size());
    assertEquals(Severity.EMERGENCY, s.severity(0));
  }

  @Test
  @DisplayName("the README's what-if: Gia Lai's version 2 (SpO2 reported from 95) against MoH 261 on the same week")
  void whatIfAProvinceChangesItsRules() {
    List<Declaration> week = List.of(
        Fixtures.declaration(Fixtures.vitals().spo2Percent(96).build()),
        Fixtures.declaration(Fixtures.vitals().spo2Percent(95).build()),
        Fixtures.declaration(Fixtures.vitals().spo2Percent(98).build()));
    List<CaseFacts> facts = List.of(Fixtures.adult(), Fixtures.adult(), Fixtures.adult());
    DeclarationColumns columns = DeclarationColumns.of(week, facts);
    Screening now = RuleSets.moh261().screen(columns);
    Screening proposed = RuleSets.fromJson("gia-lai-v2.json", ProvinceRulesTest.GIA_LAI_V2).screen(columns);
    List<Integer> changed = IntStream.range(0, columns.size())
        .filter(row -> now.severity(row) != proposed.severity(row)).boxed().toList();
    assertEquals(List.of(0), changed, "SpO2 96 is a sign under 261, normal under Gia Lai's 95");
    assertEquals(Severity.ABNORMAL, proposed.severity(1));
    assertEquals("95", proposed.findings(1).get(0).evidence().get(0).threshold());
  }

  // --- the property's inputs ---

  private static void assertAgrees(JsonRuleSet rules, Random random, int size, String example) {
    List<Declaration> declarations = new ArrayList<>();
    List<CaseFacts> facts = new ArrayList<>();
    List<Double> nearThresholds = thresholds(rules);
    for (int i = 0; i < size; i++) {
      facts.add(facts(random));
      declarations.add(declaration(random, nearThresholds, symptomCodes(rules)));
    }
    Screening s = rules.screen(DeclarationColumns.of(declarations, facts));
    for (int i = 0; i < size; i++) {
      Assessment a = rules.assess(declarations.get(i), facts.get(i), List.of(), Fixtures.NOW);
      int row = i;
      assertEquals(a.severity(), s.severity(i), () -> example + ", row " + row + ": " + declarations.get(row));
      assertEquals(a.findings(), s.findings(i), () -> example + ", row " + row + ": " + declarations.get(row));
    }
  }

  private static List<Double> thresholds(JsonRuleSet rules) {
    List<Double> out = new ArrayList<>();
    for (RuleDefinition r : rules.definition().rules()) {
      if (r.condition() instanceof Condition.VitalThreshold t) {
        t.value().ifPresent(out::add);
        out.addAll(t.byAgeBand().values());
      }
    }
    return out;
  }

  private static List<String> symptomCodes(JsonRuleSet rules) {
    List<String> out = new ArrayList<>(List.of("cough", "fever", "not_in_any_rule"));
    for (RuleDefinition r : rules.definition().rules()) {
      if (r.condition() instanceof Condition.SymptomGroup g) {
        out.addAll(g.of());
      }
    }
    return out.stream().distinct().limit(60).toList();
  }

  private static CaseFacts facts(Random r) {
    int age = r.nextInt(100);
    Set<RiskFactor> risks = EnumSet.noneOf(RiskFactor.class);
    for (RiskFactor f : RiskFactor.values()) {
      if (r.nextInt(6) == 0) {
        risks.add(f);
      }
    }
    Optional<GeoPoint> home = r.nextInt(5) == 0 ? Optional.empty() : Optional.of(Fixtures.HOME);
    BirthDate born = r.nextBoolean() ? BirthDate.of(Fixtures.TODAY.minusYears(age).minusDays(r.nextInt(365)))
        : BirthDate.ofYear(Fixtures.TODAY.getYear() - age);
    return new CaseFacts(CaseCategory.F0_HOME_CARE, born, Fixtures.TODAY, risks, home);
  }

  /** Readings anywhere in range, or at and around the rule set's thresholds (where off-by-one errors live). */
  private static Declaration declaration(Random r, List<Double> thresholds, List<String> codes) {
    OptionalDouble temperature = r.nextInt(4) == 0 ? OptionalDouble.empty()
        : OptionalDouble.of(clamp(Vital.TEMPERATURE, r.nextInt(3) == 0
            ? Math.round((30 + r.nextDouble() * 15) * 100) / 100.0 : near(r, thresholds, 0.1, 30 + r.nextInt(16))));
    int[] whole = new int[5];
    Vital[] vitals = {Vital.SPO2, Vital.RESPIRATORY_RATE, Vital.PULSE, Vital.SYSTOLIC, Vital.DIASTOLIC};
    for (int k = 0; k < 5; k++) {
      Vital v = vitals[k];
      double value = r.nextBoolean() ? v.min() + r.nextInt((int) (v.max() - v.min()) + 1)
          : Math.round(near(r, thresholds, 1, v.typicalHealthyAdult()));
      whole[k] = r.nextInt(4) == 0 ? -1 : (int) clamp(v, value);
    }
    if (whole[3] >= 0 && whole[4] >= 0 && whole[4] >= whole[3]) {
      whole[4] = -1;
    }
    Vitals vitalsOf = new Vitals(temperature, opt(whole[0]), opt(whole[1]), opt(whole[2]), opt(whole[3]),
        opt(whole[4]));
    String[] symptoms = IntStream.range(0, r.nextInt(3) == 0 ? r.nextInt(5) : 0)
        .mapToObj(i -> codes.get(r.nextInt(codes.size()))).distinct().toArray(String[]::new);
    Declaration d = Fixtures.declaration(vitalsOf, symptoms);
    if (r.nextBoolean()) {
      // at home, or somewhere from next door to across the province, with a fix of varying quality
      double meters = r.nextBoolean() ? r.nextInt(60) : r.nextInt(20_000);
      double lat = Fixtures.HOME.latitude() + (r.nextBoolean() ? 1 : -1) * meters / 111_320.0 * r.nextDouble();
      double lon = Fixtures.HOME.longitude() + (r.nextBoolean() ? 1 : -1) * meters / 108_000.0 * r.nextDouble();
      d = Fixtures.at(d, r.nextInt(4) == 0 ? GeoPoint.of(lat, lon) : GeoPoint.of(lat, lon, r.nextInt(200)));
    }
    return d;
  }

  private static double near(Random r, List<Double> thresholds, double step, double otherwise) {
    if (thresholds.isEmpty()) {
      return otherwise;
    }
    return thresholds.get(r.nextInt(thresholds.size())) + (r.nextInt(5) - 2) * step;
  }

  private static double clamp(Vital v, double value) {
    return Math.max(v.min(), Math.min(v.max(), value));
  }

  private static OptionalInt opt(int value) {
    return value < 0 ? OptionalInt.empty() : OptionalInt.of(value);
  }

  /** A rule set of {@code count} rules: vital thresholds (some per band, some fractional), groups, a distance. */
  private static String randomRuleSet(Random r, int count) {
    String[] bands = {"infant", "child", "adult", "elder"};
    String[] severities = {"WATCH", "ABNORMAL", "EMERGENCY"};
    String[] ops = {"<", "<=", ">", ">="};
    String[] codes = {"cough", "fever", "chest_pain", "confusion", "cyanosis", "rash", "grunting", "wheeze"};
    List<String> rules = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String severity = severities[r.nextInt(3)];
      String bandsClause = r.nextInt(4) == 0 ? "\"ageBands\": [\"" + bands[r.nextInt(4)] + "\"], " : "";
      String when;
      int kind = r.nextInt(10);
      if (kind < 7) {
        Vital v = Vital.values()[r.nextInt(Vital.values().length)];
        String op = ops[r.nextInt(4)];
        if (r.nextBoolean()) {
          when = "{\"type\": \"vital\", \"vital\": \"" + v.jsonName() + "\", \"op\": \"" + op + "\", \"value\": "
              + threshold(r, v) + "}";
        } else {
          int always = r.nextInt(bands.length);
          String byBand = IntStream.range(0, bands.length).filter(b -> b == always || r.nextInt(4) != 0)
              .mapToObj(b -> "\"" + bands[b] + "\": " + threshold(r, v)).collect(Collectors.joining(", "));
          when = "{\"type\": \"vital\", \"vital\": \"" + v.jsonName() + "\", \"op\": \"" + op
              + "\", \"byAgeBand\": {" + byBand + "}}";
        }
      } else if (kind < 9) {
        List<String> of = IntStream.range(0, 1 + r.nextInt(4)).mapToObj(k -> codes[r.nextInt(codes.length)])
            .distinct().toList();
        when = "{\"type\": \"symptoms\", \"atLeast\": " + (1 + r.nextInt(of.size())) + ", \"of\": ["
            + of.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", ")) + "]}";
      } else {
        when = "{\"type\": \"distanceFromHome\", \"meters\": " + (20 + r.nextInt(2000)) + "}";
      }
      rules.add("{\"id\": \"r" + i + "\", \"severity\": \"" + severity + "\", \"message\": \"m" + i + "\", "
          + bandsClause + "\"when\": " + when + "}");
    }
    String modifier = r.nextInt(4) == 0 ? "" : """
        "riskModifier": {"factors": ["CHRONIC_DISEASE", "PREGNANT"], "ageAtLeast": %d, "raiseBy": %d,
                         "cap": "%s"},
        """.formatted(50 + r.nextInt(30), r.nextInt(3), severities[r.nextInt(3)]);
    return """
        { "id": "random", "version": 1,
          "ageBands": [ {"id": "infant", "fromYears": 0, "toYears": 1}, {"id": "child", "fromYears": 1, "toYears": 16},
                        {"id": "adult", "fromYears": 16, "toYears": 65}, {"id": "elder", "fromYears": 65} ],
          "symptomCodes": ["rash", "grunting", "wheeze", "chest_tightness"],
          %s
          "rules": [%s] }
        """.formatted(modifier, String.join(",\n", rules));
  }

  /** A threshold in the vital's range: whole, in tenths, or (one in four) in hundredths. */
  private static String threshold(Random r, Vital v) {
    double span = v.max() - v.min();
    double t = v.min() + r.nextDouble() * span;
    double rounded = r.nextInt(4) == 0 ? Math.round(t * 100) / 100.0
        : v.integral() ? Math.round(t) : Math.round(t * 10) / 10.0;
    return Double.toString(Math.max(v.min(), Math.min(v.max(), rounded)));
  }
}
