package org.homewatch.rules.testkit;

import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.homewatch.core.rules.RuleSet;
import org.homewatch.core.rules.definition.Comparison;
import org.homewatch.core.rules.definition.Condition;
import org.homewatch.core.rules.definition.RuleDefinition;
import org.homewatch.core.rules.definition.RuleSetDefinition;
import org.homewatch.core.rules.definition.Vital;
import org.homewatch.model.Assessment;
import org.homewatch.model.Declaration;
import org.homewatch.model.Finding;
import org.homewatch.model.Symptom;
import org.homewatch.model.Vitals;
import org.homewatch.rules.testkit.Problem.Check;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** The QuickTheories properties, over random declarations and histories. */
final class Properties {
  /** Enough to get a small counterexample; unbounded shrinking of a broken set costs minutes. */
  private static final int SHRINK_CYCLES = 300;
  private final RuleSetDefinition definition;
  private final RuleSet rules;
  private final RuleSetVerifier.Options options;
  private final Gen<Scenario> scenarios;

  Properties(RuleSetDefinition definition, RuleSet rules, RuleSetVerifier.Options options) {
    this.definition = definition;
    this.rules = rules;
    this.options = options;
    this.scenarios = Scenarios.forRuleSet(definition);
  }

  List<Problem> all() {
    List<Problem> problems = new ArrayList<>();
    run(problems, Check.DETERMINISTIC, "the same declaration, history and facts were judged differently",
        () -> theory(options.examples()).forAll(scenarios)
            .checkAssert(this::deterministic));
    run(problems, Check.MONOTONE_RANDOM, "a worse measurement or an added symptom lowered the severity",
        () -> theory(options.examples())
            .forAll(scenarios, SourceDSL.integers().between(0, 1000), SourceDSL.integers().between(1, 25))
            .checkAssert(this::monotone));
    run(problems, Check.RULE_ORDER_INDEPENDENT, "shuffling the rules changed a judgement",
        () -> theory(Math.max(10, options.examples() / 4))
            .forAll(scenarios, SourceDSL.longs().all()).checkAssert(this::orderIndependent));
    run(problems, Check.JSON_ROUND_TRIP, "the rule set written to JSON and read back is not the same",
        () -> roundTrip());
    return problems;
  }

  private org.quicktheories.QuickTheory theory(int examples) {
    return qt().withShrinkCycles(SHRINK_CYCLES).withExamples(examples).withFixedSeed(options.seed());
  }

  private void run(List<Problem> problems, Check check, String what, Runnable property) {
    try {
      property.run();
    } catch (AssertionError | RuntimeException e) {
      problems.add(new Problem(check, what + ": " + concise(String.valueOf(e.getMessage()))));
    }
  }

  /** QuickTheories' report without the stack trace and the other counterexamples: the cause, then the input. */
  static String concise(String report) {
    int smallest = report.indexOf("Smallest found falsifying value(s) :-");
    int cause = report.indexOf("Cause was :-");
    if (smallest < 0 || cause < smallest) {
      return report;
    }
    String input = report.substring(report.indexOf('\n', smallest) + 1, cause).strip();
    String[] causeLines = report.substring(cause).split("\n");
    StringBuilder why = new StringBuilder();
    for (int i = 1; i < causeLines.length && !causeLines[i].strip().startsWith("at "); i++) {
      why.append(i == 1 ? causeLines[i].replaceFirst("^[\\w.$]+(Error|Exception): ", "") : "\n" + causeLines[i]);
    }
    int seedAt = report.lastIndexOf("Seed was ");
    String seed = seedAt < 0 ? "" : "\n    (" + report.substring(seedAt).strip()
        + "; Options.withSeed(..) repeats the run)";
    return why + "\n    for " + input + seed;
  }

  private void deterministic(Scenario s) {
    Assessment first = s.judgeWith(rules);
    Assessment again = s.judgeWith(rules);
    Assessment fresh = s.judgeWith(options.compiler().apply(definition));
    if (!first.equals(again) || !first.equals(fresh)) {
      throw new AssertionError("first " + first + "\n  then " + (first.equals(again) ? fresh : again));
    }
  }

