package org.homewatch.core.rules.definition;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/** What must hold for a rule to fire. The JSON {@code "type"} names the variant. */
public sealed interface Condition {

  /**
   * The JSON {@code "type"} of this variant.
   *
   * @return e.g. {@code vital}, {@code symptoms}
   */
  String type();

  /**
   * A measurement compared with a threshold: either one {@code value} for every age band or a value per band in
   * {@code byAgeBand} (bands not named there are not tested). JSON type {@code vital}.
   *
   * @param vital the measurement tested
   * @param op how it is compared
   * @param value the threshold for every age band, or empty to give one per band
   * @param byAgeBand the threshold per age band id, when {@code value} is empty
   */
  record VitalThreshold(Vital vital, Comparison op, OptionalDouble value, Map<String, Double> byAgeBand)
      implements Condition {
    /**
     * Refuses null components; copies the per-band thresholds.
     *
     * @param vital the measurement tested
     * @param op how it is compared
     * @param value the threshold for every age band, or empty to give one per band
     * @param byAgeBand the threshold per age band id, when {@code value} is empty
     */
    public VitalThreshold {
      Objects.requireNonNull(vital, "vital");
      Objects.requireNonNull(op, "op");
      Objects.requireNonNull(value, "value");
      byAgeBand = Map.copyOf(byAgeBand);
    }

    /**
     * A threshold that applies to every age band.
     *
     * @param vital the measurement tested
     * @param op how it is compared
     * @param value the threshold
     * @return the condition
     */
    public static VitalThreshold of(Vital vital, Comparison op, double value) {
      return new VitalThreshold(vital, op, OptionalDouble.of(value), Map.of());
    }

    /**
     * The threshold for a band, empty if this condition does not test that band.
     *
     * @param ageBandId an age band's id
     * @return the threshold, or empty
     */
    public OptionalDouble thresholdFor(String ageBandId) {
      if (value.isPresent()) {
        return value;
      }
      Double v = byAgeBand.get(ageBandId);
      return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    @Override
    public String type() {
      return "vital";
    }
  }

  /**
   * At least {@code atLeast} of the symptom codes {@code of} are declared. JSON type {@code symptoms}.
   *
   * @param atLeast how many of the codes must be declared, at least 1
   * @param of the symptom codes counted
   */
  record SymptomGroup(int atLeast, List<String> of) implements Condition {
    /**
     * Copies the codes.
     *
     * @param atLeast how many of the codes must be declared, at least 1
     * @param of the symptom codes counted
     */
    public SymptomGroup {
      of = List.copyOf(of);
    }

    @Override
    public String type() {
      return "symptoms";
    }
  }

  /**
   * The measurement meets {@code op value} in this declaration and on each of the {@code days - 1} calendar days
   * before it (at least one reading a day). JSON type {@code consecutiveDays}.
   *
   * @param vital the measurement tested
   * @param op how it is compared
   * @param value the threshold
   * @param days how many calendar days in a row, today included
   */
  record ConsecutiveDays(Vital vital, Comparison op, double value, int days) implements Condition {
    /**
     * Refuses null components.
     *
     * @param vital the measurement tested
     * @param op how it is compared
     * @param value the threshold
     * @param days how many calendar days in a row, today included
     */
    public ConsecutiveDays {
      Objects.requireNonNull(vital, "vital");
      Objects.requireNonNull(op, "op");
    }

    @Override
    public String type() {
      return "consecutiveDays";
    }
  }

  /**
   * The measurement has fallen at least {@code points} below the person's own baseline: the mean of their first
   * {@code baselineReadings} readings within the last {@code windowDays}. JSON type {@code dropFromBaseline}.
   *
   * @param vital the measurement tested
   * @param points how far below the baseline, in the measurement's unit
   * @param baselineReadings how many first readings make the baseline
   * @param windowDays how many days back the baseline readings are looked for
   */
  record DropFromBaseline(Vital vital, double points, int baselineReadings, int windowDays) implements Condition {
    /**
     * Refuses a null measurement.
     *
     * @param vital the measurement tested
     * @param points how far below the baseline, in the measurement's unit
     * @param baselineReadings how many first readings make the baseline
     * @param windowDays how many days back the baseline readings are looked for
     */
    public DropFromBaseline {
      Objects.requireNonNull(vital, "vital");
    }

    @Override
    public String type() {
      return "dropFromBaseline";
    }
  }

  /**
   * The measurement meets {@code op value} now and has met it in every reading for at least {@code hours}
   * (it persists, or does not improve). JSON type {@code persists}.
   *
   * @param vital the measurement tested
   * @param op how it is compared
   * @param value the threshold
   * @param hours how long every reading must have met it
   */
  record Persists(Vital vital, Comparison op, double value, int hours) implements Condition {
    /**
     * Refuses null components.
     *
     * @param vital the measurement tested
     * @param op how it is compared
     * @param value the threshold
     * @param hours how long every reading must have met it
     */
    public Persists {
      Objects.requireNonNull(vital, "vital");
      Objects.requireNonNull(op, "op");
    }

    @Override
    public String type() {
      return "persists";
    }
  }

  /**
   * The declaration's location is more than {@code meters} from home, after giving the fix its reported accuracy
   * (distance minus accuracy radius), so a poor GPS fix at home raises nothing. Needs both a location and a home
   * position. JSON type {@code distanceFromHome}; its findings are {@link org.homewatch.model.AlertKind#OFF_SITE}.
   *
   * @param meters the distance allowed, after the fix's accuracy is subtracted
   */
  record DistanceFromHome(double meters) implements Condition {
    @Override
    public String type() {
      return "distanceFromHome";
    }
  }
}
