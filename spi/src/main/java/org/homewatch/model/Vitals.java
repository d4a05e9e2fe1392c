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

  public static final double MIN_TEMPERATURE = 30, MAX_TEMPERATURE = 45;
  public static final int MIN_SPO2 = 50, MAX_SPO2 = 100;
  public static final int MIN_RESPIRATORY_RATE = 4, MAX_RESPIRATORY_RATE = 80;
  public static final int MIN_PULSE = 20, MAX_PULSE = 250;
  public static final int MIN_SYSTOLIC = 50, MAX_SYSTOLIC = 260;
  public static final int MIN_DIASTOLIC = 30, MAX_DIASTOLIC = 160;

  /** No measurements at all (a symptoms-only declaration). */
  public static final Vitals NONE = new Vitals(OptionalDouble.empty(), OptionalInt.empty(), OptionalInt.empty(),
      OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty());

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

    public Builder temperatureCelsius(double value) {
      temperature = OptionalDouble.of(value);
      return this;
    }

    public Builder spo2Percent(int value) {
      spo2 = OptionalInt.of(value);
      return this;
    }

    public Builder respiratoryRatePerMinute(int value) {
      respiratoryRate = OptionalInt.of(value);
      return this;
    }

    public Builder pulsePerMinute(int value) {
      pulse = OptionalInt.of(value);
      return this;
    }

    public Builder bloodPressure(int systolicMmHg, int diastolicMmHg) {
      systolic = OptionalInt.of(systolicMmHg);
      diastolic = OptionalInt.of(diastolicMmHg);
      return this;
    }

    public Vitals build() {
      return new Vitals(temperature, spo2, respiratoryRate, pulse, systolic, diastolic);
    }
  }
}
