package org.homewatch.benchmarks.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.homewatch.core.rules.CaseFacts;
import org.homewatch.model.AccountId;
import org.homewatch.model.BirthDate;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.CaseId;
import org.homewatch.model.Declaration;
import org.homewatch.model.DeclarationId;
import org.homewatch.model.GeoPoint;
import org.homewatch.model.RiskFactor;
import org.homewatch.model.Submitter;
import org.homewatch.model.Symptom;
import org.homewatch.model.Vitals;

/**
 * Pre-generated, realistic declarations of people at home: most measurements normal, a few per cent abnormal,
 * symptoms sparse, a location on half of them (nearly all at home). Seeded, so every run judges the same input.
 */
public final class Workload {
  public static final Instant AT = Instant.parse("2022-02-10T02:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2022, 2, 10);
  static final GeoPoint HOME = GeoPoint.of(13.9833, 108.0);
  private static final Submitter SELF = new Submitter(Submitter.Kind.SELF, new AccountId("citizen"));
  private static final List<Symptom> MILD = List.of(Symptom.COUGH, Symptom.FEVER, Symptom.SORE_THROAT,
      Symptom.FATIGUE, Symptom.HEADACHE, Symptom.RUNNY_NOSE, Symptom.BODY_ACHES, Symptom.LOSS_OF_TASTE_OR_SMELL);
  private static final List<Symptom> RED_FLAGS = List.of(Symptom.SHORTNESS_OF_BREATH, Symptom.CHEST_PAIN,
      Symptom.CONFUSION, Symptom.CYANOSIS, Symptom.VOMITING, Symptom.of("chest_tightness"));

  public final Declaration[] declarations;
  public final CaseFacts[] facts;

  private Workload(Declaration[] declarations, CaseFacts[] facts) {
    this.declarations = declarations;
    this.facts = facts;
  }

  /**
   * Histories as core loads them for a two-a-day F0 case: the last {@code days} days at 08:00 and 17:00 local
   * time, oldest first, drawn like the declarations (so some trends fire). {@code count} of them, to be shared.
   */
  public static List<List<Declaration>> histories(int count, int days, long seed) {
    Random r = new Random(seed);
    List<List<Declaration>> out = new ArrayList<>(count);
    for (int h = 0; h < count; h++) {
      List<Declaration> history = new ArrayList<>(days * 2);
      int age = 16 + r.nextInt(60);
      for (int day = days; day >= 1; day--) {
        for (int hour : new int[] {8, 17}) {
          Instant at = TODAY.minusDays(day).atTime(hour, 0).toInstant(java.time.ZoneOffset.ofHours(7));
          history.add(declaration(r, age, at));
        }
      }
      out.add(List.copyOf(history));
    }
    return out;
  }

  public static Workload generate(int size, long seed) {
    Random r = new Random(seed);
    int people = Math.max(1, size / 20);
    CaseFacts[] persons = new CaseFacts[people];
    for (int i = 0; i < people; i++) {
      persons[i] = person(r);
    }
    Declaration[] declarations = new Declaration[size];
    CaseFacts[] facts = new CaseFacts[size];
    for (int i = 0; i < size; i++) {
      CaseFacts f = persons[r.nextInt(people)];
      facts[i] = f;
      declarations[i] = declaration(r, f.ageYears(), AT);
    }
    return new Workload(declarations, facts);
  }

  private static CaseFacts person(Random r) {
    double p = r.nextDouble();
    int age = p < 0.15 ? r.nextInt(16) : p < 0.85 ? 16 + r.nextInt(49) : 65 + r.nextInt(30);
    Set<RiskFactor> risks = EnumSet.noneOf(RiskFactor.class);
    if (r.nextDouble() < 0.2) {
      risks.add(RiskFactor.CHRONIC_DISEASE);
    }
    if (age >= 18 && age < 45 && r.nextDouble() < 0.03) {
      risks.add(RiskFactor.PREGNANT);
    }
    if (age >= 65) {
      risks.add(RiskFactor.AGE_65_OR_OVER);
    }
    return new CaseFacts(CaseCategory.F0_HOME_CARE, BirthDate.of(TODAY.minusYears(age).minusDays(r.nextInt(365))),
        TODAY, risks, Optional.of(HOME));
  }

  private static Declaration declaration(Random r, int age, Instant at) {
    OptionalDouble temperature = OptionalDouble.empty();
    if (r.nextDouble() < 0.95) {
      double t = r.nextDouble() < 0.06 ? 38.5 + r.nextGaussian() * 0.6 : 36.9 + r.nextGaussian() * 0.4;
      temperature = OptionalDouble.of(Math.round(clamp(t, 35, 41.5) * 10) / 10.0);
    }
    OptionalInt spo2 = r.nextDouble() < 0.8
        ? OptionalInt.of((int) (r.nextDouble() < 0.05 ? 90 + r.nextInt(7) : 96 + r.nextInt(4))) : OptionalInt.empty();
    double rrMean = age < 5 ? 30 : age < 12 ? 22 : 16;
    OptionalInt rr = r.nextDouble() < 0.6
        ? OptionalInt.of((int) clamp(Math.round(rrMean + r.nextGaussian() * 3), 8, 60)) : OptionalInt.empty();
    OptionalInt pulse = r.nextDouble() < 0.7
        ? OptionalInt.of((int) clamp(Math.round(82 + r.nextGaussian() * 14), 40, 180)) : OptionalInt.empty();
    OptionalInt systolic = OptionalInt.empty();
    OptionalInt diastolic = OptionalInt.empty();
    if (r.nextDouble() < 0.3) {
      int s = (int) clamp(Math.round(120 + r.nextGaussian() * 14), 80, 200);
      systolic = OptionalInt.of(s);
      diastolic = OptionalInt.of((int) clamp(Math.round(78 + r.nextGaussian() * 9), 45, s - 10));
    }
    Set<Symptom> symptoms = Set.of();
    double s = r.nextDouble();
    if (s < 0.01) {
      symptoms = Set.of(RED_FLAGS.get(r.nextInt(RED_FLAGS.size())));
    } else if (s < 0.2) {
      List<Symptom> some = new ArrayList<>(MILD);
      java.util.Collections.shuffle(some, r);
      symptoms = Set.copyOf(some.subList(0, 1 + r.nextInt(2)));
    }
    Optional<GeoPoint> location = Optional.empty();
    if (r.nextBoolean()) {
      double meters = r.nextDouble() < 0.03 ? 300 + r.nextInt(5000) : r.nextInt(50);
      double lon = HOME.longitude() + meters / (111_320 * Math.cos(Math.toRadians(HOME.latitude())));
      location = Optional.of(GeoPoint.of(HOME.latitude(), lon, 5 + r.nextInt(30)));
    }
    return new Declaration(new DeclarationId(new UUID(r.nextLong(), r.nextLong())), new CaseId(new UUID(1, 1)), at,
        at, SELF, new Vitals(temperature, spo2, rr, pulse, systolic, diastolic), symptoms, Optional.empty(),
        location, Optional.empty());
  }

  private static double clamp(double v, double min, double max) {
    return Math.max(min, Math.min(max, v));
  }
}
