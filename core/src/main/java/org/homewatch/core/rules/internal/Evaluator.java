package org.homewatch.core.rules.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.homewatch.core.rules.CaseFacts;
import org.homewatch.core.rules.definition.AgeBand;
import org.homewatch.core.rules.definition.RiskModifier;
import org.homewatch.core.rules.definition.RuleSetDefinition;
import org.homewatch.model.AlertKind;
import org.homewatch.model.Assessment;
import org.homewatch.model.Declaration;
import org.homewatch.model.Evidence;
import org.homewatch.model.Finding;
import org.homewatch.model.RiskFactor;
import org.homewatch.model.RuleSetRef;
import org.homewatch.model.Severity;

/**
 * A rule set compiled once, its rules grouped by condition type ({@link CompiledConditions}, each type's rules in
 * flat arrays of primitives). {@link #assess} reads the declaration, walks the types and allocates only what it
 * returns: the assessment and, when rules fire, their findings. Immutable,
 * so any number of threads may share one instance.
 */
public final class Evaluator {
  private final RuleSetRef ref;
  private final Duration historyWindow;

  private final int[] bandFromSorted;
  private final int[] bandIndexSorted;
  /** The band of each age up to {@link RuleSetChecks#MAX_AGE}: one array read per declaration. */
  private final byte[] bandByAge;

  /** The rules by condition type ({@link ConditionTypes}); package-private: ColumnScreen screens the same ones. */
  final CompiledConditions[] conditions;
  /** Whether {@code conditions[k]} reads history (and so is skipped when there is none). */
  private final boolean[] readsHistory;

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

    conditions = ConditionTypes.compile(d).toArray(CompiledConditions[]::new);
    readsHistory = new boolean[conditions.length];
    long window = 0;
    for (int k = 0; k < conditions.length; k++) {
      readsHistory[k] = conditions[k].historySeconds() > 0;
      window = Math.max(window, conditions[k].historySeconds());
    }
    this.historyWindow = Duration.ofSeconds(window);

    RiskModifier m = d.riskModifier().orElse(null);
    hasModifier = m != null && m.raiseBy() > 0;
    riskFactors = m == null ? new RiskFactor[0] : m.factors().toArray(RiskFactor[]::new);
    riskFactorBits = bitsOf(m == null ? List.of() : m.factors());
    riskAge = m == null || m.ageAtLeast().isEmpty() ? Integer.MAX_VALUE : m.ageAtLeast().getAsInt();
    riskRaiseBy = m == null ? 0 : m.raiseBy();
    riskCap = m == null ? Severity.EMERGENCY : m.cap();
    columnScreen = new ColumnScreen(this, bands.size());
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
    for (int k = 0; k < conditions.length; k++) {
      if (readsHistory[k] && conditions[k].couldFire(d, band)) {
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

    for (int k = 0; k < conditions.length; k++) {
      // every trend compares with at least one earlier declaration: without history none can fire
      if (!readsHistory[k] || !history.isEmpty()) {
        found = conditions[k].evaluate(d, facts, band, history, found);
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
