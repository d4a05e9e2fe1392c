package org.homewatch.rules.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.homewatch.core.rules.CaseFacts;
import org.homewatch.core.rules.JsonRuleSet;
import org.homewatch.core.rules.RuleSet;
import org.homewatch.core.rules.RuleSets;
import org.homewatch.core.rules.definition.AgeBand;
import org.homewatch.core.rules.definition.RuleSetDefinition;
import org.homewatch.model.Assessment;
import org.homewatch.model.Declaration;
import org.homewatch.model.RuleSetRef;
import org.homewatch.model.Severity;
import org.homewatch.rules.testkit.Problem.Check;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each check, fed a set broken in the way it guards against, fails and says what to fix. */
class BrokenRuleSetsTest {
  private static final RuleSetVerifier.Options FAST = RuleSetVerifier.Options.defaults().withExamples(150);

  static String set(String extraRules) {
    return """
        { "id": "broken", "version": 1,
          "ageBands": [ { "id": "child", "fromYears": 0, "toYears": 12 }, { "id": "adult", "fromYears": 12 } ],
          "rules": [
            { "id": "spo2", "severity": "ABNORMAL", "message": "rules.spo2.low",
              "when": { "type": "vital", "vital": "spo2Percent", "op": "<=", "value": 96 } },
            { "id": "rr", "severity": "ABNORMAL", "message": "rules.respiratory_rate.high",
              "when": { "type": "vital", "vital": "respiratoryRatePerMinute", "op": ">=",
                        "byAgeBand": { "child": 30, "adult": 20 } } },
            { "id": "cough", "severity": "WATCH", "message": "rules.symptoms.common",
              "when": { "type": "symptoms", "of": ["cough"] } }
            %s
          ] }
        """.formatted(extraRules.isEmpty() ? "" : "," + extraRules);
  }

  private static JsonRuleSet load(String json) {
    return RuleSets.fromJson("broken.json", json);
  }

  private static List<Problem> problems(RuleSetVerifier verifier, Check check) {
    return verifier.with(FAST).verify().problems(check);
  }

  private static String only(List<Problem> problems) {
    assertEquals(1, problems.size(), problems.toString());
    return problems.get(0).message();
  }

  @Test
  @DisplayName("a sound small set has no problems (so what the other tests see comes from what they break)")
  void soundSet() {
    VerificationReport report = RuleSetVerifier.of(load(set(""))).with(FAST).verify();
    assertTrue(report.isValid(), report.describe());
  }

