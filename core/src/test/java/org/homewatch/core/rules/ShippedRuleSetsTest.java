package org.homewatch.core.rules;

import static org.homewatch.core.rules.Fixtures.adult;
import static org.homewatch.core.rules.Fixtures.aged;
import static org.homewatch.core.rules.Fixtures.declaration;
import static org.homewatch.core.rules.Fixtures.vitals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.homewatch.core.rules.definition.RuleDefinition;
import org.homewatch.model.AlertKind;
import org.homewatch.model.Assessment;
import org.homewatch.model.Evidence;
import org.homewatch.model.Finding;
import org.homewatch.model.GeoPoint;
import org.homewatch.model.RiskFactor;
import org.homewatch.model.RuleSetRef;
import org.homewatch.model.Severity;
import org.homewatch.model.Vitals;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShippedRuleSetsTest {
  private final RuleSet moh261 = RuleSets.moh261();

  private Assessment judge(RuleSet rules, Vitals v, CaseFacts facts, String... symptoms) {
    return rules.assess(declaration(v, symptoms), facts, List.of(), Fixtures.NOW);
  }

  private static Set<String> ids(Assessment a) {
    return a.findings().stream().map(Finding::ruleId).collect(Collectors.toSet());
  }

  @ParameterizedTest(name = "{0} {1} at age {2} -> {3}")
  @DisplayName("MoH 261 judges each measurable sign exactly at its published threshold")
  @CsvSource({
      "spo2, 97, 40, NORMAL", "spo2, 96, 40, ABNORMAL", "spo2, 94, 40, ABNORMAL", "spo2, 93, 40, EMERGENCY",
      "rr, 19, 40, NORMAL", "rr, 20, 40, ABNORMAL", "rr, 39, 3, NORMAL", "rr, 40, 3, ABNORMAL",
      "rr, 29, 7, NORMAL", "rr, 30, 7, ABNORMAL", "rr, 20, 13, ABNORMAL", "rr, 29, 1, NORMAL",
      "pulse, 120, 40, NORMAL", "pulse, 121, 40, ABNORMAL", "pulse, 50, 40, NORMAL", "pulse, 49, 40, ABNORMAL",
      "systolic, 90, 40, NORMAL", "systolic, 89, 40, ABNORMAL", "diastolic, 60, 40, NORMAL",
      "diastolic, 59, 40, ABNORMAL", "temperature, 37.9, 40, NORMAL", "temperature, 38.0, 40, WATCH"})
  void thresholds(String vital, double value, int age, Severity expected) {
    Vitals.Builder b = vitals();
    switch (vital) {
      case "spo2" -> b.spo2Percent((int) value);
      case "rr" -> b.respiratoryRatePerMinute((int) value);
      case "pulse" -> b.pulsePerMinute((int) value);
      case "systolic" -> b.bloodPressure((int) value, 70);
      case "diastolic" -> b.bloodPressure(120, (int) value);
      default -> b.temperatureCelsius(value);
    }
    assertEquals(expected, judge(moh261, b.build(), aged(age)).severity());
  }

  @Test
  @DisplayName("every one of the eleven signs of Decision 261 is a rule of the shipped set")
  void elevenSigns() {
    CaseFacts child = aged(3);
    assertEquals(Set.of("moh261.breathing"), ids(judge(moh261, Vitals.NONE, adult(), "shortness_of_breath")));
    assertEquals(Set.of("moh261.breathing"), ids(judge(moh261, Vitals.NONE, child, "chest_indrawing")));
    assertTrue(ids(judge(moh261, vitals().respiratoryRatePerMinute(24).build(), adult()))
        .contains("moh261.respiratory_rate"));
    assertTrue(ids(judge(moh261, vitals().spo2Percent(95).build(), adult())).contains("moh261.spo2"));
    assertTrue(ids(judge(moh261, vitals().pulsePerMinute(130).build(), adult())).contains("moh261.pulse.high"));
    assertTrue(ids(judge(moh261, vitals().bloodPressure(85, 55).build(), adult()))
        .containsAll(Set.of("moh261.blood_pressure.systolic", "moh261.blood_pressure.diastolic")));
    assertEquals(Set.of("moh261.chest_pain"), ids(judge(moh261, Vitals.NONE, adult(), "chest_tightness")));
    Assessment confused = judge(moh261, Vitals.NONE, adult(), "confusion");
    assertEquals(Set.of("moh261.consciousness"), ids(confused));
    assertEquals(Severity.EMERGENCY, confused.severity());
    assertEquals(Set.of("moh261.cyanosis"), ids(judge(moh261, Vitals.NONE, adult(), "cold_extremities")));
    assertEquals(Set.of("moh261.child.feeding"), ids(judge(moh261, Vitals.NONE, child, "vomiting")));
    assertEquals(Set.of(), ids(judge(moh261, Vitals.NONE, adult(), "vomiting")), "children's sign only");
    assertEquals(Set.of("moh261.child.mis_c"), ids(judge(moh261, Vitals.NONE, child, "red_eyes", "rash",
        "strawberry_tongue")));
    assertEquals(Set.of("moh261.new_acute_illness"), ids(judge(moh261, Vitals.NONE, adult(), "new_acute_illness")));
    assertEquals(Set.of("moh261.other_instability"), ids(judge(moh261, Vitals.NONE, adult(), "other_instability")));
  }

  @Test
  @DisplayName("the assessment's severity is the worst finding's, with each finding's evidence and the rule set's ref")
  void worstAndEvidence() {
    Assessment a = judge(moh261, vitals().spo2Percent(92).pulsePerMinute(125).build(), adult());
    assertEquals(Severity.EMERGENCY, a.severity());
    assertEquals(new RuleSetRef("moh261", 1), a.ruleSet());
    Finding spo2 = a.findings().stream().filter(f -> f.ruleId().equals("moh261.spo2")).findFirst().orElseThrow();
    assertEquals(List.of(new Evidence("spo2Percent", "92", "<=", "96")), spo2.evidence());
    assertEquals("rules.spo2.low", spo2.messageKey());
    assertEquals(AlertKind.HEALTH, spo2.kind());
    assertEquals(3, a.findings().size());
    assertTrue(judge(moh261, vitals().spo2Percent(98).build(), adult()).isNormal());
  }

  @Test
  @DisplayName("a declaration far from home is an OFF_SITE finding, a separate kind from health")
  void offSite() {
    var far = Fixtures.at(declaration(Vitals.NONE), GeoPoint.of(13.9833, 108.0100, 20)); // ~1.08 km east
    Assessment a = moh261.assess(far, adult(), List.of(), Fixtures.NOW);
    assertEquals(Set.of("moh261.off_site"), ids(a));
    assertEquals(AlertKind.OFF_SITE, a.findings().get(0).kind());
    assertEquals(Severity.NORMAL, a.severityOf(AlertKind.HEALTH));
    var nearWithPoorFix = Fixtures.at(declaration(Vitals.NONE), GeoPoint.of(13.9833, 108.0012, 80)); // ~130 m
    assertTrue(moh261.assess(nearWithPoorFix, adult(), List.of(), Fixtures.NOW).isNormal(),
        "a fix whose accuracy radius reaches home is not off-site");
  }

  @Test
  @DisplayName("a person at higher risk has WATCH findings raised one level, capped at ABNORMAL")
  void riskModifier() {
    Vitals fever = vitals().temperatureCelsius(38.2).build();
    assertEquals(Severity.WATCH, judge(moh261, fever, adult()).severity());
    assertEquals(Severity.ABNORMAL, judge(moh261, fever, aged(70)).severity());
    Assessment pregnant = judge(moh261, fever, aged(30, RiskFactor.PREGNANT));
    assertEquals(Severity.ABNORMAL, pregnant.severity());
    assertTrue(pregnant.findings().get(0).evidence().stream().anyMatch(e -> e.observed().contains("PREGNANT")));
    assertEquals(Severity.ABNORMAL, judge(moh261, vitals().spo2Percent(95).build(), aged(70)).severity(),
        "the cap keeps an abnormal sign abnormal");
    assertEquals(Severity.EMERGENCY, judge(moh261, vitals().spo2Percent(90).build(), aged(70)).severity(),
        "never lowered");
  }

  @Test
  @DisplayName("4038 (2021) has the older, less strict limits: adult respiratory rate >= 21, SpO2 <= 95")
  void moh4038() {
    RuleSet moh4038 = RuleSets.moh4038();
    assertEquals(Severity.NORMAL, judge(moh4038, vitals().respiratoryRatePerMinute(20).build(), adult()).severity());
    assertEquals(Severity.ABNORMAL, judge(moh4038, vitals().respiratoryRatePerMinute(21).build(), adult())
        .severity());
    assertEquals(Severity.NORMAL, judge(moh4038, vitals().spo2Percent(96).build(), adult()).severity());
    assertEquals(Severity.ABNORMAL, judge(moh4038, vitals().spo2Percent(95).build(), adult()).severity());
    assertEquals(new RuleSetRef("moh4038", 1), moh4038.ref());
  }

  @Test
  @DisplayName("every message key of the shipped sets has a Vietnamese and an English text")
  void messages() {
    for (JsonRuleSet set : List.of(RuleSets.moh261(), RuleSets.moh4038())) {
      for (RuleDefinition r : set.definition().rules()) {
        assertTrue(RuleMessages.isKnown(r.messageKey()), r.id() + " has no text for " + r.messageKey());
      }
    }
    assertEquals("Mạch nhanh", RuleMessages.text("rules.pulse.high", RuleMessages.VIETNAMESE));
    assertEquals("Fast pulse", RuleMessages.text("rules.pulse.high", Locale.ENGLISH));
    assertEquals("Mạch nhanh", RuleMessages.text("rules.pulse.high", Locale.GERMAN), "Vietnamese is the default");
    assertEquals("province.own.key", RuleMessages.text("province.own.key", Locale.ENGLISH));
  }

  @Test
  @DisplayName("rules that read history ask core for the longest window any of them needs")
  void historyWindow() {
    assertEquals(java.time.Duration.ofDays(14), moh261.historyWindow());
  }
}
