package org.homewatch.core.rules.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
  /** The band of each age up to {@link RuleSetChecks#MAX_AGE}: one array read per declaration. */
  private final byte[] bandByAge;

  // package-private: ColumnScreen judges columns with the same compiled rules
  final int[] vitalOf;
  final int[] vitalOp;
  final double[][] vitalThreshold;
  private final String[][] vitalThresholdText;
  /** [rule][band] → the finding for each measurable value (slot), made once: firing allocates nothing. */
  final Finding[][][] vitalFindings;
  final RuleMeta[] vitalMeta;

  final SymptomGroups symptomGroups;

  // one array per kind, so each loop's call site sees one class and the JIT inlines it
  private final TrendRule.ConsecutiveDays[] consecutiveDays;
  private final TrendRule.DropFromBaseline[] dropsFromBaseline;
  private final TrendRule.Persists[] persisting;

  private static final double EARTH_RADIUS_METERS = 6_371_008.8;
  final double[] distanceMeters;
  private final double nearestDistanceRule;
  final RuleMeta[] distanceMeta;

  /** The modifier's risk factors, in the definition's order (the order the evidence names them in)... */
  private final RiskFactor[] riskFactors;
  /** ...and as bits of {@link RiskFactor#ordinal()}. */
  final int riskFactorBits;
  final int riskAge;
  final int riskRaiseBy;
  final Severity riskCap;
  final boolean hasModifier;

  private final ColumnScreen columnScreen;

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
    bandByAge = new byte[RuleSetChecks.MAX_AGE + 1];
    for (int age = 0; age < bandByAge.length; age++) {
      bandByAge[age] = (byte) scanBand(age);
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
    vitalFindings = new Finding[n][][];
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
        if (r.appliesTo(bands.get(b).id()) && c.thresholdFor(bands.get(b).id()).isPresent()) {
          mask |= 1L << b;
        }
      }
      RuleMeta meta = new RuleMeta(r.id(), r.severity(), r.kind(), r.messageKey(), mask);
      for (int b = 0; b < bands.size(); b++) {
        String band = bands.get(b).id();
        t[b] = Double.NaN;
        if (r.appliesTo(band) && c.thresholdFor(band).isPresent()) {
          t[b] = c.thresholdFor(band).getAsDouble();
          text[b] = RuleSetChecks.fmt(t[b]);
        }
      }
      vitalThreshold[i] = t;
      vitalThresholdText[i] = text;
      vitalFindings[i] = new Finding[bands.size()][];
      java.util.Map<String, Finding[]> byThreshold = new java.util.HashMap<>();
      for (int b = 0; b < bands.size(); b++) {
        if (text[b] != null) {
          vitalFindings[i][b] = byThreshold.computeIfAbsent(text[b],
              threshold -> FindingTables.perValue(meta, c, threshold));
        }
      }
      vitalMeta[i] = meta;
    }

    symptomGroups = new SymptomGroups(groups, bands);

    consecutiveDays = trendRules.stream().filter(t -> t instanceof TrendRule.ConsecutiveDays)
        .toArray(TrendRule.ConsecutiveDays[]::new);
    dropsFromBaseline = trendRules.stream().filter(t -> t instanceof TrendRule.DropFromBaseline)
        .toArray(TrendRule.DropFromBaseline[]::new);
    persisting = trendRules.stream().filter(t -> t instanceof TrendRule.Persists)
        .toArray(TrendRule.Persists[]::new);

    distanceMeters = new double[distances.size()];
    distanceMeta = new RuleMeta[distances.size()];
    for (int i = 0; i < distanceMeters.length; i++) {
      distanceMeters[i] = ((Condition.DistanceFromHome) distances.get(i).condition()).meters();
      distanceMeta[i] = meta(distances.get(i), bands);
    }

    double nearest = Double.POSITIVE_INFINITY;
    for (double meters : distanceMeters) {
      nearest = Math.min(nearest, meters);
    }
    nearestDistanceRule = nearest;

    RiskModifier m = d.riskModifier().orElse(null);
    hasModifier = m != null && m.raiseBy() > 0;
    riskFactors = m == null ? new RiskFactor[0] : m.factors().toArray(RiskFactor[]::new);
    riskFactorBits = bitsOf(m == null ? List.of() : m.factors());
    riskAge = m == null || m.ageAtLeast().isEmpty() ? Integer.MAX_VALUE : m.ageAtLeast().getAsInt();
    riskRaiseBy = m == null ? 0 : m.raiseBy();
    riskCap = m == null ? Severity.EMERGENCY : m.cap();
    columnScreen = new ColumnScreen(this, bands.size());
  }

  static RuleMeta meta(RuleDefinition r, List<AgeBand> bands) {
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
    return bandByAge[Math.min(Math.max(ageYears, 0), bandByAge.length - 1)];
  }

  private int scanBand(int ageYears) {
    for (int i = bandFromSorted.length - 1; i > 0; i--) {
      if (ageYears >= bandFromSorted[i]) {
        return bandIndexSorted[i];
      }
    }
    return bandIndexSorted[0];
  }

  /** Whether a trend rule could fire for this declaration, given the right history (see RuleSet#readsHistory). */
  public boolean readsHistory(Declaration d, CaseFacts facts) {
    if (historyWindow.isZero()) {
      return false;
    }
    int band = bandOf(Readings.ageYears(facts.birthDate(), facts.onDay()));
    for (TrendRule.ConsecutiveDays trend : consecutiveDays) {
      if (trend.meta.appliesTo(band) && trend.couldFire(d)) {
        return true;
      }
    }
    for (TrendRule.DropFromBaseline trend : dropsFromBaseline) {
      if (trend.meta.appliesTo(band) && trend.couldFire(d)) {
        return true;
      }
    }
    for (TrendRule.Persists trend : persisting) {
      if (trend.meta.appliesTo(band) && trend.couldFire(d)) {
        return true;
      }
    }
    return false;
  }

  public Assessment assess(Declaration d, CaseFacts facts, List<Declaration> history, Instant assessedAt) {
    int age = Readings.ageYears(facts.birthDate(), facts.onDay());
    int band = bandOf(age);
    // null until a rule fires, then the one Finding, then a list: a single finding costs no list of its own
    Object found = null;

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
        found = add(found, vitalFindings[i][band][FindingTables.slot(vital, value)]);
      }
    }

    found = symptomGroups.match(d.symptoms(), band, found);

    // every trend compares with at least one earlier declaration: without history none can fire
    if (!history.isEmpty()) {
      for (TrendRule.ConsecutiveDays trend : consecutiveDays) {
        Finding f = trend.meta.appliesTo(band) ? trend.evaluate(d, history) : null;
        found = f == null ? found : add(found, f);
      }
      for (TrendRule.DropFromBaseline trend : dropsFromBaseline) {
        Finding f = trend.meta.appliesTo(band) ? trend.evaluate(d, history) : null;
        found = f == null ? found : add(found, f);
      }
      for (TrendRule.Persists trend : persisting) {
        Finding f = trend.meta.appliesTo(band) ? trend.evaluate(d, history) : null;
        found = f == null ? found : add(found, f);
      }
    }

    if (distanceMeters.length > 0 && d.location().isPresent() && facts.home().isPresent()) {
      GeoPoint at = d.location().get();
      GeoPoint home = facts.home().get();
      double accuracy = at.accuracyMeters().orElse(0);
      double distance = distanceFromHome(home, at, accuracy);
      for (int i = 0; i < distanceMeters.length; i++) {
        if (distanceMeta[i].appliesTo(band) && distance - accuracy > distanceMeters[i]) {
          found = add(found, offSite(i, distance, accuracy));
        }
      }
    }
    if (found == null) {
      return new Assessment(d.id(), d.caseId(), Severity.NORMAL, List.of(), ref, assessedAt);
    }
    int riskBits = bitsOf(facts.riskFactors());
    boolean raise = atRisk(age, riskBits);
    if (found instanceof Finding one) {
      Finding f = raise ? raised(one, age, riskBits) : one;
      return new Assessment(d.id(), d.caseId(), f.severity(), List.of(f), ref, assessedAt);
    }
    @SuppressWarnings("unchecked")
    List<Finding> list = (List<Finding>) found;
    Severity worst = Severity.NORMAL;
    for (int i = 0; i < list.size(); i++) {
      Finding f = raise ? raised(list.get(i), age, riskBits) : list.get(i);
      list.set(i, f);
      worst = Severity.max(worst, f.severity());
    }
    return new Assessment(d.id(), d.caseId(), worst, list, ref, assessedAt);
  }

  @SuppressWarnings("unchecked")
  static Object add(@org.jspecify.annotations.Nullable Object found, Finding f) {
    if (found == null) {
      return f;
    }
    if (found instanceof Finding one) {
      List<Finding> list = new ArrayList<>(4);
      list.add(one);
      list.add(f);
      return list;
    }
    ((List<Finding>) found).add(f);
    return found;
  }

  /**
   * How far a declaration was made from home, in metres. Nearly every declaration is made at home: a trig-free
   * upper bound (along the meridian, then the parallel, never shorter than the great circle) settles those
   * without the haversine. When a distance rule can fire, the result is the great circle itself.
   */
  private double distanceFromHome(GeoPoint home, GeoPoint at, double accuracy) {
    double bound = EARTH_RADIUS_METERS * (Math.abs(Math.toRadians(at.latitude() - home.latitude()))
        + Math.abs(Math.toRadians(at.longitude() - home.longitude())));
    return bound - accuracy <= nearestDistanceRule ? bound : home.distanceMetersTo(at);
  }

  Finding offSite(int rule, double distance, double accuracy) {
    return distanceMeta[rule].finding(
        new Evidence("distanceMeters", Long.toString(Math.round(distance)), ">",
            RuleSetChecks.fmt(distanceMeters[rule])),
        new Evidence("accuracyMeters", Long.toString(Math.round(accuracy)), "subtracted", ""));
  }

  static int bitsOf(java.util.Collection<RiskFactor> factors) {
    int bits = 0;
    for (RiskFactor f : factors) {
      bits |= 1 << f.ordinal();
    }
    return bits;
  }

  /** Whether the risk modifier raises this person's health findings. */
  boolean atRisk(int age, int riskBits) {
    return hasModifier && (age >= riskAge || (riskBits & riskFactorBits) != 0);
  }

  /** A health finding one person-at-risk step worse, with the reason added to its evidence. */
  Finding raised(Finding f, int age, int riskBits) {
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
      if ((riskBits & (1 << r.ordinal())) != 0) {
        names.add(r.name());
      }
    }
    List<Evidence> evidence = new ArrayList<>(f.evidence());
    evidence.add(new Evidence("riskFactors", String.join(", ", names),
        "raises " + f.severity() + " by " + riskRaiseBy + ", capped at", riskCap.name()));
    return new Finding(f.ruleId(), raised, f.kind(), f.messageKey(), evidence);
  }

  /** The compiled rules that read one declaration, laid out for {@link org.homewatch.core.rules.DeclarationColumns}. */
  public ColumnScreen columnScreen() {
    return columnScreen;
  }
}