  @Test
  @DisplayName("a file that does not load is reported with the loader's message, file and JSON path")
  void doesNotLoad(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("typo.json"), set("").replace("\"op\": \"<=\"", "\"op\": \"=<\""));
    String message = only(problems(RuleSetVerifier.forFile(file), Check.LOADS));
    assertTrue(message.contains("typo.json") && message.contains("$.rules[0].when.op: unknown operator '=<'"),
        message);
    AssertionError error = assertThrows(AssertionError.class, () -> RuleSetVerifier.forFile(file).assertValid());
    assertTrue(error.getMessage().contains("[LOADS]"), error.getMessage());
  }

  @Test
  @DisplayName("a gap between age bands is reported as the ages that no band covers")
  void ageBandGap() {
    RuleSetDefinition d = load(set("")).definition();
    RuleSetDefinition gap = d.withAgeBands(List.of(AgeBand.of("child", 0, 5), AgeBand.from("adult", 12)));
    String message = only(problems(RuleSetVerifier.of(gap), Check.AGE_BANDS));
    assertEquals("ages 5 to 11 fall in no age band, so no age-dependent limit would ever be applied to such a"
        + " person. Make the bands meet: each band's \"toYears\" is the next band's \"fromYears\", the first starts"
        + " at 0 and the oldest has no \"toYears\".", message);
    RuleSetDefinition overlap = d.withAgeBands(List.of(AgeBand.of("child", 0, 14), AgeBand.from("adult", 12)));
    assertTrue(only(problems(RuleSetVerifier.of(overlap), Check.AGE_BANDS))
        .startsWith("ages 12 to 13 fall in more than one age band ('child' and 'adult')"));
  }

  @Test
  @DisplayName("a rule whose operator points the wrong way makes the boundary grid and the random property fail")
  void notMonotone() {
    RuleSetVerifier v = RuleSetVerifier.of(load(set("""
        { "id": "spo2.typo", "severity": "ABNORMAL", "message": "rules.spo2.low",
          "when": { "type": "vital", "vital": "spo2Percent", "op": ">=", "value": 99 } }""")));
    List<Problem> grid = problems(v, Check.MONOTONE);
    assertEquals(4, grid.size(), grid.toString()); // two bands, two ages each
    assertTrue(grid.get(0).message().startsWith("spo2Percent in age band 'child' (age 0): 99 is judged ABNORMAL but"
        + " the lower, worse value 98 only NORMAL (rules firing at 99: [spo2.typo])"), grid.get(0).message());
    String random = only(problems(v, Check.MONOTONE_RANDOM));
    assertTrue(random.contains("a worse measurement or an added symptom lowered the severity")
        && random.contains("spo2Percent"), random);
  }

  @Test
  @DisplayName("a rule that can never fire is named, with the reason")
  void cannotFire() {
    RuleSetVerifier v = RuleSetVerifier.of(load(set("""
        { "id": "spo2.floor", "severity": "EMERGENCY", "message": "rules.spo2.very_low",
          "when": { "type": "vital", "vital": "spo2Percent", "op": "<", "value": 50 } },
        { "id": "rr.adult_only", "severity": "EMERGENCY", "message": "rules.respiratory_rate.high",
          "ageBands": ["adult"],
          "when": { "type": "vital", "vital": "respiratoryRatePerMinute", "op": ">=", "byAgeBand": { "child": 60 } } }""")));
    List<Problem> problems = problems(v, Check.EVERY_RULE_CAN_FIRE);
    assertEquals(2, problems.size(), problems.toString());
    assertEquals("rule 'spo2.floor' (spo2Percent < 50) can never fire: spo2Percent < 50 is never true for a"
        + " declaration, which carries 50–100. Fix its threshold, operator or age bands, or remove it.",
        problems.get(0).message());
    assertTrue(problems.get(1).message().contains("it has no threshold for age band 'adult'"),
        problems.get(1).message());
  }

  @Test
  @DisplayName("a rule that another always outdoes is reported as shadowed, naming both")
  void shadowed() {
    RuleSetVerifier v = RuleSetVerifier.of(load(set("""
        { "id": "rr.very_fast", "severity": "ABNORMAL", "message": "rules.respiratory_rate.high",
          "when": { "type": "vital", "vital": "respiratoryRatePerMinute", "op": ">=", "value": 35 } },
        { "id": "cough.or.fever", "severity": "WATCH", "message": "rules.symptoms.common",
          "when": { "type": "symptoms", "atLeast": 1, "of": ["fever", "cough"] } }""")));
    List<Problem> problems = problems(v, Check.NOT_SHADOWED);
    assertEquals(2, problems.size(), problems.toString());
    assertEquals("rule 'cough' is fully shadowed by rule 'cough.or.fever': whenever 'cough' fires (symptom cough),"
        + " 'cough.or.fever' fires too (at least 1 of [fever, cough]) with severity WATCH (the same), so 'cough'"
        + " never changes a judgement. Remove 'cough', or give it a higher severity than 'cough.or.fever'.",
        problems.get(0).message());
    assertTrue(problems.get(1).message().startsWith("rule 'rr.very_fast' is fully shadowed by rule 'rr'"),
        problems.get(1).message());
  }

  @Test
  @DisplayName("an engine whose judgement depends on hidden state fails the determinism property")
  void notDeterministic() {
    AtomicLong calls = new AtomicLong();
    RuleSetVerifier.Options flaky = FAST.withCompiler(d -> {
      RuleSet real = RuleSets.compile(d);
      return new Delegating(real) {
        @Override
        public Assessment assess(Declaration decl, CaseFacts facts, List<Declaration> history, Instant at) {
          Assessment a = real.assess(decl, facts, history, at);
          return calls.incrementAndGet() % 7 == 0
              ? new Assessment(a.declarationId(), a.caseId(), Severity.EMERGENCY, a.findings(), a.ruleSet(), at) : a;
        }
      };
    });
    List<Problem> problems = RuleSetVerifier.of(load(set(""))).with(flaky).verify().problems(Check.DETERMINISTIC);
    assertTrue(only(problems).startsWith("the same declaration, history and facts were judged differently"),
        problems.toString());
  }

  @Test
  @DisplayName("an engine that stops at the first rule that fires fails the rule-order property")
  void orderDependent() {
    RuleSetVerifier.Options firstMatch = FAST.withCompiler(d -> {
      RuleSet real = RuleSets.compile(d);
      return new Delegating(real) {
        @Override
        public Assessment assess(Declaration decl, CaseFacts facts, List<Declaration> history, Instant at) {
          Assessment a = real.assess(decl, facts, history, at);
          String first = d.rules().stream().map(r -> r.id())
              .filter(id -> a.findings().stream().anyMatch(f -> f.ruleId().equals(id))).findFirst().orElse("");
          var kept = a.findings().stream().filter(f -> f.ruleId().equals(first)).toList();
          return new Assessment(a.declarationId(), a.caseId(),
              kept.isEmpty() ? Severity.NORMAL : kept.get(0).severity(), kept, a.ruleSet(), at);
        }
      };
    });
    List<Problem> problems = RuleSetVerifier.of(load(set(""))).with(firstMatch).verify()
        .problems(Check.RULE_ORDER_INDEPENDENT);
    assertTrue(only(problems).startsWith("shuffling the rules changed a judgement"), problems.toString());
  }

  @Test
  @DisplayName("a writer that loses a rule fails the JSON round trip, naming the rule")
  void lossyJson() {
    RuleSetVerifier.Options lossy = FAST.withWriter(d -> RuleSets.compile(d.withRules(d.rules().subList(0, 2)))
        .toJson());
    String message = only(RuleSetVerifier.of(load(set(""))).with(lossy).verify().problems(Check.JSON_ROUND_TRIP));
    assertTrue(message.contains("rule 2 was RuleDefinition[id=cough"), message);
  }

  /** A rule set that forwards to another; tests override {@code assess}. */
  abstract static class Delegating implements RuleSet {
    private final RuleSet real;

    Delegating(RuleSet real) {
      this.real = real;
    }

    @Override
    public RuleSetRef ref() {
      return real.ref();
    }

    @Override
    public Duration historyWindow() {
      return real.historyWindow();
    }
  }

}
