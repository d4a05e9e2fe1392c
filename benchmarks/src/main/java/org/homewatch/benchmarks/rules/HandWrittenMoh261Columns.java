package org.homewatch.benchmarks.rules;

import org.homewatch.core.rules.DeclarationColumns;
import org.homewatch.model.RiskFactor;
import org.homewatch.model.Symptom;

/**
 * The ceiling for screening columns: MoH 261's single-declaration rules as plain {@code if}s over
 * {@link DeclarationColumns}, one row at a time, giving what {@code JsonRuleSet.screen} gives: each row's
 * severity (ordinal, after the risk modifier) and the rules that fired (bit k: {@link #RULE_IDS}[k]).
 */
public final class HandWrittenMoh261Columns {
  static final String[] RULE_IDS = {"moh261.respiratory_rate", "moh261.spo2", "moh261.spo2.emergency",
      "moh261.pulse.high", "moh261.pulse.low", "moh261.blood_pressure.systolic", "moh261.blood_pressure.diastolic",
      "moh261.fever", "moh261.breathing", "moh261.chest_pain", "moh261.consciousness", "moh261.cyanosis",
      "moh261.child.feeding", "moh261.child.mis_c", "moh261.new_acute_illness", "moh261.other_instability",
      "moh261.symptoms.common", "moh261.off_site"};
  static final long RR = 1, SPO2 = 1 << 1, SPO2_EMERGENCY = 1 << 2, PULSE_HIGH = 1 << 3, PULSE_LOW = 1 << 4,
      SYSTOLIC = 1 << 5, DIASTOLIC = 1 << 6, FEVER = 1 << 7, BREATHING = 1 << 8, CHEST_PAIN = 1 << 9,
      CONSCIOUSNESS = 1 << 10, CYANOSIS = 1 << 11, FEEDING = 1 << 12, MIS_C = 1 << 13, NEW_ACUTE = 1 << 14,
      INSTABILITY = 1 << 15, COMMON = 1 << 16, OFF_SITE = 1 << 17;
  private static final long EMERGENCY = SPO2_EMERGENCY | CONSCIOUSNESS | CYANOSIS;
  private static final long WATCH = FEVER | COMMON;
  private static final int RISKS = 1 << RiskFactor.AGE_65_OR_OVER.ordinal() | 1 << RiskFactor.CHRONIC_DISEASE.ordinal()
      | 1 << RiskFactor.PREGNANT.ordinal();

  private HandWrittenMoh261Columns() {}

  public static void screen(DeclarationColumns c, byte[] severity, long[] fired) {
    long breathing = bits(c, HandWrittenMoh261.BREATHING);
    long chestPain = bits(c, HandWrittenMoh261.CHEST_PAIN);
    long consciousness = bits(c, HandWrittenMoh261.CONSCIOUSNESS);
    long cyanosis = bits(c, HandWrittenMoh261.CYANOSIS);
    long feeding = bits(c, HandWrittenMoh261.FEEDING);
    long misC = bits(c, HandWrittenMoh261.MIS_C);
    long newAcute = bits(c, HandWrittenMoh261.NEW_ACUTE);
    long instability = bits(c, HandWrittenMoh261.INSTABILITY);
    long common = bits(c, HandWrittenMoh261.COMMON);
    int n = c.size();
    for (int row = 0; row < n; row++) {
      int age = c.ageYears(row);
      int band = HandWrittenMoh261.band(age);
      long f = 0;
      if (c.respiratoryRatePerMinute(row) >= HandWrittenMoh261.RESPIRATORY_RATE[band]) {
        f |= RR;
      }
      int spo2 = c.spo2Percent(row);
      if (spo2 != DeclarationColumns.ABSENT) {
        if (spo2 <= 96) {
          f |= SPO2;
        }
        if (spo2 < 94) {
          f |= SPO2_EMERGENCY;
        }
      }
      if (band >= 2) {
        int pulse = c.pulsePerMinute(row);
        if (pulse > 120) {
          f |= PULSE_HIGH;
        }
        if (pulse != DeclarationColumns.ABSENT && pulse < 50) {
          f |= PULSE_LOW;
        }
      }
      if (band >= 3) {
        int systolic = c.systolicMmHg(row);
        if (systolic != DeclarationColumns.ABSENT && systolic < 90) {
          f |= SYSTOLIC;
        }
        int diastolic = c.diastolicMmHg(row);
        if (diastolic != DeclarationColumns.ABSENT && diastolic < 60) {
          f |= DIASTOLIC;
        }
      }
      if (c.temperatureCelsius(row) >= 38) {
        f |= FEVER;
      }
      long s = c.symptomBits(row);
      if (s != 0) {
        f |= (s & breathing) != 0 ? BREATHING : 0;
        f |= (s & chestPain) != 0 ? CHEST_PAIN : 0;
        f |= (s & consciousness) != 0 ? CONSCIOUSNESS : 0;
        f |= (s & cyanosis) != 0 ? CYANOSIS : 0;
        if (band <= 3) {
          f |= (s & feeding) != 0 ? FEEDING : 0;
          f |= Long.bitCount(s & misC) >= 3 ? MIS_C : 0;
        }
        f |= (s & newAcute) != 0 ? NEW_ACUTE : 0;
        f |= (s & instability) != 0 ? INSTABILITY : 0;
        f |= (s & common) != 0 ? COMMON : 0;
      }
      if (c.distanceFromHomeMeters(row) - c.accuracyMeters(row) > 100) {
        f |= OFF_SITE;
      }
      fired[row] = f;
      severity[row] = severity(f, age, c.riskFactorBits(row));
    }
  }

  /** The severity ordinal of a row whose fired rules are {@code f}, after the risk modifier. */
  static byte severity(long f, int age, int riskFactorBits) {
    boolean atRisk = age >= 65 || (riskFactorBits & RISKS) != 0;
    return (byte) ((f & EMERGENCY) != 0 ? 3 : (f & ~WATCH) != 0 || (atRisk && (f & WATCH) != 0) ? 2 : f != 0 ? 1 : 0);
  }

  private static long bits(DeclarationColumns c, Symptom[] codes) {
    long bits = 0;
    for (Symptom s : codes) {
      bits |= c.symptomBit(s);
    }
    return bits;
  }
}
