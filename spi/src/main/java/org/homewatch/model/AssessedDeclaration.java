package org.homewatch.model;

import java.util.Objects;

/**
 * A declaration together with the assessment made when it arrived; stored and read as one.
 *
 * @param declaration what the person declared
 * @param assessment its judgement, for the same declaration and case
 */
public record AssessedDeclaration(Declaration declaration, Assessment assessment) {
  /**
   * Refuses an assessment of another declaration or case.
   *
   * @param declaration what the person declared
   * @param assessment its judgement, for the same declaration and case
   * @throws IllegalArgumentException if the assessment belongs to another declaration
   */
  public AssessedDeclaration {
    Objects.requireNonNull(declaration, "declaration");
    Objects.requireNonNull(assessment, "assessment");
    if (!declaration.id().equals(assessment.declarationId()) || !declaration.caseId().equals(assessment.caseId())) {
      throw new IllegalArgumentException("the assessment belongs to another declaration");
    }
  }
}
