package org.homewatch.core.rules.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The compiled forms of a comparison (the split point over reals, the whole-number split with its flip mask) are
 * what the evaluator, the trend rules and the column screen run; each must agree with the operator as written.
 */
class ComparisonTest {
  /** The operator as a province writes it, spelled out independently of {@link Comparison}'s split points. */
  private static boolean written(Comparison op, double value, double threshold) {
    int order = Double.compare(value, threshold);
    return op.upward() ? order > 0 || (op.inclusive() && order == 0) : order < 0 || (op.inclusive() && order == 0);
  }

  @Test
  @DisplayName("the split point over real numbers answers every comparison as written, thresholds in tenths")
  void realSplit() {
    qt().withExamples(3000).forAll(integers().between(0, 3), integers().between(250, 460),
        integers().between(250, 460)).checkAssert((o, t, v) -> {
          Comparison op = Comparison.values()[o];
          double threshold = t / 10.0;
          double value = v / 10.0;
          assertEquals(written(op, value, threshold), op.test(value, threshold), op.symbol() + " " + threshold
              + " at " + value);
          assertEquals(written(op, value, threshold), op.meetsSplit(value, op.split(threshold)));
          // the neighbouring doubles decide the inclusive/exclusive edge
          double above = Math.nextUp(threshold);
          double below = Math.nextDown(threshold);
          assertEquals(written(op, above, threshold), op.test(above, threshold));
          assertEquals(written(op, below, threshold), op.test(below, threshold));
        });
  }

  @Test
  @DisplayName("the whole-number split and flip mask fire exactly for the whole readings that meet the threshold")
  void wholeNumberSplit() {
    qt().withExamples(3000).forAll(integers().between(0, 3), integers().between(400, 2600),
        integers().between(0, 300)).checkAssert((o, t, v) -> {
          Comparison op = Comparison.values()[o];
          double threshold = t / 10.0; // whole and fractional thresholds alike
          long split = op.wholeNumberSplit(threshold);
          boolean branchFree = (((v - split) ^ op.flip()) >= 0);
          assertEquals(written(op, v, threshold), branchFree, v + " " + op.symbol() + " " + threshold);
        });
  }

  @Test
  @DisplayName("a missing reading (NaN) meets no comparison, and a band without a threshold (NaN) fires nothing")
  void nanNeverFires() {
    for (Comparison op : Comparison.values()) {
      assertFalse(op.test(Double.NaN, 96));
      assertFalse(op.test(96, Double.NaN));
      assertFalse(op.meetsSplit(96, op.split(Double.NaN)));
    }
  }
}
