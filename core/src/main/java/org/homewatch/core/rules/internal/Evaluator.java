package org.homewatch.core.rules.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.homewatch.core.rules.CaseFacts;
import org.homewatch.core.rules.definition.AgeBand;
import org.homewatch.core.rules.definition.Condition;
import org.homewatch.core.rules.definition.RiskModifier;
import org.homewatch.core.rules.definition.RuleDefinition;
import org.homewatch.core.rules.definition.RuleSetDefinition;
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

/**
 * A rule set compiled into flat arrays of primitives, built once. {@link #assess} reads the declaration, walks
 * the arrays and allocates only what it returns: the assessment and, when rules fire, their findings. Immutable,
 * so any number of threads may share one instance.
 */
public final class Evaluator {
  private final RuleSetRef ref;
  private final Duration historyWindow;
  private final int offsetSeconds;

  private final int[] bandFromSorted;
  private final int[] bandIndexSorted;

  private final int[] vitalOf;
  private final int[] vitalOp;
  private final double[][] vitalThreshold;
  private final String[][] vitalThresholdText;
  private final RuleMeta[] vitalMeta;

  private final Symptom[][] symptomCodes;
  private final int[] symptomAtLeast;
  private final String[] symptomGroupText;
  private final RuleMeta[] symptomMeta;

  private final TrendRule[] trends;

  private final double[] distanceMeters;
  private final RuleMeta[] distanceMeta;

  private final RiskFactor[] riskFactors;
  private final int riskAge;
  private final int riskRaiseBy;
  private final Severity riskCap;
  private final boolean hasModifier;

  /** Compiles a definition that has passed {@link RuleSetChecks}. */
  public Evaluator(RuleSetDefinition d) {
    this.ref = d.ref();
    this.offsetSeconds = d.utcOffset().getTotalSeconds();
    List<AgeBand> bands = d.ageBands();
    Integer[] order = new Integer[bands.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(bands.get(a).fromYears(), bands.get(b).fromYears()));
    bandFromSorted = new int[order.length];
    bandIndexSorted = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      bandFromSorted[i] = bands.get(order[i]).fromYears();
      bandIndexSorted[i] = order[i];
    }

    List<RuleDefinition> vitals = new ArrayList<>();
    List<RuleDefinition> groups = new ArrayList<>();
    List<TrendRule> trendRules = new ArrayList<>();
    List<RuleDefinition> distances = new ArrayList<>();
    long window = 0;
    for (RuleDefinition r : d.rules()) {
      Condition c = r.condition();
      if (c instanceof Condition.VitalThreshold) {
        vitals.add(r);
      } else if (c instanceof Condition.SymptomGroup) {
        groups.add(r);
      } else if (c instanceof Condition.DistanceFromHome) {
        distances.add(r);
      } else {
        TrendRule t = TrendRule.compile(r, meta(r, bands), offsetSeconds);
        trendRules.add(t);
        window = Math.max(window, t.windowSeconds());
      }
    }
    this.historyWindow = Duration.ofSeconds(window);

    int n = vitals.size();
    vitalOf = new int[n];
    vitalOp = new int[n];
    vitalThreshold = new double[n][];
    vitalThresholdText = new String[n][];
    vitalMeta = new RuleMeta[n];
    for (int i = 0; i < n; i++) {
      RuleDefinition r = vitals.get(i);
      Condition.VitalThreshold c = (Condition.VitalThreshold) r.condition();
      vitalOf[i] = Readings.index(c.vital());
      vitalOp[i] = c.op().ordinal();
      double[] t = new double[bands.size()];
      String[] text = new String[bands.size()];
      long mask = 0;
      for (int b = 0; b < bands.size(); b++) {
        String band = bands.get(b).id();
        t[b] = Double.NaN;
        if (r.appliesTo(band) && c.thresholdFor(band).isPresent()) {
          t[b] = c.thresholdFor(band).getAsDouble();
          text[b] = RuleSetChecks.fmt(t[b]);
          mask |= 1L << b;
        }
      }
      vitalThreshold[i] = t;
      vitalThresholdText[i] = text;
      vitalMeta[i] = new RuleMeta(r.id(), r.severity(), r.kind(), r.messageKey(), mask);
    }

