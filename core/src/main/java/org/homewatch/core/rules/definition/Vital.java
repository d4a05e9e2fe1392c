package org.homewatch.core.rules.definition;

import java.util.Optional;
import org.homewatch.model.Vitals;

/**
 * A measurement a threshold can test. The JSON name is the field name of {@link Vitals}; the plausible range is
 * the one {@link Vitals} accepts as input, so a threshold outside it could never fire (or always would).
 */
public enum Vital {
  /** Body temperature, in °C, to 0.1 °C. */
  TEMPERATURE("temperatureCelsius", Vitals.MIN_TEMPERATURE, Vitals.MAX_TEMPERATURE, 0.1, 36.8),
  /** Oxygen saturation, in whole %. */
  SPO2("spo2Percent", Vitals.MIN_SPO2, Vitals.MAX_SPO2, 1, 98),
  /** Breaths per minute. */
  RESPIRATORY_RATE("respiratoryRatePerMinute", Vitals.MIN_RESPIRATORY_RATE, Vitals.MAX_RESPIRATORY_RATE, 1, 16),
  /** Heart beats per minute. */
  PULSE("pulsePerMinute", Vitals.MIN_PULSE, Vitals.MAX_PULSE, 1, 80),
  /** Systolic blood pressure, in mmHg. */
  SYSTOLIC("systolicMmHg", Vitals.MIN_SYSTOLIC, Vitals.MAX_SYSTOLIC, 1, 120),
  /** Diastolic blood pressure, in mmHg. */
  DIASTOLIC("diastolicMmHg", Vitals.MIN_DIASTOLIC, Vitals.MAX_DIASTOLIC, 1, 75);

  private final String jsonName;
  private final double min;
  private final double max;
  private final double step;
  private final double typicalHealthyAdult;

  Vital(String jsonName, double min, double max, double step, double typicalHealthyAdult) {
    this.jsonName = jsonName;
    this.min = min;
    this.max = max;
    this.step = step;
    this.typicalHealthyAdult = typicalHealthyAdult;
  }

  /**
   * The field name in JSON and in {@link Vitals}, e.g. {@code spo2Percent}.
   *
   * @return the name
   */
  public String jsonName() {
    return jsonName;
  }

  /**
   * Lowest value a declaration can carry.
   *
   * @return the minimum
   */
  public double min() {
    return min;
  }

  /**
   * Highest value a declaration can carry.
   *
   * @return the maximum
   */
  public double max() {
    return max;
  }

  /**
   * The resolution people measure with (0.1 °C, whole beats): the neighbours of a threshold are ± one step.
   *
   * @return the step
   */
  public double step() {
    return step;
  }

  /**
   * A value a healthy adult at rest shows; test generators start from it.
   *
   * @return the typical value
   */
  public double typicalHealthyAdult() {
    return typicalHealthyAdult;
  }

  /**
   * True for measurements taken as whole numbers (everything but temperature).
   *
   * @return true for whole-number measurements
   */
  public boolean integral() {
    return step >= 1;
  }

  /**
   * The measurement JSON names so.
   *
   * @param name a field name of {@link Vitals}, e.g. {@code spo2Percent}
   * @return the measurement, or empty for another name
   */
  public static Optional<Vital> fromJson(String name) {
    for (Vital v : values()) {
      if (v.jsonName.equals(name)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
