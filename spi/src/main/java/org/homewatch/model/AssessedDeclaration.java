package org.homewatch.model;

import java.util.Objects;

/** A declaration together with the assessment made when it arrived; stored and read as one. */
public record AssessedDeclaration(Declaration declaration, Assessment assessment) {
  public AssessedDeclaration {
    Objects.requireNonNull(declaration, "declaration");
    Objects.requireNonNull(assessment, "assessment");
    if (!declaration.id().equals(assessment.declarationId()) || !declaration.caseId().equals(assessment.caseId())) {
      throw new IllegalArgumentException("the assessment belongs to another declaration");
    }
  }
}
