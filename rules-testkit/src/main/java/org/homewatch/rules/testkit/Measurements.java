package org.homewatch.rules.testkit;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.homewatch.core.rules.definition.Vital;
import org.homewatch.model.Vitals;

/** Reading and setting one measurement of a {@link Vitals} by {@link Vital}. */
final class Measurements {
  private Measurements() {}

  static OptionalDouble get(Vitals v, Vital vital) {
    return switch (vital) {
      case TEMPERATURE -> v.temperatureCelsius();
      case SPO2 -> toDouble(v.spo2Percent());
      case RESPIRATORY_RATE -> toDouble(v.respiratoryRatePerMinute());
      case PULSE -> toDouble(v.pulsePerMinute());
      case SYSTOLIC -> toDouble(v.systolicMmHg());
      case DIASTOLIC -> toDouble(v.diastolicMmHg());
    };
  }

  private static OptionalDouble toDouble(OptionalInt i) {
    return i.isPresent() ? OptionalDouble.of(i.getAsInt()) : OptionalDouble.empty();
  }

  /** A copy with one measurement replaced; the caller keeps diastolic below systolic. */
  static Vitals with(Vitals v, Vital vital, double value) {
    OptionalDouble t = v.temperatureCelsius();
    OptionalInt s = v.spo2Percent();
    OptionalInt r = v.respiratoryRatePerMinute();
    OptionalInt p = v.pulsePerMinute();
    OptionalInt sys = v.systolicMmHg();
    OptionalInt dia = v.diastolicMmHg();
    int i = (int) Math.round(value);
    switch (vital) {
      case TEMPERATURE -> t = OptionalDouble.of(Math.round(value * 10) / 10.0);
      case SPO2 -> s = OptionalInt.of(i);
      case RESPIRATORY_RATE -> r = OptionalInt.of(i);
      case PULSE -> p = OptionalInt.of(i);
      case SYSTOLIC -> sys = OptionalInt.of(i);
      case DIASTOLIC -> dia = OptionalInt.of(i);
    }
    return new Vitals(t, s, r, p, sys, dia);
  }

  static Vitals only(Vital vital, double value) {
    return with(Vitals.NONE, vital, value);
  }

  static boolean valid(Vital vital, double value, Vitals others) {
    if (value < vital.min() || value > vital.max()) {
      return false;
    }
    if (vital == Vital.DIASTOLIC && others.systolicMmHg().isPresent()) {
      return value < others.systolicMmHg().getAsInt();
    }
    if (vital == Vital.SYSTOLIC && others.diastolicMmHg().isPresent()) {
      return value > others.diastolicMmHg().getAsInt();
    }
    return true;
  }

  static String text(Vital vital, double value) {
    return vital.integral() ? Long.toString(Math.round(value)) : Double.toString(Math.round(value * 10) / 10.0);
  }
}
