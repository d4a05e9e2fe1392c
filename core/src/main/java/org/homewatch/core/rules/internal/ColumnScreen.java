package org.homewatch.core.rules.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.homewatch.model.AlertKind;
import org.homewatch.model.Finding;
import org.homewatch.model.Severity;
import org.homewatch.model.Symptom;

/**
 * The rules of one {@link Evaluator} that read a single declaration (thresholds, symptom groups, distance from
 * home, the risk modifier), applied to {@link Columns} one rule at a time over blocks of rows, the way column
 * stores evaluate predicates: each pass reads one column, compares it with one limit and sets one bit, in a
 * branch-free loop over ints that the JIT turns into vector instructions. Trend rules need history and are not
 * screened; an empty history never fires them either, so {@link #findings} equals {@link Evaluator#assess}'s
 * with no history, finding for finding.
 *
 * <p>Each rule is one bit of a row's {@link #words()} ints: vital rules first, then symptom groups, then distance
 * rules, each in definition order (the order {@code assess} lists findings in). Immutable; each call allocates
 * its own scratch space, so any number of threads may screen at once.
 */
public final class ColumnScreen {
  /** Rows per block: the block's scratch arrays stay in the second-level cache. */
  private static final int BLOCK = 2048;
  private static final int NORMAL = Severity.NORMAL.ordinal(), WATCH = Severity.WATCH.ordinal(),
      ABNORMAL = Severity.ABNORMAL.ordinal(), EMERGENCY = Severity.EMERGENCY.ordinal();

  private final Evaluator e;
  private final int vitals;
  private final int groups;
  private final int distances;
  private final int words;

  /** For whole-number vitals: true if the rule fires when the value is at most {@code limit}, else at least. */
  private final boolean[] atMost;
  /** [rule][band] the whole-number limit equivalent to the rule's threshold and operator. */
  private final int[][] limit;
  /** Whether the rule has one threshold for every band it applies to (the loop then needs no band lookup)... */
  private final boolean[] uniform;
  /** ...and then its limit. */
  private final int[] uniformLimit;
  /** [band * words + w] the rules that apply to a band (a vital rule only where it has a threshold). */
  private final int[] applicable;
  /** [severity * words + w] the rules whose finding has that severity, for a person not at risk... */
  private final int[] severityMask;
  /** ...and for a person the risk modifier raises. */
  private final int[] severityMaskAtRisk;

  ColumnScreen(Evaluator e, int bands) {
    this.e = e;
    vitals = e.vitalOf.length;
    groups = e.symptomGroups.size();
    distances = e.distanceMeters.length;
    int rules = vitals + groups + distances;
    words = Math.max(1, (rules + 31) >>> 5);
    atMost = new boolean[vitals];
    limit = new int[vitals][bands];
    uniform = new boolean[vitals];
    uniformLimit = new int[vitals];
    applicable = new int[bands * words];
    severityMask = new int[Severity.values().length * words];
    severityMaskAtRisk = new int[Severity.values().length * words];
    for (int r = 0; r < rules; r++) {
      RuleMeta meta = metaOf(r);
      for (int b = 0; b < bands; b++) {
        if (meta.appliesTo(b)) {
          applicable[b * words + (r >>> 5)] |= 1 << r;
        }
      }
      Severity raised = meta.kind() == AlertKind.HEALTH && e.hasModifier
          ? meta.severity().raisedBy(e.riskRaiseBy, e.riskCap) : meta.severity();
      severityMask[meta.severity().ordinal() * words + (r >>> 5)] |= 1 << r;
      severityMaskAtRisk[raised.ordinal() * words + (r >>> 5)] |= 1 << r;
    }
    for (int r = 0; r < vitals; r++) {
      int op = e.vitalOp[r];
      atMost[r] = op <= 1;
      double only = Double.NaN;
      boolean same = true;
      for (int b = 0; b < bands; b++) {
        double t = e.vitalThreshold[r][b];
        if (t != t) {
          continue;
        }
        same &= only != only || only == t;
        only = t;
        // a whole number v meets "v < t" exactly when v <= ceil(t) - 1, and so on for the other three
        long l = switch (op) {
          case 0 -> (long) Math.ceil(t) - 1;
          case 1 -> (long) Math.floor(t);
          case 2 -> (long) Math.floor(t) + 1;
          default -> (long) Math.ceil(t);
        };
        // readings are whole numbers from -1 (absent) to a few hundred: keeping limits within [-1, 2^20] changes
        // no outcome and lets the comparisons subtract without overflow
        limit[r][b] = (int) Math.max(atMost[r] ? -1 : 0, Math.min(l, 1 << 20));
        uniformLimit[r] = limit[r][b];
      }
      uniform[r] = same;
    }
  }

  private RuleMeta metaOf(int rule) {
    if (rule < vitals) {
      return e.vitalMeta[rule];
    }
    if (rule < vitals + groups) {
      return e.symptomGroups.meta(rule - vitals);
    }
    return e.distanceMeta[rule - vitals - groups];
  }

