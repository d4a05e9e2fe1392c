package org.homewatch.rules.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.homewatch.core.rules.definition.AgeBand;
import org.homewatch.core.rules.definition.Comparison;
import org.homewatch.core.rules.definition.Condition;
import org.homewatch.core.rules.definition.RuleDefinition;
import org.homewatch.core.rules.definition.RuleSetDefinition;
import org.homewatch.core.rules.definition.Vital;
import org.homewatch.rules.testkit.Problem.Check;

/** The checks that read the definition alone: age bands and shadowing. */
final class StaticChecks {
  static final int OLDEST_AGE_CHECKED = 130;

  private StaticChecks() {}

  /** Every age 0–130 falls in exactly one band; consecutive ages with the same fault are reported as one range. */
  static List<Problem> ageBands(RuleSetDefinition d) {
    List<Problem> problems = new ArrayList<>();
    int runStart = -1;
    String runFault = null;
    for (int age = 0; age <= OLDEST_AGE_CHECKED + 1; age++) {
      String fault = null;
      if (age <= OLDEST_AGE_CHECKED) {
        List<String> in = new ArrayList<>();
        for (AgeBand b : d.ageBands()) {
          if (b.contains(age)) {
            in.add("'" + b.id() + "'");
          }
        }
        if (in.isEmpty()) {
          fault = "fall in no age band, so no age-dependent limit would ever be applied to such a person";
        } else if (in.size() > 1) {
          fault = "fall in more than one age band (" + String.join(" and ", in)
              + "), so which limits apply is ambiguous";
        }
      }
      if (!java.util.Objects.equals(fault, runFault)) {
        if (runFault != null) {
          String ages = runStart == age - 1 ? "age " + runStart : "ages " + runStart + " to " + (age - 1);
          if (age - 1 == OLDEST_AGE_CHECKED && runStart > 0) {
            ages = "ages " + runStart + " and older";
          }
          problems.add(new Problem(Check.AGE_BANDS, ages + " " + runFault
              + ". Make the bands meet: each band's \"toYears\" is the next band's \"fromYears\", the first starts at 0"
              + " and the oldest has no \"toYears\"."));
        }
        runFault = fault;
        runStart = age;
      }
    }
    return problems;
  }

  /** A rule is shadowed by another that fires whenever it does, with the same kind and at least its severity. */
  static List<Problem> shadowing(RuleSetDefinition d) {
    List<Problem> problems = new ArrayList<>();
    List<RuleDefinition> rules = d.rules();
    for (int i = 0; i < rules.size(); i++) {
      RuleDefinition a = rules.get(i);
      if (!canFireAnywhere(a, d)) {
        continue; // reported by the firing check
      }
      for (int j = 0; j < rules.size(); j++) {
        RuleDefinition b = rules.get(j);
        if (i == j || b.kind() != a.kind() || b.severity().compareTo(a.severity()) < 0 || !covers(b, a, d)) {
          continue;
        }
        boolean mutual = a.severity() == b.severity() && covers(a, b, d);
        if (mutual && j > i) {
          continue; // two rules that say the same: report the later one only
        }
        problems.add(new Problem(Check.NOT_SHADOWED, "rule '" + a.id() + "' is fully shadowed by rule '" + b.id()
            + "': whenever '" + a.id() + "' fires (" + Describe.condition(a.condition()) + "), '" + b.id()
            + "' fires too (" + Describe.condition(b.condition()) + ") with severity " + b.severity()
            + (b.severity() == a.severity() ? " (the same)" : " (higher than " + a.severity() + ")")
            + ", so '" + a.id() + "' never changes a judgement. Remove '" + a.id()
            + "', or give it a higher severity than '" + b.id() + "'."));
        break;
      }
    }
    return problems;
  }

  private static boolean canFireAnywhere(RuleDefinition r, RuleSetDefinition d) {
    for (AgeBand band : d.ageBands()) {
      if (r.appliesTo(band.id()) && firingValues(r.condition(), band.id()).length > 0) {
        return true;
      }
    }
    return false;
  }

  /** True if {@code b} fires on every input {@code a} fires on. */
  static boolean covers(RuleDefinition b, RuleDefinition a, RuleSetDefinition d) {
    for (AgeBand band : d.ageBands()) {
      if (a.appliesTo(band.id()) && !b.appliesTo(band.id())) {
        return false;
      }
    }
    Condition ca = a.condition();
    Condition cb = b.condition();
    if (ca instanceof Condition.VitalThreshold va && cb instanceof Condition.VitalThreshold vb) {
      if (va.vital() != vb.vital()) {
        return false;
      }
      for (AgeBand band : d.ageBands()) {
        if (a.appliesTo(band.id()) && !subset(firingValues(va, band.id()), vb, band.id())) {
          return false;
        }
      }
      return true;
    }
    if (ca instanceof Condition.SymptomGroup ga && cb instanceof Condition.SymptomGroup gb) {
      long outside = ga.of().stream().filter(s -> !gb.of().contains(s)).count();
      return ga.atLeast() - outside >= gb.atLeast();
    }
    if (ca instanceof Condition.ConsecutiveDays ta && cb instanceof Condition.ConsecutiveDays tb) {
      return ta.vital() == tb.vital() && ta.days() >= tb.days()
          && region(ta.vital(), ta.op(), ta.value(), tb.op(), tb.value());
    }
    if (ca instanceof Condition.Persists ta && cb instanceof Condition.Persists tb) {
      return ta.vital() == tb.vital() && ta.hours() >= tb.hours()
          && region(ta.vital(), ta.op(), ta.value(), tb.op(), tb.value());
    }
    if (ca instanceof Condition.DropFromBaseline ta && cb instanceof Condition.DropFromBaseline tb) {
      return ta.vital() == tb.vital() && ta.baselineReadings() == tb.baselineReadings()
          && ta.windowDays() == tb.windowDays() && ta.points() >= tb.points();
    }
    if (ca instanceof Condition.DistanceFromHome ta && cb instanceof Condition.DistanceFromHome tb) {
      return ta.meters() >= tb.meters();
    }
    return false;
  }

  private static boolean subset(double[] values, Condition.VitalThreshold b, String band) {
    OptionalDouble t = b.thresholdFor(band);
    if (values.length == 0) {
      return true;
    }
    if (t.isEmpty()) {
      return false;
    }
    for (double v : values) {
      if (!b.op().test(v, t.getAsDouble())) {
        return false;
      }
    }
    return true;
  }

  private static boolean region(Vital vital, Comparison opA, double tA, Comparison opB, double tB) {
    for (double v : grid(vital)) {
      if (opA.test(v, tA) && !opB.test(v, tB)) {
        return false;
      }
    }
    return true;
  }

  /** The values a declaration can carry on which a threshold condition fires, in one band. */
  static double[] firingValues(Condition c, String band) {
    if (c instanceof Condition.VitalThreshold v) {
      OptionalDouble t = v.thresholdFor(band);
      if (t.isEmpty()) {
        return new double[0];
      }
      return java.util.Arrays.stream(grid(v.vital())).filter(x -> v.op().test(x, t.getAsDouble())).toArray();
    }
    return new double[] {1}; // other conditions: whether they can fire is the firing check's question
  }

  /** Every value a declaration can carry, at the resolution people measure with. */
  static double[] grid(Vital vital) {
    int n = (int) Math.round((vital.max() - vital.min()) / vital.step()) + 1;
    double[] g = new double[n];
    for (int i = 0; i < n; i++) {
      g[i] = vital.integral() ? vital.min() + i : Math.round((vital.min() + i * vital.step()) * 10) / 10.0;
    }
    return g;
  }
}
