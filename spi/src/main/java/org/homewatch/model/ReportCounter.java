package org.homewatch.model;

import java.time.LocalDate;

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
  /**
   * Validates the measure and dimension codes.
   *
   * @param unit the unit the counted thing belongs to (a case's commune, an account's scope)
   * @param day the local day (in the report zone) the thing happened on
   * @param measure what is counted, e.g. {@code ALERT_OPENED}
   * @param dimension how it is split, e.g. {@code HEALTH/EMERGENCY}
   * @param value the count, or, given to {@code ReportCounterStore.add}, the amount to add (may be negative: a stock
   *     that moves, e.g. a case leaving ACTIVE)
   * @throws org.homewatch.ValidationException if a code is empty where required, too long or has other characters
   */
  public ReportCounter {
    Checks.required(unit, "unit");
    Checks.required(day, "day");
    Checks.required(measure, "measure");
    Checks.required(dimension, "dimension");
    // checked by hand, not by a regular expression: a counter is made for every counted write
    boolean measureOk = !measure.isEmpty() && isCode(measure);
    boolean dimensionOk = isCode(dimension);
    if (!measureOk || !dimensionOk) {
      new Checks()
          .require(measureOk, "measure", "homewatch.validation.counter.code",
              "a counter's measure is 1 to 64 code characters, was " + measure)
          .require(dimensionOk, "dimension", "homewatch.validation.counter.code",
              "a counter's dimension is 0 to 64 code characters, was " + dimension)
          .throwIfAny();
    }
  }

  /** At most 64 of {@code A-Z a-z 0-9 _ / . : -}. */
  private static boolean isCode(String text) {
    if (text.length() > 64) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      boolean ok = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_'
          || ch == '/' || ch == '.' || ch == ':' || ch == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
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
