package org.homewatch.rules.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.homewatch.core.rules.definition.Condition;
import org.homewatch.core.rules.definition.RuleDefinition;
import org.homewatch.core.rules.definition.RuleSetDefinition;
import org.homewatch.model.Declaration;
import org.homewatch.model.GeoPoint;
import org.homewatch.model.RiskFactor;
import org.homewatch.model.Symptom;
import org.homewatch.model.Vitals;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories generators of realistic and edge-case input for a rule set: people of every age, measurements
 * mostly near normal with tails to the ends of the plausible range, the set's own symptom codes, locations near
 * and far from home, and up to ten earlier declarations over the past days. Reuse them in your own properties.
 */
public final class Scenarios {
  private Scenarios() {}

  /**
   * Scenarios whose symptoms are drawn from the codes the rule set uses.
   *
   * @param d the rule set's definition
   * @return a generator of scenarios
   */
  public static Gen<Scenario> forRuleSet(RuleSetDefinition d) {
    List<Symptom> codes = symptomsOf(d);
    return in -> scenario(in, codes);
  }

  static List<Symptom> symptomsOf(RuleSetDefinition d) {
    Set<String> codes = new java.util.TreeSet<>(d.symptomCodes());
    for (RuleDefinition r : d.rules()) {
      if (r.condition() instanceof Condition.SymptomGroup g) {
        codes.addAll(g.of());
      }
    }
    codes.add(Symptom.COUGH.code());
    return codes.stream().map(Symptom::of).toList();
  }

  private static Scenario scenario(RandomnessSource in, List<Symptom> codes) {
    int age = (int) pick(in, 0, 100);
    Set<RiskFactor> risks = new HashSet<>();
    for (RiskFactor f : RiskFactor.values()) {
      if (pick(in, 0, 99) < 12) {
        risks.add(f);
      }
    }
    int historySize = (int) pick(in, 0, 10);
    List<Declaration> history = new ArrayList<>();
    Instant at = Scenario.NOW;
    List<Instant> times = new ArrayList<>();
    for (int i = 0; i < historySize; i++) {
      at = at.minus(Duration.ofMinutes(pick(in, 4 * 60, 26 * 60)));
      times.add(0, at);
    }
    long seq = 1;
    for (Instant t : times) {
      history.add(declaration(in, seq++, t, codes));
    }
    return new Scenario(declaration(in, 0, Scenario.NOW, codes), Scenario.person(age, risks), history);
  }

  private static Declaration declaration(RandomnessSource in, long seq, Instant at, List<Symptom> codes) {
    OptionalDouble temperature = present(in) ? OptionalDouble.of(pick(in, 300, 450, 368, 12) / 10.0)
        : OptionalDouble.empty();
    OptionalInt spo2 = optionalInt(in, 50, 100, 97, 3);
    OptionalInt respiratory = optionalInt(in, 4, 80, 18, 6);
    OptionalInt pulse = optionalInt(in, 20, 250, 85, 20);
    OptionalInt systolic = optionalInt(in, 51, 260, 120, 20);
    OptionalInt diastolic = OptionalInt.empty();
    if (systolic.isPresent() && present(in)) {
      diastolic = OptionalInt.of((int) pick(in, 30, Math.min(160, systolic.getAsInt() - 1), 75, 12));
    }
    Vitals vitals = new Vitals(temperature, spo2, respiratory, pulse, systolic, diastolic);
    Set<Symptom> symptoms = new HashSet<>();
    for (Symptom s : codes) {
      if (pick(in, 0, 99) < 6) {
        symptoms.add(s);
      }
    }
    Optional<GeoPoint> location = Optional.empty();
    if (pick(in, 0, 9) < 3) {
      double meters = pick(in, 0, 99) < 70 ? pick(in, 0, 300) : pick(in, 300, 5000);
      double lon = Scenario.HOME.longitude() + meters / (111_320 * Math.cos(Math.toRadians(Scenario.HOME.latitude())));
      location = Optional.of(GeoPoint.of(Scenario.HOME.latitude(), lon, pick(in, 0, 100)));
    }
    return Scenario.declaration(seq, at, vitals, symptoms, location);
  }

  private static boolean present(RandomnessSource in) {
    return pick(in, 0, 9) < 7;
  }

  private static OptionalInt optionalInt(RandomnessSource in, int min, int max, int typical, int spread) {
    return present(in) ? OptionalInt.of((int) pick(in, min, max, typical, spread)) : OptionalInt.empty();
  }

  /** Mostly near the typical value, sometimes anywhere in the range (the tails are where rules live). */
  private static long pick(RandomnessSource in, long min, long max, long typical, long spread) {
    if (pick(in, 0, 3) == 0) {
      return pick(in, min, max);
    }
    return Math.max(min, Math.min(max, pick(in, typical - spread, typical + spread)));
  }

  private static long pick(RandomnessSource in, long min, long max) {
    return in.next(Constraint.between(min, max));
  }
}
