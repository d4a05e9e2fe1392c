package org.homewatch.core.rules.definition;

import java.util.Optional;

/** How a measurement is compared with a threshold. */
public enum Comparison {
  LESS("<"),
  LESS_OR_EQUAL("<="),
  GREATER(">"),
  GREATER_OR_EQUAL(">=");

  private final String symbol;

  Comparison(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  public boolean test(double value, double threshold) {
    return switch (this) {
      case LESS -> value < threshold;
      case LESS_OR_EQUAL -> value <= threshold;
      case GREATER -> value > threshold;
      case GREATER_OR_EQUAL -> value >= threshold;
    };
  }

  /** True when higher values are the worrying side ({@code >}, {@code >=}). */
  public boolean upward() {
    return this == GREATER || this == GREATER_OR_EQUAL;
  }

  public boolean inclusive() {
    return this == LESS_OR_EQUAL || this == GREATER_OR_EQUAL;
  }

  public static Optional<Comparison> fromSymbol(String symbol) {
    for (Comparison c : values()) {
      if (c.symbol.equals(symbol)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
