package org.homewatch.model;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The judgement of one declaration: the worst severity among the findings (NORMAL if none fired), every
 * finding with its evidence, and which rule set judged it.
 */
public record Assessment(
    DeclarationId declarationId,
    CaseId caseId,
    Severity severity,
    List<Finding> findings,
    RuleSetRef ruleSet,
    Instant assessedAt) {

  public Assessment {
    Objects.requireNonNull(declarationId, "declarationId");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(ruleSet, "ruleSet");
    Objects.requireNonNull(assessedAt, "assessedAt");
    findings = List.copyOf(findings);
  }

  /** The worst severity among the findings of one alert kind, NORMAL if none. */
  public Severity severityOf(AlertKind kind) {
    return findings.stream().filter(f -> f.kind() == kind).map(Finding::severity)
        .max(Comparator.naturalOrder()).orElse(Severity.NORMAL);
  }

  public boolean isNormal() {
    return severity == Severity.NORMAL;
  }
}
