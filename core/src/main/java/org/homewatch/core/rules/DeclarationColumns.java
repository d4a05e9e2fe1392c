package org.homewatch.core.rules;

import java.util.List;
import org.homewatch.core.rules.internal.Columns;
import org.homewatch.model.Declaration;
import org.homewatch.model.GeoPoint;
import org.homewatch.model.RiskFactor;
import org.homewatch.model.Symptom;

/**
 * Many declarations laid out column by column, each measurement in an array of primitives, for judging them all
 * at once with {@link JsonRuleSet#screen}: re-judging a week of a province's declarations under a changed rule
 * set, or screening a large import. Reading a column touches only that measurement, where reading
 * {@link Declaration} objects walks a graph of objects per declaration; that difference is most of the speed.
 *
 * <p>A column holds only what the rules that read one declaration need: the six measurements, the symptoms, the
 * distance from home and the fix's accuracy, and, from {@link CaseFacts}, the person's age and risk factors. Ids,
 * times and notes stay with the caller, who knows row {@code i} as the {@code i}-th declaration it added.
 *
 * <p>Filled by one thread with {@link #add} up to its capacity, then read-only: safe to screen from any number
 * of threads once the filling thread has published it. A batch names at most 64 distinct symptom codes (one bit
 * each); {@link #add} refuses a declaration that would bring a 65th, so the caller starts another batch.
 */
public final class DeclarationColumns {
  /** What {@link #spo2Percent} and the other whole-number readings return when a declaration lacks them. */
  public static final int ABSENT = Columns.ABSENT;

  private final Columns columns;

  private DeclarationColumns(int capacity) {
    columns = new Columns(capacity);
  }

  /**
   * Empty columns with room for {@code capacity} declarations.
   *
   * @param capacity the most declarations it will hold, 0 or more
   * @return the empty columns
   * @throws IllegalArgumentException if {@code capacity} is negative
   */
  public static DeclarationColumns withCapacity(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity must not be negative, was " + capacity);
    }
    return new DeclarationColumns(capacity);
  }

  /**
   * The declarations, each with the facts of its person (same index), in columns.
   *
   * @param declarations the declarations, in row order
   * @param facts the facts of each declaration's person, at the same index
   * @return the filled columns
   * @throws IllegalArgumentException if the lists differ in length, or together name more than 64 symptom codes
   */
  public static DeclarationColumns of(List<Declaration> declarations, List<CaseFacts> facts) {
    if (declarations.size() != facts.size()) {
      throw new IllegalArgumentException("one CaseFacts per declaration: " + declarations.size()
          + " declarations, " + facts.size() + " facts");
    }
    DeclarationColumns columns = withCapacity(declarations.size());
    for (int i = 0; i < declarations.size(); i++) {
      if (!columns.add(declarations.get(i), facts.get(i))) {
        throw new IllegalArgumentException("declaration " + i + " brings the batch's 65th symptom code; a batch "
            + "names at most 64 (build smaller batches with withCapacity and add)");
      }
    }
    return columns;
  }

  /**
   * Adds a declaration as the next row.
   *
   * @param declaration the declaration
   * @param facts the facts of its person
   * @return false, adding nothing, if the columns are full or the declaration would bring a 65th symptom code
   */
  public boolean add(Declaration declaration, CaseFacts facts) {
    return columns.add(declaration, facts);
  }

  /**
   * How many rows have been added.
   *
   * @return the number of rows
   */
  public int size() {
    return columns.size();
  }

  /**
   * How many rows the columns can hold.
   *
   * @return the capacity
   */
  public int capacity() {
    return columns.capacity();
  }

  /**
   * Body temperature, or NaN if not measured.
   *
   * @param row the row, from 0
   * @return the temperature in °C
   */
  public double temperatureCelsius(int row) {
    return columns.temperatureCelsius(row);
  }

  /**
   * SpO2, or {@link #ABSENT}.
   *
   * @param row the row, from 0
   * @return the SpO2 in %
   */
  public int spo2Percent(int row) {
    return columns.spo2Percent(row);
  }

  /**
   * Breaths per minute, or {@link #ABSENT}.
   *
   * @param row the row, from 0
   * @return the rate
   */
  public int respiratoryRatePerMinute(int row) {
    return columns.respiratoryRatePerMinute(row);
  }

  /**
   * Beats per minute, or {@link #ABSENT}.
   *
   * @param row the row, from 0
   * @return the rate
   */
  public int pulsePerMinute(int row) {
    return columns.pulsePerMinute(row);
  }

  /**
   * Systolic pressure, or {@link #ABSENT}.
   *
   * @param row the row, from 0
   * @return the pressure in mmHg
   */
  public int systolicMmHg(int row) {
    return columns.systolicMmHg(row);
  }

  /**
   * Diastolic pressure, or {@link #ABSENT}.
   *
   * @param row the row, from 0
   * @return the pressure in mmHg
   */
  public int diastolicMmHg(int row) {
    return columns.diastolicMmHg(row);
  }

  /**
   * The row's symptoms: bit {@code k} set means {@code symptomCodes().get(k)} was declared.
   *
   * @param row the row, from 0
   * @return the symptom bits
   */
  public long symptomBits(int row) {
    return columns.symptomBits(row);
  }

  /**
   * The symptom codes this batch has seen, in bit order.
   *
   * @return the codes; bit {@code k} is the code at index {@code k}
   */
  public List<Symptom> symptomCodes() {
    return columns.symptomCodes();
  }

  /**
   * The bit of a code in {@link #symptomBits}, 0 if no row in this batch declares it.
   *
   * @param code a symptom code
   * @return its bit, or 0
   */
  public long symptomBit(Symptom code) {
    return columns.symptomBit(code);
  }

  /**
   * The person's age in whole years on the declaration's day.
   *
   * @param row the row, from 0
   * @return the age
   */
  public int ageYears(int row) {
    return columns.ageYears(row);
  }

  /**
   * The person's risk factors: bit {@link RiskFactor#ordinal()} set for each one they have.
   *
   * @param row the row, from 0
   * @return the risk-factor bits
   */
  public int riskFactorBits(int row) {
    return columns.riskFactorBits(row);
  }

  /**
   * The great-circle distance from the person's home to where the declaration was made, in metres, as
   * {@link GeoPoint#distanceMetersTo} measures it; NaN if the declaration carries no location or the home has no
   * known position.
   *
   * @param row the row, from 0
   * @return the distance in metres, or NaN
   */
  public double distanceFromHomeMeters(int row) {
    return columns.distanceFromHomeMeters(row);
  }

  /**
   * The fix's accuracy radius (0 if the device gave none), or NaN if the declaration carries no location.
   *
   * @param row the row, from 0
   * @return the radius in metres, or NaN
   */
  public double accuracyMeters(int row) {
    return columns.accuracyMeters(row);
  }

  Columns columns() {
    return columns;
  }

  @Override
  public String toString() {
    return "DeclarationColumns[" + size() + " of " + capacity() + " rows, " + columns.symptomCodes().size()
        + " symptom codes]";
  }
}
