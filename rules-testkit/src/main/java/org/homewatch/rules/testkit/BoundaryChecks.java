package org.homewatch.rules.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.homewatch.core.rules.RuleSet;
import org.homewatch.core.rules.definition.AgeBand;
import org.homewatch.core.rules.definition.Condition;
import org.homewatch.core.rules.definition.RuleDefinition;
import org.homewatch.core.rules.definition.RuleSetDefinition;
import org.homewatch.core.rules.definition.Vital;
import org.homewatch.model.Assessment;
import org.homewatch.model.Finding;
import org.homewatch.model.RiskFactor;
import org.homewatch.model.Severity;
import org.homewatch.rules.testkit.Problem.Check;

/**
 * Exhaustive over the boundary grid: for each measurement, each age band (its youngest and oldest age) and each
 * risk profile, every threshold of the set and its neighbours, plus the ends of the plausible range.
 */
final class BoundaryChecks {
  private BoundaryChecks() {}

  /**
   * Which way is worse. A low SpO2 is the only danger the Ministry names for it; for every other measurement both
   * ways from normal are (fever and hypothermia, fast and slow pulse, high and low pressure).
   */
  static boolean onlyLowerIsWorse(Vital vital) {
    return vital == Vital.SPO2;
  }

  static List<Problem> monotone(RuleSetDefinition d, RuleSet rules) {
    List<Problem> problems = new ArrayList<>();
    for (Vital vital : Vital.values()) {
      double[] grid = grid(d, vital);
      for (AgeBand band : d.ageBands()) {
        for (int age : ages(band)) {
          for (Set<RiskFactor> risks : riskProfiles(d)) {
            Problem p = checkLine(d, rules, vital, grid, band, age, risks);
            if (p != null) {
              problems.add(p);
              break;
            }
          }
        }
      }
    }
    return problems;
  }

  private static Problem checkLine(RuleSetDefinition d, RuleSet rules, Vital vital, double[] grid, AgeBand band,
      int age, Set<RiskFactor> risks) {
    Assessment[] judged = new Assessment[grid.length];
    for (int i = 0; i < grid.length; i++) {
      Scenario s = new Scenario(Scenario.declaration(i, Scenario.NOW, Measurements.only(vital, grid[i]), Set.of(),
          java.util.Optional.empty()), Scenario.person(age, risks), List.of());
      judged[i] = s.judgeWith(rules);
    }
    String where = vital.jsonName() + " in age band '" + band.id() + "' (age " + age
        + (risks.isEmpty() ? "" : ", " + risks) + ")";
    if (onlyLowerIsWorse(vital)) {
      for (int i = 0; i + 1 < grid.length; i++) {
        if (judged[i + 1].severity().isWorseThan(judged[i].severity())) {
          return new Problem(Check.MONOTONE, where + ": " + Measurements.text(vital, grid[i + 1]) + " is judged "
              + judged[i + 1].severity() + " but the lower, worse value " + Measurements.text(vital, grid[i])
              + " only " + judged[i].severity() + " (rules firing at " + Measurements.text(vital, grid[i + 1]) + ": "
              + ids(judged[i + 1]) + "). A lower " + vital.jsonName()
              + " must never be judged less serious: check the operator of those rules.");
        }
      }
      return null;
    }
    int i = 0;
    while (i + 1 < grid.length && !judged[i + 1].severity().isWorseThan(judged[i].severity())) {
      i++;
    }
    while (i + 1 < grid.length && !judged[i].severity().isWorseThan(judged[i + 1].severity())) {
      i++;
    }
    if (i + 1 < grid.length) {
      return new Problem(Check.MONOTONE, where + ": the severity rises and then falls again as the value moves away"
          + " from normal: " + Measurements.text(vital, grid[i]) + " is judged " + judged[i].severity() + " (rules "
          + ids(judged[i]) + ") but " + Measurements.text(vital, grid[i + 1]) + " only " + judged[i + 1].severity()
          + " (rules " + ids(judged[i + 1]) + "). A value further from normal must never be judged less serious.");
    }
    return null;
  }

  private static List<String> ids(Assessment a) {
    return a.findings().stream().map(Finding::ruleId).toList();
  }

  /** The thresholds of every rule on this measurement, their neighbours, and the ends of the range. */
  static double[] grid(RuleSetDefinition d, Vital vital) {
    TreeSet<Double> points = new TreeSet<>(List.of(vital.min(), vital.max(), vital.typicalHealthyAdult()));
    for (RuleDefinition r : d.rules()) {
      List<Double> thresholds = new ArrayList<>();
      Condition c = r.condition();
      if (c instanceof Condition.VitalThreshold v && v.vital() == vital) {
        v.value().ifPresent(thresholds::add);
        thresholds.addAll(v.byAgeBand().values());
      } else if (c instanceof Condition.ConsecutiveDays t && t.vital() == vital) {
        thresholds.add(t.value());
      } else if (c instanceof Condition.Persists t && t.vital() == vital) {
        thresholds.add(t.value());
      }
      for (double t : thresholds) {
        for (double x : new double[] {t - vital.step(), t, t + vital.step()}) {
          double rounded = vital.integral() ? Math.round(x) : Math.round(x * 10) / 10.0;
          if (rounded >= vital.min() && rounded <= vital.max()) {
            points.add(rounded);
          }
        }
      }
    }
    return points.stream().mapToDouble(Double::doubleValue).toArray();
  }

  static int[] ages(AgeBand band) {
    int last = band.toYears().isPresent() ? band.toYears().getAsInt() - 1 : Math.max(band.fromYears(), 80);
    return last == band.fromYears() ? new int[] {last} : new int[] {band.fromYears(), last};
  }

  static List<Set<RiskFactor>> riskProfiles(RuleSetDefinition d) {
    List<Set<RiskFactor>> profiles = new ArrayList<>();
    profiles.add(Set.of());
    d.riskModifier().filter(m -> !m.factors().isEmpty()).ifPresent(m -> profiles.add(Set.copyOf(m.factors())));
    return profiles;
  }

  static Severity worst(Assessment a) {
    return a.severity();
  }
}
