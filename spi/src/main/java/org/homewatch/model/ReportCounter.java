package org.homewatch.model;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * One report counter, or a change to one: how many times {@code measure} happened in {@code unit} on the local
 * {@code day}, split by {@code dimension} (e.g. measure {@code ALERT_OPENED}, dimension {@code HEALTH/EMERGENCY}).
 * Core names the measures and dimensions and documents them (package {@code org.homewatch.core.reports}); a
 * storage keeps them as opaque text.
 *
 * <p>Holds no personal data: the measure and dimension are short codes (letters, digits, {@code _ / . : -}).
 *
 * @param measure what is counted, e.g. {@code ALERT_OPENED}; 1 to 64 code characters
 * @param dimension how it is split, e.g. {@code HEALTH/EMERGENCY}; 0 to 64 code characters
 * @param unit the unit the counted thing belongs to (a case's commune, an account's scope)
 * @param day the local day (in the report zone) the thing happened on
 * @param value the count, or, given to {@code ReportCounterStore.add}, the amount to add (may be negative: a stock
 *     that moves, e.g. a case leaving ACTIVE)
 */
public record ReportCounter(JurisdictionPath unit, LocalDate day, String measure, String dimension, long value) {
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_/.:-]{0,64}");

  /**
   * Validates the measure and dimension codes.
   *
   * @param unit the unit the counted thing belongs to (a case's commune, an account's scope)
   * @param day the local day (in the report zone) the thing happened on
   * @param measure what is counted, e.g
   * @param dimension how it is split, e.g
   * @param value the count, or, given to {@code ReportCounterStore.add}, the amount to add (may be negative: a stock
   *     that moves, e.g
   * @throws org.homewatch.ValidationException if a code is empty where required, too long or has other characters
   */
  public ReportCounter {
    Checks.required(unit, "unit");
    Checks.required(day, "day");
    Checks.required(measure, "measure");
    Checks.required(dimension, "dimension");
    new Checks()
        .require(!measure.isEmpty() && CODE.matcher(measure).matches(), "measure",
            "homewatch.validation.counter.code", "a counter's measure is 1 to 64 code characters, was " + measure)
        .require(CODE.matcher(dimension).matches(), "dimension", "homewatch.validation.counter.code",
            "a counter's dimension is 0 to 64 code characters, was " + dimension)
        .throwIfAny();
  }

  /**
   * This counter with another value (same key).
   *
   * @param newValue the new value
   * @return a copy with that value
   */
  public ReportCounter withValue(long newValue) {
    return new ReportCounter(unit, day, measure, dimension, newValue);
  }
}
