package org.homewatch.model;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The judgement of one declaration: the worst severity among the findings (NORMAL if none fired), every
 * finding with its evidence, and which rule set judged it.
 *
 * @param declarationId the declaration judged
 * @param caseId its case
 * @param severity the worst severity among the findings; NORMAL if none fired
 * @param findings every rule that fired, with its evidence
 * @param ruleSet the rule set and version that judged it
 * @param assessedAt when it was judged
 */
public record Assessment(
    DeclarationId declarationId,
    CaseId caseId,
    Severity severity,
    List<Finding> findings,
    RuleSetRef ruleSet,
    Instant assessedAt) {

  /**
   * Refuses null components; copies the findings.
   *
   * @param declarationId the declaration judged
   * @param caseId its case
   * @param severity the worst severity among the findings
   * @param findings every rule that fired, with its evidence
   * @param ruleSet the rule set and version that judged it
   * @param assessedAt when it was judged
   */
  public Assessment {
    Objects.requireNonNull(declarationId, "declarationId");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(ruleSet, "ruleSet");
    Objects.requireNonNull(assessedAt, "assessedAt");
    findings = List.copyOf(findings);
  }

  /**
   * The worst severity among the findings of one alert kind, NORMAL if none.
   *
   * @param kind the alert kind
   * @return the worst severity of that kind's findings, or NORMAL
   */
  public Severity severityOf(AlertKind kind) {
    return findings.stream().filter(f -> f.kind() == kind).map(Finding::severity)
        .max(Comparator.naturalOrder()).orElse(Severity.NORMAL);
  }

  /**
   * Whether nothing fired.
   *
   * @return true if the severity is NORMAL
   */
  public boolean isNormal() {
    return severity == Severity.NORMAL;
  }
}
