package org.homewatch.core.rules.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homewatch.core.rules.CaseFacts;
import org.homewatch.core.rules.definition.AgeBand;
import org.homewatch.core.rules.definition.Comparison;
import org.homewatch.core.rules.definition.Condition;
import org.homewatch.core.rules.definition.RuleDefinition;
import org.homewatch.model.Declaration;
import org.homewatch.model.Finding;
import org.homewatch.model.Vitals;
import org.jspecify.annotations.Nullable;

/**
 * The {@code vital} rules of a set: each threshold compiled, per age band, to its {@link Comparison} split point,
 * so judging a reading is one comparison whatever the operator. A band the rule does not test has a NaN split,
 * which no reading meets.
 */
final class VitalThresholds implements CompiledConditions, CompiledConditions.Screened {
  private final int[] vitalOf;
  private final Comparison[] op;
  /** [rule][band] the split point over real numbers (NaN: the band is not tested). */
  private final double[][] split;
  /** [rule][band] the split point over whole numbers, kept within [0, 2^20] (see {@link #wholeNumberRule}). */
  private final int[][] wholeSplit;
  /** Whether the rule has one threshold for every band it tests (the loop then needs no band lookup). */
  private final boolean[] uniform;
  /** [rule][band] → the finding for each measurable value (slot), made once: firing allocates nothing. */
  private final Finding[][][] findings;
  private final RuleMeta[] meta;

  VitalThresholds(List<RuleDefinition> rules, List<AgeBand> bands) {
    int n = rules.size();
    vitalOf = new int[n];
    op = new Comparison[n];
    split = new double[n][bands.size()];
    wholeSplit = new int[n][bands.size()];
    uniform = new boolean[n];
    findings = new Finding[n][bands.size()][];
    meta = new RuleMeta[n];
    for (int i = 0; i < n; i++) {
      RuleDefinition r = rules.get(i);
      Condition.VitalThreshold c = (Condition.VitalThreshold) r.condition();
      vitalOf[i] = Readings.index(c.vital());
      op[i] = c.op();
      String[] text = new String[bands.size()];
      long mask = 0;
      double only = Double.NaN;
      boolean same = true;
      for (int b = 0; b < bands.size(); b++) {
        String band = bands.get(b).id();
        split[i][b] = Double.NaN;
        if (r.appliesTo(band) && c.thresholdFor(band).isPresent()) {
          double t = c.thresholdFor(band).getAsDouble();
          mask |= 1L << b;
          text[b] = RuleSetChecks.fmt(t);
          split[i][b] = c.op().split(t);
          // readings are whole numbers from -1 (absent) to a few hundred: a split within [0, 2^20] changes no
          // outcome and lets the screen subtract without overflow
          wholeSplit[i][b] = (int) Math.max(0, Math.min(c.op().wholeNumberSplit(t), 1 << 20));
          same &= only != only || only == t;
          only = t;
        }
      }
      uniform[i] = same;
      meta[i] = RuleMeta.of(r, bands).withBandMask(mask);
      Map<String, Finding[]> byThreshold = new HashMap<>();
      for (int b = 0; b < bands.size(); b++) {
        if (text[b] != null) {
          RuleMeta m = meta[i];
          findings[i][b] = byThreshold.computeIfAbsent(text[b], t -> FindingTables.perValue(m, c, t));
        }
      }
    }
  }

  @Override
  public List<RuleMeta> rules() {
    return List.of(meta);
  }

  @Override
  public @Nullable Object evaluate(Declaration current, CaseFacts facts, int band, List<Declaration> history,
      @Nullable Object found) {
    Vitals v = current.vitals();
    double temperature = Readings.read(v, Readings.TEMPERATURE);
    double spo2 = Readings.read(v, Readings.SPO2);
    double respiratory = Readings.read(v, Readings.RESPIRATORY_RATE);
    double pulse = Readings.read(v, Readings.PULSE);
    double systolic = Readings.read(v, Readings.SYSTOLIC);
    double diastolic = Readings.read(v, Readings.DIASTOLIC);
    for (int i = 0; i < vitalOf.length; i++) {
      int vital = vitalOf[i];
      double value = switch (vital) {
        case Readings.TEMPERATURE -> temperature;
        case Readings.SPO2 -> spo2;
        case Readings.RESPIRATORY_RATE -> respiratory;
        case Readings.PULSE -> pulse;
        case Readings.SYSTOLIC -> systolic;
        default -> diastolic;
      };
      if (op[i].meetsSplit(value, split[i][band])) {
        found = Evaluator.add(found, findings[i][band][FindingTables.slot(vital, value)]);
      }
    }
    return found;
  }

  @Override
  public Screened screened() {
    return this;
  }

  @Override
  public Pass over(Columns c) {
    return (from, len, band, firstBit, acc) -> {
      for (int r = 0; r < vitalOf.length; r++) {
        int bit = firstBit + r;
        if (vitalOf[r] == Readings.TEMPERATURE) {
          temperatureRule(r, c.temperatureCelsius, from, len, band, 1 << bit, (bit >>> 5) * ColumnScreen.BLOCK, acc);
        } else {
          wholeNumberRule(r, c.wholeNumbers(vitalOf[r]), from, len, band, 1 << bit, (bit >>> 5) * ColumnScreen.BLOCK,
              acc);
        }
      }
    };
  }

  /**
   * A whole-number reading against the rule's split, without a branch (a quarter of SpO2 readings sit at 96, the
   * threshold: a branch would be mispredicted that often). The sign of {@code (v - split) ^ flip} is clear exactly
   * when the comparison fires ({@link Comparison#flip}); an absent reading is -1 and excluded by its own sign.
   */
  private void wholeNumberRule(int r, int[] column, int from, int len, byte[] band, int bit, int base, int[] acc) {
    if (meta[r].bandMask() == 0) {
      return; // tests no band: never fires
    }
    int flip = op[r].flip();
    int[] byBand = wholeSplit[r];
    if (uniform[r]) {
      int s = byBand[Long.numberOfTrailingZeros(meta[r].bandMask())];
      for (int i = 0; i < len; i++) {
        int v = column[from + i];
        acc[base + i] |= bit & ~((((v - s) ^ flip) >> 31) | (v >> 31));
      }
    } else {
      for (int i = 0; i < len; i++) {
        int v = column[from + i];
        acc[base + i] |= bit & ~((((v - byBand[band[i]]) ^ flip) >> 31) | (v >> 31));
      }
    }
  }

  /** Temperatures are not whole numbers: compared as doubles, where an absent reading (NaN) meets nothing. */
  private void temperatureRule(int r, double[] column, int from, int len, byte[] band, int bit, int base,
      int[] acc) {
    Comparison comparison = op[r];
    double[] byBand = split[r];
    for (int i = 0; i < len; i++) {
      acc[base + i] |= comparison.meetsSplit(column[from + i], byBand[band[i]]) ? bit : 0;
    }
  }

  @Override
  public Finding finding(Columns c, int row, int rule, int band) {
    int vital = vitalOf[rule];
    return findings[rule][band][FindingTables.slot(vital, c.reading(vital, row))];
  }
}
