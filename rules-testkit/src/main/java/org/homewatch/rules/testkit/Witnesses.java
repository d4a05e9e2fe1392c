package org.homewatch.rules.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.homewatch.core.rules.RuleSet;
import org.homewatch.core.rules.definition.AgeBand;
import org.homewatch.core.rules.definition.Comparison;
import org.homewatch.core.rules.definition.Condition;
import org.homewatch.core.rules.definition.RuleDefinition;
import org.homewatch.core.rules.definition.RuleSetDefinition;
import org.homewatch.core.rules.definition.Vital;
import org.homewatch.model.Declaration;
import org.homewatch.model.GeoPoint;
import org.homewatch.model.Symptom;
import org.homewatch.rules.testkit.Problem.Check;

/** Builds, for each rule and age band, the least declaration (with history) that should make it fire. */
final class Witnesses {
  private Witnesses() {}

  /** A witness, or why none can exist. */
  record Witness(Optional<Scenario> scenario, String whyNot) {}

  static List<Problem> everyRuleCanFire(RuleSetDefinition d, RuleSet rules) {
    List<Problem> problems = new ArrayList<>();
    for (RuleDefinition r : d.rules()) {
      List<String> reasons = new ArrayList<>();
      boolean fired = false;
      for (AgeBand band : d.ageBands()) {
        if (!r.appliesTo(band.id())) {
          continue;
        }
        Witness w = witness(r.condition(), band);
        if (w.scenario().isEmpty()) {
          reasons.add(w.whyNot());
          continue;
        }
        Scenario s = w.scenario().get();
        if (s.judgeWith(rules).findings().stream().anyMatch(f -> f.ruleId().equals(r.id()))) {
          fired = true;
          break;
        }
        reasons.add("it did not fire for " + s + " in age band '" + band.id() + "'");
      }
      if (!fired) {
        String why = reasons.isEmpty() ? "it applies to no age band of the set" : String.join("; ",
            reasons.stream().distinct().toList());
        problems.add(new Problem(Check.EVERY_RULE_CAN_FIRE, "rule '" + r.id() + "' (" + Describe.condition(
            r.condition()) + ") can never fire: " + why + ". Fix its threshold, operator or age bands, or remove it."));
      }
    }
    return problems;
  }

