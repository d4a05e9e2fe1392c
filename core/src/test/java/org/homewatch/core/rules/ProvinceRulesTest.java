package org.homewatch.core.rules;

import static org.homewatch.core.rules.Fixtures.adult;
import static org.homewatch.core.rules.Fixtures.declaration;
import static org.homewatch.core.rules.Fixtures.vitals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.homewatch.ConfigurationException;
import org.homewatch.model.Assessment;
import org.homewatch.model.Declaration;
import org.homewatch.model.Finding;
import org.homewatch.model.RuleSetRef;
import org.homewatch.model.Severity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvinceRulesTest {
  /** Gia Lai, version 1: the Ministry's rules, plus cough with fever as an abnormal combination. */
  static final String GIA_LAI_V1 = """
      { "id": "gia-lai", "version": 1, "extends": "moh261",
        "symptomCodes": ["night_sweats"],
        "rules": [ { "id": "gia-lai.cough_fever", "severity": "ABNORMAL", "message": "rules.symptoms.common",
                     "when": { "type": "symptoms", "atLeast": 2, "of": ["cough", "fever", "night_sweats"] } } ] }
      """;
  /** Version 2: SpO2 is reported from 95 % (one point less strict), and the off-site rule is dropped. */
  static final String GIA_LAI_V2 = """
      { "id": "gia-lai", "version": 2, "extends": "moh261",
        "overrides": [ { "id": "moh261.spo2", "severity": "ABNORMAL", "message": "rules.spo2.low",
                         "when": { "type": "vital", "vital": "spo2Percent", "op": "<=", "value": 95 } } ],
        "remove": ["moh261.off_site"] }
      """;

  @Test
  @DisplayName("a province file extends a shipped set: adds rules and symptom codes, keeps the rest")
  void extendsBase() {
    JsonRuleSet v1 = RuleSets.fromJson("gia-lai-v1.json", GIA_LAI_V1);
    assertEquals(new RuleSetRef("gia-lai", 1), v1.ref());
    assertEquals(Optional.of(new RuleSetRef("moh261", 1)), v1.definition().basedOn());
    assertEquals(RuleSets.moh261().definition().rules().size() + 1, v1.definition().rules().size());
    Assessment a = v1.assess(declaration(vitals().build(), "cough", "night_sweats"), adult(), List.of(),
        Fixtures.NOW);
    assertEquals(Severity.ABNORMAL, a.severity());
    assertTrue(a.findings().stream().anyMatch(f -> f.ruleId().equals("gia-lai.cough_fever")));
  }

  @Test
  @DisplayName("an override replaces the base rule with the same id; remove drops one")
  void overrides() {
    JsonRuleSet v2 = RuleSets.fromJson("gia-lai-v2.json", GIA_LAI_V2);
    assertEquals(Severity.NORMAL, v2.assess(declaration(vitals().spo2Percent(96).build()), adult(), List.of(),
        Fixtures.NOW).severity());
    assertEquals(Severity.ABNORMAL, v2.assess(declaration(vitals().spo2Percent(95).build()), adult(), List.of(),
        Fixtures.NOW).severity());
    assertTrue(v2.definition().rule("moh261.off_site").isEmpty());
    assertEquals(RuleSets.moh261().definition().rules().size() - 1, v2.definition().rules().size());
  }

  @Test
  @DisplayName("a province file can be loaded onto a base given in code, e.g. a province's own earlier set")
  void explicitBase(@TempDir Path dir) throws Exception {
    JsonRuleSet v1 = RuleSets.fromJson("gia-lai-v1.json", GIA_LAI_V1);
    Path district = Files.writeString(dir.resolve("district.json"), """
        { "id": "gia-lai.pleiku", "version": 1,
          "overrides": [ { "id": "gia-lai.cough_fever", "severity": "WATCH", "message": "rules.symptoms.common",
                           "when": { "type": "symptoms", "atLeast": 2, "of": ["cough", "fever"] } } ] }
        """);
    JsonRuleSet pleiku = RuleSets.load(v1, district);
    assertEquals(Optional.of(new RuleSetRef("gia-lai", 1)), pleiku.definition().basedOn());
    assertEquals(Severity.WATCH, pleiku.definition().rule("gia-lai.cough_fever").orElseThrow().severity());
    Path wrongBase = Files.writeString(dir.resolve("wrong.json"), "{\"id\": \"x\", \"version\": 1, \"extends\": "
        + "\"moh4038\"}");
    assertTrue(assertThrows(ConfigurationException.class, () -> RuleSets.load(v1, wrongBase)).getMessage()
        .contains("$.extends"));
  }

  @Test
  @DisplayName("after the province changes its rules, an old declaration is re-explained with the version that judged it")
  void reExplainWithOldVersion() {
    RuleBook book = new RuleBook();
    JsonRuleSet v1 = RuleSets.fromJson("gia-lai-v1.json", GIA_LAI_V1);
    book.register(v1);
    Declaration old = declaration(vitals().spo2Percent(96).build());
    Assessment judgedThen = book.assess(old, adult(), List.of(), Fixtures.NOW);
    assertEquals(Severity.ABNORMAL, judgedThen.severity());
    assertEquals(new RuleSetRef("gia-lai", 1), judgedThen.ruleSet());

    JsonRuleSet v2 = RuleSets.fromJson("gia-lai-v2.json", GIA_LAI_V2);
    book.register(v2);
    assertSame(v2, book.current());
    assertEquals(Severity.NORMAL, book.assess(old, adult(), List.of(), Fixtures.NOW.plusSeconds(60)).severity(),
        "today's rules would not flag it");

    Assessment explained = book.explain(judgedThen, old, adult(), List.of());
    assertEquals(judgedThen, explained);
    assertEquals(List.of("moh261.spo2"), explained.findings().stream().map(Finding::ruleId).toList());
    assertEquals("96", explained.findings().get(0).evidence().get(0).threshold());
    assertEquals(List.of(new RuleSetRef("gia-lai", 1), new RuleSetRef("gia-lai", 2)), book.versions());
  }

  @Test
  @DisplayName("a changed rule set under a version already registered is refused: it would rewrite history")
  void versionsAreImmutable() {
    RuleBook book = RuleBook.of(RuleSets.fromJson("a.json", GIA_LAI_V1));
    JsonRuleSet sameAgain = RuleSets.fromJson("a.json", GIA_LAI_V1);
    assertNotSame(sameAgain, book.current());
    book.register(sameAgain);
    String changed = GIA_LAI_V2.replace("\"version\": 2", "\"version\": 1");
    assertThrows(ConfigurationException.class, () -> book.register(RuleSets.fromJson("b.json", changed)));
    Declaration d = Fixtures.declaration(vitals().build());
    assertThrows(org.homewatch.NotFoundException.class, () -> book.explain(new Assessment(d.id(), Fixtures.CASE,
        Severity.NORMAL, List.of(), new RuleSetRef("gone", 1), Fixtures.NOW), d, adult(), List.of()));
  }

  @Test
  @DisplayName("a merged province set written as JSON reads back to an equal definition")
  void roundTrip() {
    JsonRuleSet v2 = RuleSets.fromJson("gia-lai-v2.json", GIA_LAI_V2);
    JsonRuleSet again = RuleSets.fromJson("written.json", v2.toJson());
    assertEquals(v2.definition(), again.definition());
    assertEquals(RuleSets.moh261().definition(), RuleSets.fromJson("x", RuleSets.moh261().toJson()).definition());
  }
}