  /** How many ints each row's fired rules take. */
  public int words() {
    return words;
  }

  /**
   * Screens every row: {@code severity[row]} gets the ordinal of the row's worst finding (after the risk
   * modifier), {@code fired[row * words() + w]} the rules that fired.
   */
  public void screen(Columns c, byte[] severity, int[] fired) {
    int n = c.size;
    if (severity.length < n || fired.length < (long) n * words) {
      throw new IllegalArgumentException("output arrays too small for " + n + " rows");
    }
    long[] groupMask = new long[groups];
    for (int g = 0; g < groups; g++) {
      for (Symptom code : e.symptomGroups.codes(g)) {
        groupMask[g] |= c.symptomBit(code);
      }
    }
    // the rules fired in the block, word w of row i at [w * BLOCK + i]: unit stride for every rule's loop
    int[] acc = new int[words * BLOCK];
    byte[] band = new byte[BLOCK];
    boolean[] atRisk = new boolean[BLOCK];
    long[] present = new long[BLOCK];
    int[] selected = new int[BLOCK];
    for (int from = 0; from < n; from += BLOCK) {
      int len = Math.min(n - from, BLOCK);
      Arrays.fill(acc, 0);
      for (int i = 0; i < len; i++) {
        int age = c.ageYears[from + i];
        band[i] = (byte) e.bandOf(age);
        atRisk[i] = e.atRisk(age, c.riskFactors[from + i]);
      }
      for (int r = 0; r < vitals; r++) {
        if (e.vitalOf[r] == Readings.TEMPERATURE) {
          temperatureRule(r, c.temperatureCelsius, from, len, band, acc);
        } else {
          wholeNumberRule(r, c.wholeNumbers(e.vitalOf[r]), from, len, band, acc);
        }
      }
      symptomGroups(c, groupMask, from, len, present, selected, acc);
      for (int d = 0; d < distances; d++) {
        int bit = vitals + groups + d;
        distanceRule(e.distanceMeters[d], c, from, len, 1 << bit, (bit >>> 5) * BLOCK, acc);
      }
      if (words == 1) {
        finishOneWord(acc, band, atRisk, from, len, severity, fired);
      } else {
        for (int i = 0; i < len; i++) {
          severity[from + i] = (byte) worst(acc, i, band[i], atRisk[i], fired, from + i);
        }
      }
    }
  }

  /**
   * A whole-number reading against its limit, without a branch (a quarter of SpO2 readings sit at 96, the limit:
   * a branch would be mispredicted that often). An absent reading is -1: never at least a limit (limits are at
   * least 0 there) and excluded explicitly from "at most".
   */
  private void wholeNumberRule(int r, int[] column, int from, int len, byte[] band, int[] acc) {
    int bit = 1 << r;
    int base = (r >>> 5) * BLOCK;
    int[] byBand = limit[r];
    if (uniform[r]) {
      int l = uniformLimit[r];
      if (atMost[r]) {
        for (int i = 0; i < len; i++) {
          int v = column[from + i];
          // (l - v) >> 31 is all ones when v > l, v >> 31 when v is absent
          acc[base + i] |= bit & ~(((l - v) >> 31) | (v >> 31));
        }
      } else {
        for (int i = 0; i < len; i++) {
          // (v - l) >> 31 is all ones when v < l
          acc[base + i] |= bit & ~((column[from + i] - l) >> 31);
        }
      }
    } else if (atMost[r]) {
      for (int i = 0; i < len; i++) {
        int v = column[from + i];
        acc[base + i] |= bit & ~(((byBand[band[i]] - v) >> 31) | (v >> 31));
      }
    } else {
      for (int i = 0; i < len; i++) {
        acc[base + i] |= bit & ~((column[from + i] - byBand[band[i]]) >> 31);
      }
    }
  }

  /** Temperatures are not whole numbers: compared as doubles, where an absent reading (NaN) meets nothing. */
  private void temperatureRule(int r, double[] column, int from, int len, byte[] band, int[] acc) {
    int bit = 1 << r;
    int base = (r >>> 5) * BLOCK;
    double[] byBand = e.vitalThreshold[r];
    int op = e.vitalOp[r];
    for (int i = 0; i < len; i++) {
      double v = column[from + i];
      double t = byBand[band[i]];
      boolean fires = switch (op) {
        case 0 -> v < t;
        case 1 -> v <= t;
        case 2 -> v > t;
        default -> v >= t;
      };
      acc[base + i] |= fires ? bit : 0;
    }
  }

  /** Most rows declare no symptom: list the rows that do once, and test the groups on those alone. */
  private void symptomGroups(Columns c, long[] groupMask, int from, int len, long[] present, int[] selected,
      int[] acc) {
    int withSymptoms = 0;
    for (int i = 0; i < len; i++) {
      long p = c.symptoms[from + i];
      present[withSymptoms] = p;
      selected[withSymptoms] = i;
      withSymptoms += p != 0 ? 1 : 0;
    }
    for (int g = 0; g < groups && withSymptoms > 0; g++) {
      long mask = groupMask[g];
      if (mask == 0) {
        continue;
      }
      int atLeast = e.symptomGroups.atLeast(g);
      int bit = 1 << (vitals + g);
      int base = ((vitals + g) >>> 5) * BLOCK;
      for (int j = 0; j < withSymptoms; j++) {
        long p = present[j] & mask;
        if (atLeast == 1 ? p != 0 : Long.bitCount(p) >= atLeast) {
          acc[base + selected[j]] |= bit;
        }
      }
    }
  }

