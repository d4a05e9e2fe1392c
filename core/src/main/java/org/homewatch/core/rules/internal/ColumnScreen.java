package org.homewatch.core.rules.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.homewatch.model.AlertKind;
import org.homewatch.model.Finding;
import org.homewatch.model.Severity;

/**
 * The rules of one {@link Evaluator} that read a single declaration (the condition types that are
 * {@link CompiledConditions.Screened}: thresholds, symptom groups, distance from home), and the risk modifier on
 * top, applied to {@link Columns} one rule at a time over blocks of rows, the way column stores evaluate
 * predicates: each pass reads one column, compares it with one split point and sets one bit, in a branch-free loop
 * over ints that the JIT turns into vector instructions. Trend rules need history and are not screened; an empty
 * history never fires them either, so {@link #findings} equals {@link Evaluator#assess}'s with no history, finding
 * for finding.
 *
 * <p>Each rule is one bit of a row's {@link #words()} ints, by condition type in the evaluator's order, each type's
 * rules in definition order (the order {@code assess} lists findings in). Immutable; each call allocates
 * its own scratch space, so any number of threads may screen at once.
 */
public final class ColumnScreen {
  /** Rows per block: the block's scratch arrays stay in the second-level cache. */
  static final int BLOCK = 2048;
  private static final int NORMAL = Severity.NORMAL.ordinal(), WATCH = Severity.WATCH.ordinal(),
      ABNORMAL = Severity.ABNORMAL.ordinal(), EMERGENCY = Severity.EMERGENCY.ordinal();

  private final Evaluator e;
  /** The condition types that screen, in the evaluator's order... */
  private final CompiledConditions.Screened[] screened;
  /** ...the first rule bit of each... */
  private final int[] firstBit;
  /** ...and how many rules each has. */
  private final int[] count;
  private final int rules;
  private final int words;

  /** [band * words + w] the rules that apply to a band (a vital rule only where it has a threshold). */
  private final int[] applicable;
  /** [severity * words + w] the rules whose finding has that severity, for a person not at risk... */
  private final int[] severityMask;
  /** ...and for a person the risk modifier raises. */
  private final int[] severityMaskAtRisk;

  ColumnScreen(Evaluator e, int bands) {
    this.e = e;
    List<CompiledConditions> types = new ArrayList<>();
    for (CompiledConditions c : e.conditions) {
      if (c.screened() != null) {
        types.add(c);
      }
    }
    screened = new CompiledConditions.Screened[types.size()];
    firstBit = new int[types.size()];
    count = new int[types.size()];
    int bit = 0;
    for (int t = 0; t < types.size(); t++) {
      screened[t] = types.get(t).screened();
      firstBit[t] = bit;
      count[t] = types.get(t).rules().size();
      bit += count[t];
    }
    rules = bit;
    words = Math.max(1, (rules + 31) >>> 5);
    applicable = new int[bands * words];
    severityMask = new int[Severity.values().length * words];
    severityMaskAtRisk = new int[Severity.values().length * words];
    for (int t = 0; t < types.size(); t++) {
      for (int k = 0; k < count[t]; k++) {
        int r = firstBit[t] + k;
        RuleMeta meta = types.get(t).rules().get(k);
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
    }
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
    CompiledConditions.Pass[] passes = new CompiledConditions.Pass[screened.length];
    for (int t = 0; t < screened.length; t++) {
      passes[t] = screened[t].over(c);
    }
    // the rules fired in the block, word w of row i at [w * BLOCK + i]: unit stride for every rule's loop
    int[] acc = new int[words * BLOCK];
    byte[] band = new byte[BLOCK];
    boolean[] atRisk = new boolean[BLOCK];
    for (int from = 0; from < n; from += BLOCK) {
      int len = Math.min(n - from, BLOCK);
      Arrays.fill(acc, 0);
      for (int i = 0; i < len; i++) {
        int age = c.ageYears[from + i];
        band[i] = (byte) e.bandOf(age);
        atRisk[i] = e.atRisk(age, c.riskFactors[from + i]);
      }
      for (int t = 0; t < passes.length; t++) {
        passes[t].screen(from, len, band, firstBit[t], acc);
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
    for (int t = 0; t < screened.length; t++) {
      for (int k = 0; k < count[t]; k++) {
        if (isSet(fired, base, firstBit[t] + k)) {
          out.add(screened[t].finding(c, row, k, band));
        }
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

  @Override
  public String toString() {
    return "ColumnScreen[" + rules + " rules]";
  }
}
