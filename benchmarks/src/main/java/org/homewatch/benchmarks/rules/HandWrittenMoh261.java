package org.homewatch.benchmarks.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.homewatch.core.rules.CaseFacts;
import org.homewatch.model.AlertKind;
import org.homewatch.model.Assessment;
import org.homewatch.model.Declaration;
import org.homewatch.model.Evidence;
import org.homewatch.model.Finding;
import org.homewatch.model.GeoPoint;
import org.homewatch.model.RiskFactor;
import org.homewatch.model.RuleSetRef;
import org.homewatch.model.Severity;
import org.homewatch.model.Symptom;
import org.homewatch.model.Vitals;

/**
 * The ceiling: MoH 261's rules that read one declaration (thresholds, symptom groups, distance, risk modifier)
 * written by hand as plain {@code if}s, producing the same findings and evidence as the shipped JSON set.
 */
public final class HandWrittenMoh261 {
  static final RuleSetRef REF = new RuleSetRef("moh261", 1);
  // bands: 0 infant [0,1), 1 young_child [1,5), 2 child [5,12), 3 adolescent [12,16), 4 adult [16,...)
  static final int[] RESPIRATORY_RATE = {50, 40, 30, 20, 20};
  static final String[] RESPIRATORY_RATE_TEXT = {"50", "40", "30", "20", "20"};

  static final Symptom[] BREATHING = codes("shortness_of_breath", "laboured_breathing", "grunting", "chest_indrawing",
      "nasal_flaring", "wheeze", "stridor");
  static final Symptom[] CHEST_PAIN = codes("chest_pain", "chest_tightness");
  static final Symptom[] CONSCIOUSNESS = codes("confusion", "drowsiness", "lethargy", "convulsions");
  static final Symptom[] CYANOSIS = codes("cyanosis", "cold_extremities");
  static final Symptom[] FEEDING = codes("cannot_drink_or_feed", "vomiting");
  static final Symptom[] MIS_C = codes("fever", "red_eyes", "red_lips", "strawberry_tongue", "swollen_hands_feet",
      "rash");
  static final Symptom[] NEW_ACUTE = codes("new_acute_illness");
  static final Symptom[] INSTABILITY = codes("other_instability");
  static final Symptom[] COMMON = codes("fever", "cough", "sore_throat", "body_aches", "fatigue", "headache",
      "runny_nose", "loss_of_taste_or_smell", "diarrhoea");
  static final RiskFactor[] RISKS = {RiskFactor.AGE_65_OR_OVER, RiskFactor.CHRONIC_DISEASE, RiskFactor.PREGNANT};

  private HandWrittenMoh261() {}

