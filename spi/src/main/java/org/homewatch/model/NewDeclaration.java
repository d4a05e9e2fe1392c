package org.homewatch.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A declaration as it arrives from the app or a portal form, before the server stamps who sent it and when.
 * The Jakarta Validation annotations let a portal validate a bound form the same way core does.
 */
public record NewDeclaration(
    @NotNull DeclarationId id,
    @NotNull CaseId caseId,
    @NotNull Instant observedAt,
    @NotNull @Valid Vitals vitals,
    @NotNull @Size(max = 64) Set<Symptom> symptoms,
    Optional<@Size(max = Declaration.MAX_NOTE_LENGTH) String> note,
    Optional<GeoPoint> location,
    Optional<PresenceCheck> presence) {

  public NewDeclaration {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(observedAt, "observedAt");
    Objects.requireNonNull(vitals, "vitals");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(presence, "presence");
    symptoms = Set.copyOf(symptoms);
  }

  /** The common case: vitals and symptoms, nothing else. */
  public static NewDeclaration of(DeclarationId id, CaseId caseId, Instant observedAt, Vitals vitals,
      Set<Symptom> symptoms) {
    return new NewDeclaration(id, caseId, observedAt, vitals, symptoms, Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  public NewDeclaration withLocation(GeoPoint point) {
    return new NewDeclaration(id, caseId, observedAt, vitals, symptoms, note, Optional.of(point), presence);
  }

  public NewDeclaration withNote(String text) {
    return new NewDeclaration(id, caseId, observedAt, vitals, symptoms, Optional.of(text), location, presence);
  }

  /** The stored declaration, stamped by the server. */
  public Declaration stamped(Instant submittedAt, Submitter submittedBy) {
    return new Declaration(id, caseId, observedAt, submittedAt, submittedBy, vitals, symptoms, note, location,
        presence);
  }
}
