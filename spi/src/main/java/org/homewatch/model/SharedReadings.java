package org.homewatch.model;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Shared instances of the measurements people actually send, as {@link Integer#valueOf} shares small integers.
 * A declaration's six optional measurements would otherwise be six small objects of their own: interned, a
 * million stored declarations carry none, and the rules read the same few hot objects instead of scattered ones.
 */
final class SharedReadings {
  /** Every whole-number measurement a {@link Vitals} accepts (the largest is a systolic pressure of 260). */
  private static final OptionalInt[] WHOLE = new OptionalInt[Vitals.MAX_SYSTOLIC + 1];
  /** Temperatures in tenths of a degree, 30.0–45.0 °C, as thermometers show them. */
  private static final long LOWEST_TENTHS = Math.round(Vitals.MIN_TEMPERATURE * 10);
  private static final OptionalDouble[] TENTHS =
      new OptionalDouble[(int) Math.round((Vitals.MAX_TEMPERATURE - Vitals.MIN_TEMPERATURE) * 10) + 1];

  static {
    for (int i = 0; i < WHOLE.length; i++) {
      WHOLE[i] = OptionalInt.of(i);
    }
    for (int i = 0; i < TENTHS.length; i++) {
      TENTHS[i] = OptionalDouble.of((LOWEST_TENTHS + i) / 10.0);
    }
  }

  private SharedReadings() {}

  static OptionalInt of(OptionalInt value) {
    if (value.isPresent()) {
      int v = value.getAsInt();
      if (v >= 0 && v < WHOLE.length) {
        return WHOLE[v];
      }
    }
    return value;
  }

  static OptionalDouble of(OptionalDouble value) {
    if (value.isPresent()) {
      double v = value.getAsDouble();
      long tenths = Math.round(v * 10) - LOWEST_TENTHS;
      // only a value that is exactly its tenth (37.5, not 37.55) is shared: interning never changes a reading
      if (tenths >= 0 && tenths < TENTHS.length && TENTHS[(int) tenths].getAsDouble() == v) {
        return TENTHS[(int) tenths];
      }
    }
    return value;
  }
}