  private void monotone(Scenario s, int choice, int steps) {
    Assessment before = s.judgeWith(rules);
    Declaration d = s.declaration();
    List<Vital> present = new ArrayList<>();
    for (Vital v : Vital.values()) {
      if (Measurements.get(d.vitals(), v).isPresent()) {
        present.add(v);
      }
    }
    List<Symptom> codes = Scenarios.symptomsOf(definition);
    int options = present.size() + codes.size();
    int pick = choice % options;
    Declaration worse;
    String change;
    if (pick < present.size()) {
      Vital vital = present.get(pick);
      double now = Measurements.get(d.vitals(), vital).getAsDouble();
      double worseValue = now + worseDirection(vital, now, choice) * steps * vital.step();
      worseValue = Math.max(vital.min(), Math.min(vital.max(), worseValue));
      Vitals others = d.vitals();
      if (!Measurements.valid(vital, worseValue, others)) {
        return; // diastolic would reach the systolic: not a declaration anyone can make
      }
      worse = new Declaration(d.id(), d.caseId(), d.observedAt(), d.submittedAt(), d.submittedBy(),
          Measurements.with(others, vital, worseValue), d.symptoms(), d.note(), d.location(), d.presence());
      change = vital.jsonName() + " " + Measurements.text(vital, now) + " -> " + Measurements.text(vital, worseValue);
    } else {
      Symptom added = codes.get(pick - present.size());
      java.util.Set<Symptom> more = new java.util.HashSet<>(d.symptoms());
      more.add(added);
      worse = new Declaration(d.id(), d.caseId(), d.observedAt(), d.submittedAt(), d.submittedBy(), d.vitals(), more,
          d.note(), d.location(), d.presence());
      change = "symptom " + added + " added";
    }
    Assessment after = s.withDeclaration(worse).judgeWith(rules);
    if (before.severity().isWorseThan(after.severity())) {
      throw new AssertionError(change + " lowered the severity from " + before.severity() + " " + ids(before)
          + " to " + after.severity() + " " + ids(after));
    }
  }

  /**
   * Which way is worse for this measurement in this set: down for SpO2; otherwise the way the set's rules on it
   * point, and for a measurement with rules both ways, away from the typical healthy value.
   */
  private int worseDirection(Vital vital, double now, int choice) {
    if (BoundaryChecks.onlyLowerIsWorse(vital)) {
      return -1;
    }
    boolean up = false;
    boolean down = false;
    for (RuleDefinition r : definition.rules()) {
      Condition c = r.condition();
      Comparison op = null;
      if (c instanceof Condition.VitalThreshold v && v.vital() == vital) {
        op = v.op();
      } else if (c instanceof Condition.ConsecutiveDays t && t.vital() == vital) {
        op = t.op();
      } else if (c instanceof Condition.Persists t && t.vital() == vital) {
        op = t.op();
      } else if (c instanceof Condition.DropFromBaseline t && t.vital() == vital) {
        down = true;
      }
      if (op != null) {
        up |= op.upward();
        down |= !op.upward();
      }
    }
    if (up && down) {
      return now >= vital.typicalHealthyAdult() ? 1 : -1;
    }
    if (up || down) {
      return up ? 1 : -1;
    }
    return choice % 2 == 0 ? 1 : -1;
  }

  private void orderIndependent(Scenario s, long seed) {
    List<RuleDefinition> shuffled = new ArrayList<>(definition.rules());
    Collections.shuffle(shuffled, new Random(seed));
    RuleSet reordered = options.compiler().apply(definition.withRules(shuffled));
    Assessment a = s.judgeWith(rules);
    Assessment b = s.judgeWith(reordered);
    if (a.severity() != b.severity() || !byRule(a).equals(byRule(b))) {
      throw new AssertionError("in the file's order: " + a.severity() + " " + byRule(a).keySet()
          + "\n  in the order " + shuffled.stream().map(RuleDefinition::id).toList() + ": " + b.severity() + " "
          + byRule(b).keySet());
    }
  }

  private static Map<String, Finding> byRule(Assessment a) {
    return a.findings().stream().collect(Collectors.toMap(Finding::ruleId, f -> f, (x, y) -> x,
        java.util.TreeMap::new));
  }

  private void roundTrip() {
    Function<RuleSetDefinition, String> writer = options.writer();
    String json = writer.apply(definition);
    RuleSetDefinition back = org.homewatch.core.rules.RuleSets.fromJson(definition.id() + " (written back)", json)
        .definition();
    if (!back.equals(definition)) {
      throw new AssertionError("what differs: " + difference(definition, back));
    }
    RuleSet reread = options.compiler().apply(back);
    theory(Math.max(10, options.examples() / 4)).forAll(scenarios)
        .checkAssert(s -> {
          Assessment a = s.judgeWith(rules);
          Assessment b = s.judgeWith(reread);
          if (!a.findings().equals(b.findings()) || a.severity() != b.severity()) {
            throw new AssertionError("judged " + a.severity() + " " + ids(a) + " before, " + b.severity() + " "
                + ids(b) + " after");
          }
        });
  }

  private static String difference(RuleSetDefinition a, RuleSetDefinition b) {
    for (int i = 0; i < Math.max(a.rules().size(), b.rules().size()); i++) {
      Object x = i < a.rules().size() ? a.rules().get(i) : "nothing";
      Object y = i < b.rules().size() ? b.rules().get(i) : "nothing";
      if (!x.equals(y)) {
        return "rule " + i + " was " + x + "\n  read back as " + y;
      }
    }
    return "was " + a + "\n  read back as " + b;
  }

  private static List<String> ids(Assessment a) {
    return a.findings().stream().map(Finding::ruleId).toList();
  }
}
