package org.homewatch.core.rules.definition;

import java.util.Optional;

/**
 * How a measurement is compared with a threshold, and the only place that says so: the evaluator, the trend rules
 * and the column screen all use the split point this enum computes, never the operator itself.
 *
 * <p>Every comparison cuts the number line at a <em>split point</em>: a value fires an {@link #upward()}
 * comparison when it is at least the split, a downward one when it is below it. For real numbers the split of
 * {@code < t} and {@code >= t} is {@code t}, and of {@code <= t} and {@code > t} the next double above {@code t};
 * for whole numbers (every vital but temperature) it is {@code ceil(t)} and {@code floor(t) + 1}. Compiling a
 * threshold to its split once leaves one comparison per reading, in a form a vectorised loop can use without a
 * branch ({@link #wholeNumberSplit}, {@link #flip}).
 */
public enum Comparison {
  /** {@code <}: fires below the threshold. */
  LESS("<", false, false),
  /** {@code <=}: fires at or below the threshold. */
  LESS_OR_EQUAL("<=", false, true),
  /** {@code >}: fires above the threshold. */
  GREATER(">", true, false),
  /** {@code >=}: fires at or above the threshold. */
  GREATER_OR_EQUAL(">=", true, true);

  private final String symbol;
  private final boolean upward;
  private final boolean inclusive;

  Comparison(String symbol, boolean upward, boolean inclusive) {
    this.symbol = symbol;
    this.upward = upward;
    this.inclusive = inclusive;
  }

  /**
   * The operator as JSON writes it, e.g. {@code <=}.
   *
   * @return the symbol
   */
  public String symbol() {
    return symbol;
  }

  /**
   * Whether {@code value op threshold} holds; a missing reading (NaN) meets no comparison.
   *
   * @param value the reading, NaN when missing
   * @param threshold the rule's threshold
   * @return true if the comparison holds
   */
  public boolean test(double value, double threshold) {
    return meetsSplit(value, split(threshold));
  }

  /**
   * The split point of {@code op threshold} over real numbers: {@link #meetsSplit} with it answers {@link #test}
   * for every value. NaN (a band the rule does not test) stays NaN, which nothing meets.
   *
   * @param threshold the rule's threshold, or NaN
   * @return the split point
   */
  public double split(double threshold) {
    return upward == inclusive ? threshold : Math.nextUp(threshold);
  }

  /**
   * Whether a value fires this comparison compiled to {@code split}; NaN on either side never does.
   *
   * @param value the reading, NaN when missing
   * @param split a split point from {@link #split}
   * @return true if the comparison fires
   */
  public boolean meetsSplit(double value, double split) {
    return upward ? value >= split : value < split;
  }

  /**
   * The split point of {@code op threshold} over whole numbers: a whole {@code v} meets the comparison exactly
   * when {@code ((v - split) ^ flip()) >= 0}, i.e. {@code v >= split} upward and {@code v < split} downward.
   *
   * @param threshold the rule's threshold
   * @return the split point for whole readings
   */
  public long wholeNumberSplit(double threshold) {
    return upward == inclusive ? (long) Math.ceil(threshold) : (long) Math.floor(threshold) + 1;
  }

  /**
   * 0 for an upward comparison, all ones for a downward one: XOR-ed into {@code v - split}, it makes the sign bit
   * clear exactly when the comparison fires, so a loop sets its bit with {@code ~(((v - split) ^ flip) >> 31)}.
   *
   * @return 0 or -1
   */
  public int flip() {
    return upward ? 0 : -1;
  }

  /**
   * True when higher values are the worrying side ({@code >}, {@code >=}).
   *
   * @return true for {@code >} and {@code >=}
   */
  public boolean upward() {
    return upward;
  }

  /**
   * Whether the threshold itself fires the comparison ({@code <=}, {@code >=}).
   *
   * @return true for the inclusive operators
   */
  public boolean inclusive() {
    return inclusive;
  }

  /**
   * The comparison JSON writes as {@code symbol}.
   *
   * @param symbol {@code <}, {@code <=}, {@code >} or {@code >=}
   * @return the comparison, or empty for another text
   */
  public static Optional<Comparison> fromSymbol(String symbol) {
    for (Comparison c : values()) {
      if (c.symbol.equals(symbol)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