  public static Assessment assess(Declaration d, CaseFacts facts, Instant at) {
    int age = age(facts);
    int band = band(age);
    List<Finding> found = null;
    Vitals v = d.vitals();
    if (v.respiratoryRatePerMinute().isPresent()) {
      int rr = v.respiratoryRatePerMinute().getAsInt();
      if (rr >= RESPIRATORY_RATE[band]) {
        found = add(found, finding("moh261.respiratory_rate", Severity.ABNORMAL, "rules.respiratory_rate.high",
            new Evidence("respiratoryRatePerMinute", Integer.toString(rr), ">=", RESPIRATORY_RATE_TEXT[band])));
      }
    }
    if (v.spo2Percent().isPresent()) {
      int spo2 = v.spo2Percent().getAsInt();
      if (spo2 <= 96) {
        found = add(found, finding("moh261.spo2", Severity.ABNORMAL, "rules.spo2.low",
            new Evidence("spo2Percent", Integer.toString(spo2), "<=", "96")));
      }
      if (spo2 < 94) {
        found = add(found, finding("moh261.spo2.emergency", Severity.EMERGENCY, "rules.spo2.very_low",
            new Evidence("spo2Percent", Integer.toString(spo2), "<", "94")));
      }
    }
    if (v.pulsePerMinute().isPresent() && band >= 2) {
      int pulse = v.pulsePerMinute().getAsInt();
      if (pulse > 120) {
        found = add(found, finding("moh261.pulse.high", Severity.ABNORMAL, "rules.pulse.high",
            new Evidence("pulsePerMinute", Integer.toString(pulse), ">", "120")));
      }
      if (pulse < 50) {
        found = add(found, finding("moh261.pulse.low", Severity.ABNORMAL, "rules.pulse.low",
            new Evidence("pulsePerMinute", Integer.toString(pulse), "<", "50")));
      }
    }
    if (band >= 3) {
      if (v.systolicMmHg().isPresent() && v.systolicMmHg().getAsInt() < 90) {
        found = add(found, finding("moh261.blood_pressure.systolic", Severity.ABNORMAL,
            "rules.blood_pressure.systolic_low",
            new Evidence("systolicMmHg", Integer.toString(v.systolicMmHg().getAsInt()), "<", "90")));
      }
      if (v.diastolicMmHg().isPresent() && v.diastolicMmHg().getAsInt() < 60) {
        found = add(found, finding("moh261.blood_pressure.diastolic", Severity.ABNORMAL,
            "rules.blood_pressure.diastolic_low",
            new Evidence("diastolicMmHg", Integer.toString(v.diastolicMmHg().getAsInt()), "<", "60")));
      }
    }
    if (v.temperatureCelsius().isPresent() && v.temperatureCelsius().getAsDouble() >= 38) {
      found = add(found, finding("moh261.fever", Severity.WATCH, "rules.fever", new Evidence("temperatureCelsius",
          temperatureText(v.temperatureCelsius().getAsDouble()), ">=", "38")));
    }
    Set<Symptom> s = d.symptoms();
    if (!s.isEmpty()) {
      boolean child = band <= 3;
      found = group(found, s, BREATHING, 1, "moh261.breathing", Severity.ABNORMAL, "rules.breathing");
      found = group(found, s, CHEST_PAIN, 1, "moh261.chest_pain", Severity.ABNORMAL, "rules.chest_pain");
      found = group(found, s, CONSCIOUSNESS, 1, "moh261.consciousness", Severity.EMERGENCY, "rules.consciousness");
      found = group(found, s, CYANOSIS, 1, "moh261.cyanosis", Severity.EMERGENCY, "rules.cyanosis");
      if (child) {
        found = group(found, s, FEEDING, 1, "moh261.child.feeding", Severity.ABNORMAL, "rules.child.feeding");
        found = group(found, s, MIS_C, 3, "moh261.child.mis_c", Severity.ABNORMAL, "rules.child.mis_c");
      }
      found = group(found, s, NEW_ACUTE, 1, "moh261.new_acute_illness", Severity.ABNORMAL,
          "rules.new_acute_illness");
      found = group(found, s, INSTABILITY, 1, "moh261.other_instability", Severity.ABNORMAL,
          "rules.other_instability");
      found = group(found, s, COMMON, 1, "moh261.symptoms.common", Severity.WATCH, "rules.symptoms.common");
    }
    if (d.location().isPresent() && facts.home().isPresent()) {
      GeoPoint where = d.location().get();
      double accuracy = where.accuracyMeters().orElse(0);
      double distance = distance(facts.home().get(), where, accuracy);
      if (distance - accuracy > 100) {
        found = add(found, new Finding("moh261.off_site", Severity.ABNORMAL, AlertKind.OFF_SITE, "rules.off_site",
            List.of(new Evidence("distanceMeters", Long.toString(Math.round(distance)), ">", "100"),
                new Evidence("accuracyMeters", Long.toString(Math.round(accuracy)), "subtracted", ""))));
      }
    }
    return finish(d, facts, age, found, at);
  }

