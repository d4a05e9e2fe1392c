package org.homewatch.rules.testkit;

import java.util.Map;
import java.util.TreeMap;
import org.homewatch.core.rules.definition.Condition;

/** Conditions in the words of the rule file, for messages. */
final class Describe {
  private Describe() {}

  static String condition(Condition c) {
    if (c instanceof Condition.VitalThreshold v) {
      if (v.value().isPresent()) {
        return v.vital().jsonName() + " " + v.op().symbol() + " " + num(v.value().getAsDouble());
      }
      StringBuilder b = new StringBuilder(v.vital().jsonName()).append(" ").append(v.op().symbol()).append(" {");
      String sep = "";
      for (Map.Entry<String, Double> e : new TreeMap<>(v.byAgeBand()).entrySet()) {
        b.append(sep).append(e.getKey()).append(": ").append(num(e.getValue()));
        sep = ", ";
      }
      return b.append("}").toString();
    } else if (c instanceof Condition.SymptomGroup g) {
      return g.of().size() == 1 ? "symptom " + g.of().get(0) : "at least " + g.atLeast() + " of " + g.of();
    } else if (c instanceof Condition.ConsecutiveDays t) {
      return t.vital().jsonName() + " " + t.op().symbol() + " " + num(t.value()) + " on " + t.days()
          + " consecutive days";
    } else if (c instanceof Condition.DropFromBaseline t) {
      return t.vital().jsonName() + " fallen " + num(t.points()) + " below the mean of the first "
          + t.baselineReadings() + " readings in " + t.windowDays() + " days";
    } else if (c instanceof Condition.Persists t) {
      return t.vital().jsonName() + " " + t.op().symbol() + " " + num(t.value()) + " for " + t.hours() + " h";
    } else if (c instanceof Condition.DistanceFromHome t) {
      return "more than " + num(t.meters()) + " m from home";
    }
    return c.toString();
  }

  static String num(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