  static Witness witness(Condition c, AgeBand band) {
    int age = band.fromYears();
    if (c instanceof Condition.VitalThreshold v) {
      OptionalDouble t = v.thresholdFor(band.id());
      if (t.isEmpty()) {
        return none("it has no threshold for age band '" + band.id() + "'");
      }
      OptionalDouble x = firing(v.vital(), v.op(), t.getAsDouble());
      if (x.isEmpty()) {
        return none(never(v.vital(), v.op(), t.getAsDouble()));
      }
      return of(current(Measurements.only(v.vital(), x.getAsDouble()), Set.of()), age, List.of());
    } else if (c instanceof Condition.SymptomGroup g) {
      Set<Symptom> present = g.of().stream().limit(g.atLeast()).map(Symptom::of).collect(Collectors.toSet());
      if (present.size() < g.atLeast()) {
        return none("it needs " + g.atLeast() + " symptoms but lists only " + g.of().size());
      }
      return of(current(org.homewatch.model.Vitals.NONE, present), age, List.of());
    } else if (c instanceof Condition.ConsecutiveDays t) {
      OptionalDouble x = firing(t.vital(), t.op(), t.value());
      if (x.isEmpty()) {
        return none(never(t.vital(), t.op(), t.value()));
      }
      List<Declaration> history = new ArrayList<>();
      for (int k = t.days() - 1; k >= 1; k--) {
        history.add(Scenario.declaration(100 + k, Scenario.TODAY.minusDays(k).atTime(8, 0)
            .toInstant(Scenario.VIETNAM), Measurements.only(t.vital(), x.getAsDouble()), Set.of(), Optional.empty()));
      }
      return of(current(Measurements.only(t.vital(), x.getAsDouble()), Set.of()), age, history);
    } else if (c instanceof Condition.DropFromBaseline t) {
      double baseline = t.vital().max();
      double now = t.vital().integral() ? Math.floor(baseline - t.points())
          : Math.floor((baseline - t.points()) * 10) / 10.0;
      if (now < t.vital().min()) {
        return none("a fall of " + Describe.num(t.points()) + " from the highest possible " + t.vital().jsonName()
            + " (" + Describe.num(baseline) + ") is below the lowest a declaration carries (" + Describe.num(
            t.vital().min()) + ")");
      }
      List<Declaration> history = new ArrayList<>();
      for (int k = t.baselineReadings(); k >= 1; k--) {
        history.add(Scenario.declaration(200 + k, Scenario.NOW.minus(Duration.ofMinutes(20L * k)),
            Measurements.only(t.vital(), baseline), Set.of(), Optional.empty()));
      }
      return of(current(Measurements.only(t.vital(), now), Set.of()), age, history);
    } else if (c instanceof Condition.Persists t) {
      OptionalDouble x = firing(t.vital(), t.op(), t.value());
      if (x.isEmpty()) {
        return none(never(t.vital(), t.op(), t.value()));
      }
      Instant start = Scenario.NOW.minus(Duration.ofHours(t.hours()));
      List<Declaration> history = List.of(
          Scenario.declaration(300, start, Measurements.only(t.vital(), x.getAsDouble()), Set.of(), Optional.empty()),
          Scenario.declaration(301, start.plus(Duration.ofHours(t.hours()).dividedBy(2)),
              Measurements.only(t.vital(), x.getAsDouble()), Set.of(), Optional.empty()));
      return of(current(Measurements.only(t.vital(), x.getAsDouble()), Set.of()), age, history);
    } else if (c instanceof Condition.DistanceFromHome t) {
      double meters = t.meters() + 500;
      double lon = Scenario.HOME.longitude() + meters / (111_320 * Math.cos(Math.toRadians(Scenario.HOME.latitude())));
      Declaration d = Scenario.declaration(0, Scenario.NOW, org.homewatch.model.Vitals.NONE, Set.of(),
          Optional.of(GeoPoint.of(Scenario.HOME.latitude(), lon, 0)));
      return new Witness(Optional.of(new Scenario(d, Scenario.person(age, Set.of()), List.of())), "");
    }
    return none("unknown condition " + c.type());
  }

  /** The value nearest the threshold, on the measuring resolution, that meets it; empty if none is plausible. */
  static OptionalDouble firing(Vital vital, Comparison op, double threshold) {
    double step = vital.step();
    double x = op.upward() ? Math.ceil(threshold / step - 1e-9) * step : Math.floor(threshold / step + 1e-9) * step;
    x = Math.round(x * 10) / 10.0;
    if (!op.test(x, threshold)) {
      x = Math.round((op.upward() ? x + step : x - step) * 10) / 10.0;
    }
    return x >= vital.min() && x <= vital.max() ? OptionalDouble.of(x) : OptionalDouble.empty();
  }

  private static String never(Vital vital, Comparison op, double threshold) {
    return vital.jsonName() + " " + op.symbol() + " " + Describe.num(threshold)
        + " is never true for a declaration, which carries " + Describe.num(vital.min()) + "–"
        + Describe.num(vital.max());
  }

  private static Declaration current(org.homewatch.model.Vitals vitals, Set<Symptom> symptoms) {
    return Scenario.declaration(0, Scenario.NOW, vitals, symptoms, Optional.empty());
  }

  private static Witness of(Declaration d, int age, List<Declaration> history) {
    return new Witness(Optional.of(new Scenario(d, Scenario.person(age, Set.of()), history)), "");
  }

  private static Witness none(String why) {
    return new Witness(Optional.empty(), why);
  }
}