  /** Distance minus the fix's accuracy against the rule; NaN (no location, or no home) exceeds nothing. */
  private static void distanceRule(double meters, Columns c, int from, int len, int bit, int base, int[] acc) {
    double[] distance = c.distanceFromHomeMeters;
    double[] accuracy = c.accuracyMeters;
    for (int i = 0; i < len; i++) {
      acc[base + i] |= distance[from + i] - accuracy[from + i] > meters ? bit : 0;
    }
  }

  /**
   * Up to 32 rules, the usual case: one int per row, and the severity is three mask tests combined without a
   * branch (a quarter of rows fire something, too many for the branch predictor).
   */
  private void finishOneWord(int[] acc, byte[] band, boolean[] atRisk, int from, int len, byte[] severity,
      int[] fired) {
    int watch = severityMask[WATCH], abnormal = severityMask[ABNORMAL], emergency = severityMask[EMERGENCY];
    int watchAtRisk = severityMaskAtRisk[WATCH], abnormalAtRisk = severityMaskAtRisk[ABNORMAL];
    int emergencyAtRisk = severityMaskAtRisk[EMERGENCY];
    for (int i = 0; i < len; i++) {
      int f = acc[i] & applicable[band[i]];
      fired[from + i] = f;
      boolean raised = atRisk[i];
      int worst = Math.max(EMERGENCY * nonZero(f & (raised ? emergencyAtRisk : emergency)),
          Math.max(ABNORMAL * nonZero(f & (raised ? abnormalAtRisk : abnormal)),
              WATCH * nonZero(f & (raised ? watchAtRisk : watch))));
      severity[from + i] = (byte) worst;
    }
  }

  /** 1 if x has any bit set, else 0. */
  private static int nonZero(int x) {
    return (x | -x) >>> 31;
  }

  private int worst(int[] acc, int i, int band, boolean atRisk, int[] fired, int row) {
    int any = 0;
    for (int w = 0; w < words; w++) {
      int f = acc[w * BLOCK + i] & applicable[band * words + w];
      fired[row * words + w] = f;
      any |= f;
    }
    if (any == 0) {
      return NORMAL;
    }
    int[] masks = atRisk ? severityMaskAtRisk : severityMask;
    for (int s = EMERGENCY; s > NORMAL; s--) {
      for (int w = 0; w < words; w++) {
        if ((fired[row * words + w] & masks[s * words + w]) != 0) {
          return s;
        }
      }
    }
    return NORMAL;
  }

  /**
   * The findings of a screened row, as {@link Evaluator#assess} makes them with no history: the same instances
   * where it shares them, the same evidence, the risk modifier applied.
   */
  public List<Finding> findings(Columns c, int row, int[] fired) {
    int base = row * words;
    int age = c.ageYears(row);
    int band = e.bandOf(age);
    List<Finding> out = new ArrayList<>(2);
    for (int r = 0; r < vitals; r++) {
      if (isSet(fired, base, r)) {
        int vital = e.vitalOf[r];
        out.add(e.vitalFindings[r][band][FindingTables.slot(vital, c.reading(vital, row))]);
      }
    }
    for (int g = 0; g < groups; g++) {
      if (isSet(fired, base, vitals + g)) {
        Symptom[] codes = e.symptomGroups.codes(g);
        long present = c.symptomBits(row);
        int local = 0;
        for (int k = 0; k < codes.length; k++) {
          if ((present & c.symptomBit(codes[k])) != 0) {
            local |= 1 << (k & 31);
          }
        }
        out.add(e.symptomGroups.finding(g, local, e.symptomGroups.tabled(g) ? Set.of() : declared(c, present)));
      }
    }
    for (int d = 0; d < distances; d++) {
      if (isSet(fired, base, vitals + groups + d)) {
        out.add(e.offSite(d, c.distanceFromHomeMeters(row), c.accuracyMeters(row)));
      }
    }
    int risks = c.riskFactorBits(row);
    if (e.atRisk(age, risks)) {
      out.replaceAll(f -> e.raised(f, age, risks));
    }
    return List.copyOf(out);
  }

  private static boolean isSet(int[] fired, int base, int rule) {
    return (fired[base + (rule >>> 5)] & (1 << rule)) != 0;
  }

  private static Set<Symptom> declared(Columns c, long present) {
    Set<Symptom> out = new HashSet<>();
    List<Symptom> codes = c.symptomCodes();
    for (int k = 0; k < codes.size(); k++) {
      if ((present & (1L << k)) != 0) {
        out.add(codes.get(k));
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "ColumnScreen[" + (vitals + groups + distances) + " rules]";
  }
}
