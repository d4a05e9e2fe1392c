package org.homewatch.core.rules.internal;

import java.time.Instant;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.homewatch.core.rules.definition.Vital;
import org.homewatch.model.BirthDate;
import org.homewatch.model.Vitals;

/** Allocation-free access to measurements, days and ages: the evaluator's hot path uses nothing else. */
final class Readings {
  static final int TEMPERATURE = 0, SPO2 = 1, RESPIRATORY_RATE = 2, PULSE = 3, SYSTOLIC = 4, DIASTOLIC = 5;

  private Readings() {}

  static int index(Vital v) {
    return switch (v) {
      case TEMPERATURE -> TEMPERATURE;
      case SPO2 -> SPO2;
      case RESPIRATORY_RATE -> RESPIRATORY_RATE;
      case PULSE -> PULSE;
      case SYSTOLIC -> SYSTOLIC;
      case DIASTOLIC -> DIASTOLIC;
    };
  }

  /** The measurement, or NaN when the declaration does not carry it. */
  static double read(Vitals v, int vital) {
    switch (vital) {
      case TEMPERATURE: {
        OptionalDouble t = v.temperatureCelsius();
        return t.isPresent() ? t.getAsDouble() : Double.NaN;
      }
      case SPO2:
        return orNaN(v.spo2Percent());
      case RESPIRATORY_RATE:
        return orNaN(v.respiratoryRatePerMinute());
      case PULSE:
        return orNaN(v.pulsePerMinute());
      case SYSTOLIC:
        return orNaN(v.systolicMmHg());
      default:
        return orNaN(v.diastolicMmHg());
    }
  }

  private static double orNaN(OptionalInt i) {
    return i.isPresent() ? i.getAsInt() : Double.NaN;
  }

  /** The calendar day number (epoch day) of an instant at a fixed offset. */
  static long day(Instant at, int offsetSeconds) {
    return Math.floorDiv(at.getEpochSecond() + offsetSeconds, 86_400L);
  }

  /** Whole years on {@code day}, as {@link BirthDate#ageOn} counts them, without allocating. */
  static int ageYears(BirthDate birth, java.time.LocalDate day) {
    int by;
    int bm;
    int bd;
    if (birth.date().isPresent()) {
      java.time.LocalDate d = birth.date().get();
      by = d.getYear();
      bm = d.getMonthValue();
      bd = d.getDayOfMonth();
    } else {
      by = birth.year().getValue();
      bm = 7;
      bd = 1;
    }
    int age = day.getYear() - by;
    int m = day.getMonthValue();
    if (m < bm || (m == bm && day.getDayOfMonth() < bd)) {
      age--;
    }
    return Math.max(0, age);
  }

  static String text(double value, int vital) {
    return vital == TEMPERATURE ? RuleSetChecks.fmt(Math.round(value * 10) / 10.0) : RuleSetChecks.fmt(value);
  }
}
