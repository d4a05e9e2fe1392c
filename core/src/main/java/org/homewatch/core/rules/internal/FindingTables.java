package org.homewatch.core.rules.internal;

import java.util.HashSet;
import java.util.Set;
import org.homewatch.core.rules.definition.Condition;
import org.homewatch.model.Evidence;
import org.homewatch.model.Finding;
import org.homewatch.model.Symptom;
import org.homewatch.model.Vitals;
import org.jspecify.annotations.Nullable;

/**
 * Findings made once, when a rule set is compiled, for every value a threshold rule can see and every combination
 * of a small symptom group: they are immutable, so the evaluator hands out the same instance each time it fires.
 */
final class FindingTables {
  private FindingTables() {}

  private static final double[] SLOT_MIN = {Vitals.MIN_TEMPERATURE, Vitals.MIN_SPO2,
      Vitals.MIN_RESPIRATORY_RATE, Vitals.MIN_PULSE,
      Vitals.MIN_SYSTOLIC, Vitals.MIN_DIASTOLIC};

  /** The value's place in a per-value table: whole units, or tenths of a degree. */
  static int slot(int vital, double value) {
    double scaled = vital == Readings.TEMPERATURE ? (value - SLOT_MIN[vital]) * 10 : value - SLOT_MIN[vital];
    return (int) Math.round(scaled);
  }

  static Finding[] perValue(RuleMeta meta, Condition.VitalThreshold c, String thresholdText) {
    int vital = Readings.index(c.vital());
    int slots = slot(vital, c.vital().max()) + 1;
    Finding[] table = new Finding[slots];
    for (int s = 0; s < slots; s++) {
      double value = vital == Readings.TEMPERATURE ? SLOT_MIN[vital] + s / 10.0 : SLOT_MIN[vital] + s;
      table[s] = meta.finding(new Evidence(TrendRule.SUBJECTS[vital], Readings.text(value, vital), c.op().symbol(),
          thresholdText));
    }
    return table;
  }

  /** Up to 2^10 combinations are tabled; a bigger group builds its evidence when it fires. */
  static Finding @Nullable [] perCombination(RuleMeta meta, Symptom[] codes,
      int atLeast, String groupText) {
    if (codes.length > 10) {
      return null;
    }
    Finding[] table = new Finding[1 << codes.length];
    for (int mask = 0; mask < table.length; mask++) {
      if (Integer.bitCount(mask) >= atLeast) {
        Set<Symptom> present = new HashSet<>();
        for (int k = 0; k < codes.length; k++) {
          if ((mask & (1 << k)) != 0) {
            present.add(codes[k]);
          }
        }
        table[mask] = meta.finding(symptomEvidence(codes, present, atLeast, groupText));
      }
    }
    return table;
  }

  static Evidence symptomEvidence(Symptom[] codes, Set<Symptom> symptoms, int atLeast, String group) {
    StringBuilder seen = new StringBuilder();
    for (Symptom code : codes) {
      if (symptoms.contains(code)) {
        if (seen.length() > 0) {
          seen.append(", ");
        }
        seen.append(code.code());
      }
    }
    if (codes.length == 1) {
      return new Evidence("symptoms", seen.toString(), "present", group);
    }
    return new Evidence("symptoms", seen.toString(), "at least " + atLeast + " of", group);
  }}
