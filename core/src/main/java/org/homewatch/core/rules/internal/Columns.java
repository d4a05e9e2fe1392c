package org.homewatch.core.rules.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.homewatch.core.rules.CaseFacts;
import org.homewatch.model.Declaration;
import org.homewatch.model.GeoPoint;
import org.homewatch.model.RiskFactor;
import org.homewatch.model.Symptom;
import org.homewatch.model.Vitals;

/**
 * The arrays behind {@link org.homewatch.core.rules.DeclarationColumns}. The arrays are package-private so that
 * {@link ColumnScreen} loops over them directly, in loops simple enough for the JIT to vectorise; the public
 * class offers only checked, read-only access to single rows.
 */
public final class Columns {
  public static final int ABSENT = -1;
  static final int MAX_SYMPTOM_CODES = 64;

  // whole-number readings stay int, not short: the JIT vectorises int loops with int accumulators, and a
  // widening load stops it
  final double[] temperatureCelsius;
  final int[] spo2Percent;
  final int[] respiratoryRatePerMinute;
  final int[] pulsePerMinute;
  final int[] systolicMmHg;
  final int[] diastolicMmHg;
  final long[] symptoms;
  final int[] ageYears;
  final int[] riskFactors;
  final double[] distanceFromHomeMeters;
  final double[] accuracyMeters;
  private final Map<Symptom, Long> symptomBits = new HashMap<>();
  private final List<Symptom> symptomCodes = new ArrayList<>();
  int size;

  public Columns(int capacity) {
    temperatureCelsius = new double[capacity];
    spo2Percent = new int[capacity];
    respiratoryRatePerMinute = new int[capacity];
    pulsePerMinute = new int[capacity];
    systolicMmHg = new int[capacity];
    diastolicMmHg = new int[capacity];
    symptoms = new long[capacity];
    ageYears = new int[capacity];
    riskFactors = new int[capacity];
    distanceFromHomeMeters = new double[capacity];
    accuracyMeters = new double[capacity];
  }

  /** Adds the next row; false, adding nothing, if full or the declaration would bring a 65th symptom code. */
  public boolean add(Declaration declaration, CaseFacts facts) {
    Objects.requireNonNull(declaration, "declaration");
    Objects.requireNonNull(facts, "facts");
    if (size == temperatureCelsius.length || !roomForCodes(declaration.symptoms())) {
      return false;
    }
    int i = size++;
    Vitals v = declaration.vitals();
    temperatureCelsius[i] = v.temperatureCelsius().orElse(Double.NaN);
    spo2Percent[i] = v.spo2Percent().orElse(ABSENT);
    respiratoryRatePerMinute[i] = v.respiratoryRatePerMinute().orElse(ABSENT);
    pulsePerMinute[i] = v.pulsePerMinute().orElse(ABSENT);
    systolicMmHg[i] = v.systolicMmHg().orElse(ABSENT);
    diastolicMmHg[i] = v.diastolicMmHg().orElse(ABSENT);
    symptoms[i] = symptomBitsOf(declaration.symptoms());
    ageYears[i] = facts.ageYears();
    riskFactors[i] = Evaluator.bitsOf(facts.riskFactors());
    GeoPoint at = declaration.location().orElse(null);
    GeoPoint home = facts.home().orElse(null);
    // the rules need how far from home, not where: one column instead of four. assess measures the same great
    // circle whenever a distance rule can fire
    distanceFromHomeMeters[i] = at == null || home == null ? Double.NaN : home.distanceMetersTo(at);
    accuracyMeters[i] = at == null ? Double.NaN : at.accuracyMeters().orElse(0);
    return true;
  }

  private boolean roomForCodes(Set<Symptom> declared) {
    int unseen = 0;
    for (Symptom s : declared) {
      if (!symptomBits.containsKey(s)) {
        unseen++;
      }
    }
    return symptomCodes.size() + unseen <= MAX_SYMPTOM_CODES;
  }

  /** The symptoms as bits, giving codes not seen before in this batch the next free bits. */
  private long symptomBitsOf(Set<Symptom> declared) {
    long bits = 0;
    for (Symptom s : declared) {
      Long bit = symptomBits.get(s);
      if (bit == null) {
        bit = 1L << symptomCodes.size();
        symptomBits.put(s, bit);
        symptomCodes.add(s);
      }
      bits |= bit;
    }
    return bits;
  }

  public int size() {
    return size;
  }

  public int capacity() {
    return temperatureCelsius.length;
  }

  public List<Symptom> symptomCodes() {
    return List.copyOf(symptomCodes);
  }

  public long symptomBit(Symptom code) {
    return symptomBits.getOrDefault(code, 0L);
  }

  public double temperatureCelsius(int row) {
    return temperatureCelsius[check(row)];
  }

  public int spo2Percent(int row) {
    return spo2Percent[check(row)];
  }

  public int respiratoryRatePerMinute(int row) {
    return respiratoryRatePerMinute[check(row)];
  }

  public int pulsePerMinute(int row) {
    return pulsePerMinute[check(row)];
  }

  public int systolicMmHg(int row) {
    return systolicMmHg[check(row)];
  }

  public int diastolicMmHg(int row) {
    return diastolicMmHg[check(row)];
  }

  public long symptomBits(int row) {
    return symptoms[check(row)];
  }

  public int ageYears(int row) {
    return ageYears[check(row)];
  }

  public int riskFactorBits(int row) {
    return riskFactors[check(row)];
  }

  public double distanceFromHomeMeters(int row) {
    return distanceFromHomeMeters[check(row)];
  }

  public double accuracyMeters(int row) {
    return accuracyMeters[check(row)];
  }

  /** The column of a whole-number vital ({@link Readings} index). */
  int[] wholeNumbers(int vital) {
    return switch (vital) {
      case Readings.SPO2 -> spo2Percent;
      case Readings.RESPIRATORY_RATE -> respiratoryRatePerMinute;
      case Readings.PULSE -> pulsePerMinute;
      case Readings.SYSTOLIC -> systolicMmHg;
      case Readings.DIASTOLIC -> diastolicMmHg;
      default -> throw new IllegalArgumentException("not a whole-number vital: " + vital);
    };
  }

  /** A reading as the evaluator sees it: the value, or NaN if absent. */
  double reading(int vital, int row) {
    if (vital == Readings.TEMPERATURE) {
      return temperatureCelsius(row);
    }
    int v = wholeNumbers(vital)[check(row)];
    return v == ABSENT ? Double.NaN : v;
  }

  private int check(int row) {
    return Objects.checkIndex(row, size);
  }
}
