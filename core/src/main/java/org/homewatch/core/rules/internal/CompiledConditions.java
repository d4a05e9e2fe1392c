package org.homewatch.core.rules.internal;

import java.util.List;
import org.homewatch.core.rules.CaseFacts;
import org.homewatch.model.Declaration;
import org.homewatch.model.Finding;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a rule set that share one condition type, compiled together: the one shape {@link Evaluator} runs
 * and {@link ColumnScreen} screens, whatever the type. A type's rules are compiled as a group because they share
 * work (the vital rules read each measurement once, the symptom groups look each declared code up once) and
 * because one class per loop lets the JIT inline the loop's calls.
 *
 * <p>Adding a condition type is one implementation of this interface (or a {@link TrendRule} subclass, for a rule
 * over history), one line in {@link ConditionTypes}, and the type's JSON reading, writing and checks. Instances are
 * immutable and shared by every thread that assesses with the rule set.
 */
interface CompiledConditions {
  /** The rules, in the definition's order: "rule k" below is {@code rules().get(k)}. */
  List<RuleMeta> rules();

  /** How far back in the case's history these rules read, in seconds; 0 when they read only the declaration. */
  default long historySeconds() {
    return 0;
  }

  /**
   * False when none of the rules that apply to {@code band} can fire for {@code current} whatever the history
   * (asked only of rules that read history: core then skips loading it).
   */
  default boolean couldFire(Declaration current, int band) {
    return historySeconds() > 0;
  }

  /**
   * Adds the findings of the rules that apply to {@code band} and hold for the declaration to {@code found} (see
   * {@link Evaluator#add}), before the risk modifier, in rule order. Allocates only the findings it adds.
   */
  @Nullable Object evaluate(Declaration current, CaseFacts facts, int band, List<Declaration> history,
      @Nullable Object found);

  /** The column form of these rules, or null when they are not screened (they need history). */
  default @Nullable Screened screened() {
    return null;
  }

  /**
   * Rules that judge {@link Columns} block by block, without the declarations: a screened rule must give, for
   * every row, what {@link #evaluate} gives with no history.
   */
  interface Screened {
    /** A pass over one batch of columns, with its own scratch space; used by one thread, block after block. */
    Pass over(Columns columns);

    /** The finding of {@code rule} for a row where it fired, as {@link #evaluate} makes it. */
    Finding finding(Columns columns, int row, int rule, int band);
  }

  /** Screens one block of rows. */
  interface Pass {
    /**
     * For rows {@code from .. from + len - 1} of the columns (block row i = row {@code from + i}, of age band
     * {@code band[i]}), sets bit {@code firstBit + k} of the row's fired words when rule k holds: word w of block
     * row i is {@code acc[w * ColumnScreen.BLOCK + i]}. Which rules apply to the row's band is masked afterwards.
     */
    void screen(int from, int len, byte[] band, int firstBit, int[] acc);
  }
}