    int g = groups.size();
    symptomCodes = new Symptom[g][];
    symptomAtLeast = new int[g];
    symptomGroupText = new String[g];
    symptomMeta = new RuleMeta[g];
    for (int i = 0; i < g; i++) {
      RuleDefinition r = groups.get(i);
      Condition.SymptomGroup c = (Condition.SymptomGroup) r.condition();
      symptomCodes[i] = c.of().stream().map(Symptom::new).toArray(Symptom[]::new);
      symptomAtLeast[i] = c.atLeast();
      symptomGroupText[i] = String.join(", ", c.of());
      symptomMeta[i] = meta(r, bands);
    }

    trends = trendRules.toArray(TrendRule[]::new);

    distanceMeters = new double[distances.size()];
    distanceMeta = new RuleMeta[distances.size()];
    for (int i = 0; i < distanceMeters.length; i++) {
      distanceMeters[i] = ((Condition.DistanceFromHome) distances.get(i).condition()).meters();
      distanceMeta[i] = meta(distances.get(i), bands);
    }

    RiskModifier m = d.riskModifier().orElse(null);
    hasModifier = m != null && m.raiseBy() > 0;
    riskFactors = m == null ? new RiskFactor[0] : m.factors().toArray(RiskFactor[]::new);
    riskAge = m == null || m.ageAtLeast().isEmpty() ? Integer.MAX_VALUE : m.ageAtLeast().getAsInt();
    riskRaiseBy = m == null ? 0 : m.raiseBy();
    riskCap = m == null ? Severity.EMERGENCY : m.cap();
  }

  private static RuleMeta meta(RuleDefinition r, List<AgeBand> bands) {
    long mask = 0;
    for (int b = 0; b < bands.size(); b++) {
      if (r.appliesTo(bands.get(b).id())) {
        mask |= 1L << b;
      }
    }
    return new RuleMeta(r.id(), r.severity(), r.kind(), r.messageKey(), mask);
  }

  public RuleSetRef ref() {
    return ref;
  }

  public Duration historyWindow() {
    return historyWindow;
  }

  /** The age band (index in the definition's order) a person of this age falls in. */
  public int bandOf(int ageYears) {
    for (int i = bandFromSorted.length - 1; i > 0; i--) {
      if (ageYears >= bandFromSorted[i]) {
        return bandIndexSorted[i];
      }
    }
    return bandIndexSorted[0];
  }

  public Assessment assess(Declaration d, CaseFacts facts, List<Declaration> history, Instant assessedAt) {
    int age = Readings.ageYears(facts.birthDate(), facts.onDay());
    int band = bandOf(age);
    // stays null, and nothing is allocated, until a rule fires
    List<Finding> found = null;

    org.homewatch.model.Vitals v = d.vitals();
    double temperature = Readings.read(v, Readings.TEMPERATURE);
    double spo2 = Readings.read(v, Readings.SPO2);
    double respiratory = Readings.read(v, Readings.RESPIRATORY_RATE);
    double pulse = Readings.read(v, Readings.PULSE);
    double systolic = Readings.read(v, Readings.SYSTOLIC);
    double diastolic = Readings.read(v, Readings.DIASTOLIC);
    for (int i = 0; i < vitalOf.length; i++) {
      int vital = vitalOf[i];
      double value = switch (vital) {
        case Readings.TEMPERATURE -> temperature;
        case Readings.SPO2 -> spo2;
        case Readings.RESPIRATORY_RATE -> respiratory;
        case Readings.PULSE -> pulse;
        case Readings.SYSTOLIC -> systolic;
        default -> diastolic;
      };
      double t = vitalThreshold[i][band];
      if (value != value || t != t) {
        continue;
      }
      boolean fires = switch (vitalOp[i]) {
        case 0 -> value < t;
        case 1 -> value <= t;
        case 2 -> value > t;
        default -> value >= t;
      };
      if (fires) {
        found = add(found, vitalMeta[i].finding(new Evidence(TrendRule.SUBJECTS[vital], Readings.text(value, vital),
            COMPARISONS[vitalOp[i]].symbol(), vitalThresholdText[i][band])));
      }
    }

    Set<Symptom> symptoms = d.symptoms();
    if (!symptoms.isEmpty()) {
      for (int i = 0; i < symptomCodes.length; i++) {
        RuleMeta meta = symptomMeta[i];
        if (!meta.appliesTo(band)) {
          continue;
        }
        Symptom[] codes = symptomCodes[i];
        int present = 0;
        for (Symptom code : codes) {
          if (symptoms.contains(code)) {
            present++;
          }
        }
        if (present >= symptomAtLeast[i]) {
          found = add(found, meta.finding(symptomEvidence(codes, symptoms, symptomAtLeast[i], symptomGroupText[i])));
        }
      }
    }

    for (TrendRule trend : trends) {
      if (trend.meta.appliesTo(band)) {
        Finding f = trend.evaluate(d, history);
        if (f != null) {
          found = add(found, f);
        }
      }
    }

    if (distanceMeters.length > 0 && d.location().isPresent() && facts.home().isPresent()) {
      GeoPoint at = d.location().get();
      double distance = facts.home().get().distanceMetersTo(at);
      double accuracy = at.accuracyMeters().orElse(0);
      for (int i = 0; i < distanceMeters.length; i++) {
        if (distanceMeta[i].appliesTo(band) && distance - accuracy > distanceMeters[i]) {
          found = add(found, distanceMeta[i].finding(
              new Evidence("distanceMeters", Long.toString(Math.round(distance)), ">",
                  RuleSetChecks.fmt(distanceMeters[i])),
              new Evidence("accuracyMeters", Long.toString(Math.round(accuracy)), "subtracted", "")));
        }
      }
    }
    if (found == null) {
      return new Assessment(d.id(), d.caseId(), Severity.NORMAL, List.of(), ref, assessedAt);
    }
    Severity worst = Severity.NORMAL;
    if (hasModifier && atRisk(facts, age)) {
      for (int i = 0; i < found.size(); i++) {
        found.set(i, raised(found.get(i), facts, age));
      }
    }
    for (Finding f : found) {
      worst = Severity.max(worst, f.severity());
    }
    return new Assessment(d.id(), d.caseId(), worst, found, ref, assessedAt);
  }

  private static final org.homewatch.core.rules.definition.Comparison[] COMPARISONS =
      org.homewatch.core.rules.definition.Comparison.values();

  private static List<Finding> add(@org.jspecify.annotations.Nullable List<Finding> found, Finding f) {
    List<Finding> list = found == null ? new ArrayList<>(4) : found;
    list.add(f);
    return list;
  }

  private boolean atRisk(CaseFacts facts, int age) {
    if (age >= riskAge) {
      return true;
    }
    Set<RiskFactor> has = facts.riskFactors();
    for (RiskFactor f : riskFactors) {
      if (has.contains(f)) {
        return true;
      }
    }
    return false;
  }

  /** A health finding one person-at-risk step worse, with the reason added to its evidence. */
  private Finding raised(Finding f, CaseFacts facts, int age) {
    if (f.kind() != AlertKind.HEALTH) {
      return f;
    }
    Severity raised = f.severity().raisedBy(riskRaiseBy, riskCap);
    if (raised == f.severity()) {
      return f;
    }
    List<String> names = new ArrayList<>();
    if (age >= riskAge) {
      names.add("age " + age + " >= " + riskAge);
    }
    for (RiskFactor r : riskFactors) {
      if (facts.riskFactors().contains(r)) {
        names.add(r.name());
      }
    }
    List<Evidence> evidence = new ArrayList<>(f.evidence());
    evidence.add(new Evidence("riskFactors", String.join(", ", names),
        "raises " + f.severity() + " by " + riskRaiseBy + ", capped at", riskCap.name()));
    return new Finding(f.ruleId(), raised, f.kind(), f.messageKey(), evidence);
  }

  private static Evidence symptomEvidence(Symptom[] codes, Set<Symptom> symptoms, int atLeast, String group) {
    StringBuilder seen = new StringBuilder();
    for (Symptom code : codes) {
      if (symptoms.contains(code)) {
        if (seen.length() > 0) {
          seen.append(", ");
        }
        seen.append(code.code());
      }
    }
    if (codes.length == 1) {
      return new Evidence("symptoms", seen.toString(), "present", group);
    }
    return new Evidence("symptoms", seen.toString(), "at least " + atLeast + " of", group);
  }
}
