package org.homewatch.spi.identity;

import java.time.Instant;
import java.util.Objects;
import org.homewatch.model.CaseId;
import org.homewatch.model.DeclarationId;
import org.homewatch.model.PersonId;

/**
 * What a {@link PresenceVerifier} is asked to verify: that the person of a case is the one who made the check-in
 * {@code declaration}, from what the app uploaded to the verifier's own service under {@code evidenceReference}.
 * It carries no image and no biometric data: those stay with the verifier.
 *
 * @param caseId the case whose spot check the check-in answers
 * @param person the person of the case (the province's id for them, which an adapter maps to its enrolment)
 * @param declaration the check-in that answers the spot check
 * @param evidenceReference the app's opaque reference to what it uploaded (at most 512 plain characters)
 * @param submittedAt when the check-in was submitted
 */
public record PresenceClaim(
    CaseId caseId, PersonId person, DeclarationId declaration, String evidenceReference, Instant submittedAt) {

  /**
   * Checks that every component is given.
   *
   * @param caseId the case whose spot check the check-in answers
   * @param person the person of the case
   * @param declaration the check-in that answers the spot check
   * @param evidenceReference the app's opaque reference to what it uploaded
   * @param submittedAt when the check-in was submitted
   */
  public PresenceClaim {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(declaration, "declaration");
    Objects.requireNonNull(evidenceReference, "evidenceReference");
    Objects.requireNonNull(submittedAt, "submittedAt");
  }
}
