package org.homewatch.rules.testkit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.homewatch.core.rules.CaseFacts;
import org.homewatch.core.rules.RuleSet;
import org.homewatch.model.AccountId;
import org.homewatch.model.Assessment;
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
 * One thing to judge: a declaration, the person's facts and their earlier declarations (oldest first).
 *
 * @param declaration the declaration to judge, observed at {@link #NOW}
 * @param facts the person's age, risk factors, category and home
 * @param history earlier declarations of the case, oldest first
 */
public record Scenario(Declaration declaration, CaseFacts facts, List<Declaration> history) {
  /** The reference moment of generated scenarios: 09:00 in Vietnam on a day of the 2022 wave. */
  public static final Instant NOW = Instant.parse("2022-02-10T02:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2022, 2, 10);
  static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
  static final GeoPoint HOME = GeoPoint.of(13.9833, 108.0);
  static final CaseId CASE = new CaseId(java.util.UUID.fromString("00000000-0000-0000-0000-00000000cafe"));
  private static final Submitter SELF = new Submitter(Submitter.Kind.SELF, new AccountId("verifier"));

  /**
   * Refuses null components; copies the history.
   *
   * @param declaration the declaration to judge, observed at {@link #NOW}
   * @param facts the person's age, risk factors, category and home
   * @param history earlier declarations of the case, oldest first
   */
  public Scenario {
    Objects.requireNonNull(declaration, "declaration");
    Objects.requireNonNull(facts, "facts");
    history = List.copyOf(history);
  }

  /**
   * The assessment {@code rules} make of this scenario at {@link #NOW}.
   *
   * @param rules the rule set under test
   * @return its assessment
   */
  public Assessment judgeWith(RuleSet rules) {
    return rules.assess(declaration, facts, history, NOW);
  }

  /**
   * This scenario with another declaration, the person and history unchanged.
   *
   * @param d the declaration
   * @return the new scenario
   */
  public Scenario withDeclaration(Declaration d) {
    return new Scenario(d, facts, history);
  }

  static Declaration declaration(long seq, Instant at, Vitals vitals, Set<Symptom> symptoms,
      Optional<GeoPoint> location) {
    // stable ids, so that two runs of one scenario are equal
    return new Declaration(new DeclarationId(new java.util.UUID(0xdec1L, seq)), CASE, at, at, SELF, vitals, symptoms,
        Optional.empty(), location, Optional.empty());
  }

  static CaseFacts person(int ageYears, Set<RiskFactor> risks) {
    return new CaseFacts(CaseCategory.F0_HOME_CARE, BirthDate.of(TODAY.minusYears(ageYears).minusDays(1)), TODAY,
        risks, Optional.of(HOME));
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("age ").append(facts.ageYears());
    if (!facts.riskFactors().isEmpty()) {
      b.append(" ").append(facts.riskFactors());
    }
    b.append(", declaration ").append(describe(declaration));
    if (!history.isEmpty()) {
      b.append(", history [");
      for (Declaration h : history) {
        b.append("\n      ").append(h.observedAt()).append(": ").append(describe(h));
      }
      b.append("]");
    }
    return b.toString();
  }

  static String describe(Declaration d) {
    Vitals v = d.vitals();
    StringBuilder b = new StringBuilder("{");
    v.temperatureCelsius().ifPresent(x -> b.append("temperatureCelsius=").append(x).append(' '));
    v.spo2Percent().ifPresent(x -> b.append("spo2Percent=").append(x).append(' '));
    v.respiratoryRatePerMinute().ifPresent(x -> b.append("respiratoryRatePerMinute=").append(x).append(' '));
    v.pulsePerMinute().ifPresent(x -> b.append("pulsePerMinute=").append(x).append(' '));
    v.systolicMmHg().ifPresent(x -> b.append("systolicMmHg=").append(x).append(' '));
    v.diastolicMmHg().ifPresent(x -> b.append("diastolicMmHg=").append(x).append(' '));
    if (!d.symptoms().isEmpty()) {
      b.append("symptoms=").append(new java.util.TreeSet<>(d.symptoms())).append(' ');
    }
    d.location().ifPresent(l -> b.append("at ").append(Math.round(l.distanceMetersTo(HOME))).append(" m from home"));
    return b.toString().strip() + "}";
  }
}