  static Assessment finish(Declaration d, CaseFacts facts, int age, List<Finding> found, Instant at) {
    if (found == null || found.isEmpty()) {
      return new Assessment(d.id(), d.caseId(), Severity.NORMAL, List.of(), REF, at);
    }
    boolean atRisk = age >= 65;
    for (RiskFactor r : RISKS) {
      atRisk |= facts.riskFactors().contains(r);
    }
    Severity worst = Severity.NORMAL;
    for (int i = 0; i < found.size(); i++) {
      Finding f = found.get(i);
      if (atRisk && f.kind() == AlertKind.HEALTH && f.severity() == Severity.WATCH) {
        List<String> names = new ArrayList<>();
        if (age >= 65) {
          names.add("age " + age + " >= 65");
        }
        for (RiskFactor r : RISKS) {
          if (facts.riskFactors().contains(r)) {
            names.add(r.name());
          }
        }
        List<Evidence> evidence = new ArrayList<>(f.evidence());
        evidence.add(new Evidence("riskFactors", String.join(", ", names), "raises WATCH by 1, capped at",
            "ABNORMAL"));
        f = new Finding(f.ruleId(), Severity.ABNORMAL, f.kind(), f.messageKey(), evidence);
        found.set(i, f);
      }
      worst = Severity.max(worst, f.severity());
    }
    return new Assessment(d.id(), d.caseId(), worst, found, REF, at);
  }

  /** The haversine only when a trig-free upper bound does not already settle "within 100 m". */
  static double distance(GeoPoint home, GeoPoint where, double accuracy) {
    double bound = 6_371_008.8 * (Math.abs(Math.toRadians(where.latitude() - home.latitude()))
        + Math.abs(Math.toRadians(where.longitude() - home.longitude())));
    return bound - accuracy <= 100 ? bound : home.distanceMetersTo(where);
  }

  static int age(CaseFacts facts) {
    LocalDate born = facts.birthDate().date().orElseGet(() -> facts.birthDate().year().atMonth(7).atDay(1));
    LocalDate on = facts.onDay();
    int age = on.getYear() - born.getYear();
    if (on.getMonthValue() < born.getMonthValue()
        || (on.getMonthValue() == born.getMonthValue() && on.getDayOfMonth() < born.getDayOfMonth())) {
      age--;
    }
    return Math.max(0, age);
  }

  static int band(int age) {
    return age < 1 ? 0 : age < 5 ? 1 : age < 12 ? 2 : age < 16 ? 3 : 4;
  }

  static String temperatureText(double t) {
    double r = Math.round(t * 10) / 10.0;
    return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
  }

  static List<Finding> add(List<Finding> found, Finding f) {
    List<Finding> list = found == null ? new ArrayList<>(4) : found;
    list.add(f);
    return list;
  }

  static Finding finding(String id, Severity severity, String key, Evidence evidence) {
    return new Finding(id, severity, AlertKind.HEALTH, key, List.of(evidence));
  }

  static List<Finding> group(List<Finding> found, Set<Symptom> present, Symptom[] codes, int atLeast, String id,
      Severity severity, String key) {
    int n = 0;
    for (Symptom c : codes) {
      if (present.contains(c)) {
        n++;
      }
    }
    if (n < atLeast) {
      return found;
    }
    return add(found, finding(id, severity, key, groupEvidence(present, codes, atLeast)));
  }

  static Evidence groupEvidence(Set<Symptom> present, Symptom[] codes, int atLeast) {
    StringBuilder seen = new StringBuilder();
    StringBuilder all = new StringBuilder();
    for (Symptom c : codes) {
      if (present.contains(c)) {
        seen.append(seen.length() > 0 ? ", " : "").append(c.code());
      }
      all.append(all.length() > 0 ? ", " : "").append(c.code());
    }
    return new Evidence("symptoms", seen.toString(), codes.length == 1 ? "present" : "at least " + atLeast + " of",
        all.toString());
  }

  private static Symptom[] codes(String... codes) {
    Symptom[] out = new Symptom[codes.length];
    for (int i = 0; i < codes.length; i++) {
      out[i] = Symptom.of(codes[i]);
    }
    return out;
  }
}
