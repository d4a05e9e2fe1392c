package org.homewatch.model;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The measurements of one declaration, each optional (not everyone has a pulse oximeter). Values outside what a
 * living person can show are rejected with a {@link org.homewatch.ValidationException} naming each field: a
 * typo (SpO2 140, 80 °C) must come back to the person, not become a stored value that a rule then misjudges.
 *
 * @param temperatureCelsius body temperature, 30–45 °C
 * @param spo2Percent oxygen saturation, 50–100 %
 * @param respiratoryRatePerMinute breaths per minute, 4–80
 * @param pulsePerMinute heart beats per minute, 20–250
 * @param systolicMmHg 50–260 mmHg
 * @param diastolicMmHg 30–160 mmHg, below the systolic
 */
public record Vitals(
    OptionalDouble temperatureCelsius,
    OptionalInt spo2Percent,
    OptionalInt respiratoryRatePerMinute,
    OptionalInt pulsePerMinute,
    OptionalInt systolicMmHg,
    OptionalInt diastolicMmHg) {

  /** The lowest body temperature accepted, in °C. */
  public static final double MIN_TEMPERATURE = 30;
  /** The highest body temperature accepted, in °C. */
  public static final double MAX_TEMPERATURE = 45;
  /** The lowest oxygen saturation accepted, in %. */
  public static final int MIN_SPO2 = 50;
  /** The highest oxygen saturation accepted, in %. */
  public static final int MAX_SPO2 = 100;
  /** The lowest breaths per minute accepted. */
  public static final int MIN_RESPIRATORY_RATE = 4;
  /** The highest breaths per minute accepted. */
  public static final int MAX_RESPIRATORY_RATE = 80;
  /** The lowest heart beats per minute accepted. */
  public static final int MIN_PULSE = 20;
  /** The highest heart beats per minute accepted. */
  public static final int MAX_PULSE = 250;
  /** The lowest systolic pressure accepted, in mmHg. */
  public static final int MIN_SYSTOLIC = 50;
  /** The highest systolic pressure accepted, in mmHg. */
  public static final int MAX_SYSTOLIC = 260;
  /** The lowest diastolic pressure accepted, in mmHg. */
  public static final int MIN_DIASTOLIC = 30;
  /** The highest diastolic pressure accepted, in mmHg. */
  public static final int MAX_DIASTOLIC = 160;

  /** No measurements at all (a symptoms-only declaration). */
  public static final Vitals NONE = new Vitals(OptionalDouble.empty(), OptionalInt.empty(), OptionalInt.empty(),
      OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty());

  /**
   * Validates each value present against its range and the diastolic against the systolic, collecting every violation.
   *
   * @param temperatureCelsius body temperature, 30–45 °C
   * @param spo2Percent oxygen saturation, 50–100 %
   * @param respiratoryRatePerMinute breaths per minute, 4–80
   * @param pulsePerMinute heart beats per minute, 20–250
   * @param systolicMmHg 50–260 mmHg
   * @param diastolicMmHg 30–160 mmHg, below the systolic
   * @throws org.homewatch.ValidationException if a value is out of range or the diastolic is not below the systolic
   */
  public Vitals {
    Checks.required(temperatureCelsius, "temperatureCelsius");
    Checks.required(spo2Percent, "spo2Percent");
    Checks.required(respiratoryRatePerMinute, "respiratoryRatePerMinute");
    Checks.required(pulsePerMinute, "pulsePerMinute");
    Checks.required(systolicMmHg, "systolicMmHg");
    Checks.required(diastolicMmHg, "diastolicMmHg");
    temperatureCelsius = SharedReadings.of(temperatureCelsius);
    spo2Percent = SharedReadings.of(spo2Percent);
    respiratoryRatePerMinute = SharedReadings.of(respiratoryRatePerMinute);
    pulsePerMinute = SharedReadings.of(pulsePerMinute);
    systolicMmHg = SharedReadings.of(systolicMmHg);
    diastolicMmHg = SharedReadings.of(diastolicMmHg);
    Checks checks = new Checks();
    if (temperatureCelsius.isPresent()) {
      checks.range("vitals.temperatureCelsius", temperatureCelsius.getAsDouble(), MIN_TEMPERATURE, MAX_TEMPERATURE, "°C");
    }
    if (spo2Percent.isPresent()) {
      checks.range("vitals.spo2Percent", spo2Percent.getAsInt(), MIN_SPO2, MAX_SPO2, "%");
    }
    if (respiratoryRatePerMinute.isPresent()) {
      checks.range("vitals.respiratoryRatePerMinute", respiratoryRatePerMinute.getAsInt(), MIN_RESPIRATORY_RATE,
          MAX_RESPIRATORY_RATE, "/min");
    }
    if (pulsePerMinute.isPresent()) {
      checks.range("vitals.pulsePerMinute", pulsePerMinute.getAsInt(), MIN_PULSE, MAX_PULSE, "/min");
    }
    if (systolicMmHg.isPresent()) {
      checks.range("vitals.systolicMmHg", systolicMmHg.getAsInt(), MIN_SYSTOLIC, MAX_SYSTOLIC, "mmHg");
    }
    if (diastolicMmHg.isPresent()) {
      checks.range("vitals.diastolicMmHg", diastolicMmHg.getAsInt(), MIN_DIASTOLIC, MAX_DIASTOLIC, "mmHg");
    }
    if (systolicMmHg.isPresent() && diastolicMmHg.isPresent()) {
      checks.require(diastolicMmHg.getAsInt() < systolicMmHg.getAsInt(), "vitals.diastolicMmHg",
          "homewatch.validation.bloodPressure", "the diastolic pressure must be below the systolic");
    }
    checks.throwIfAny();
  }

  /**
   * A builder with no measurement.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Fluent construction for the few fields a declaration has. Not thread-safe. */
  public static final class Builder {
    private OptionalDouble temperature = OptionalDouble.empty();
    private OptionalInt spo2 = OptionalInt.empty();
    private OptionalInt respiratoryRate = OptionalInt.empty();
    private OptionalInt pulse = OptionalInt.empty();
    private OptionalInt systolic = OptionalInt.empty();
    private OptionalInt diastolic = OptionalInt.empty();

    private Builder() {}

    /**
     * Sets the body temperature in °C, {@value #MIN_TEMPERATURE} to {@value #MAX_TEMPERATURE}.
     *
     * @param value the body temperature in °C, {@value #MIN_TEMPERATURE} to {@value #MAX_TEMPERATURE}
     * @return this builder
     */
    public Builder temperatureCelsius(double value) {
      temperature = OptionalDouble.of(value);
      return this;
    }

    /**
     * Sets the oxygen saturation in %, {@value #MIN_SPO2} to {@value #MAX_SPO2}.
     *
     * @param value the oxygen saturation in %, {@value #MIN_SPO2} to {@value #MAX_SPO2}
     * @return this builder
     */
    public Builder spo2Percent(int value) {
      spo2 = OptionalInt.of(value);
      return this;
    }

    /**
     * Sets the breaths per minute, {@value #MIN_RESPIRATORY_RATE} to {@value #MAX_RESPIRATORY_RATE}.
     *
     * @param value the breaths per minute, {@value #MIN_RESPIRATORY_RATE} to {@value #MAX_RESPIRATORY_RATE}
     * @return this builder
     */
    public Builder respiratoryRatePerMinute(int value) {
      respiratoryRate = OptionalInt.of(value);
      return this;
    }

    /**
     * Sets the heart beats per minute, {@value #MIN_PULSE} to {@value #MAX_PULSE}.
     *
     * @param value the heart beats per minute, {@value #MIN_PULSE} to {@value #MAX_PULSE}
     * @return this builder
     */
    public Builder pulsePerMinute(int value) {
      pulse = OptionalInt.of(value);
      return this;
    }

    /**
     * Sets the blood pressure.
     *
     * @param systolicMmHg the systolic pressure in mmHg, {@value #MIN_SYSTOLIC} to {@value #MAX_SYSTOLIC}
     * @param diastolicMmHg the diastolic pressure in mmHg, {@value #MIN_DIASTOLIC} to {@value #MAX_DIASTOLIC}, below
     *     the systolic
     * @return this builder
     */
    public Builder bloodPressure(int systolicMmHg, int diastolicMmHg) {
      systolic = OptionalInt.of(systolicMmHg);
      diastolic = OptionalInt.of(diastolicMmHg);
      return this;
    }

    /**
     * The measurements set so far.
     *
     * @return the vitals
     * @throws org.homewatch.ValidationException if a value is out of range
     */
    public Vitals build() {
      return new Vitals(temperature, spo2, respiratoryRate, pulse, systolic, diastolic);
    }
  }
}
