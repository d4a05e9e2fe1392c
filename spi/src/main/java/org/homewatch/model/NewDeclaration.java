package org.homewatch.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
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
    Checks.required(id, "id");
    Checks.required(caseId, "caseId");
    Checks.required(observedAt, "observedAt");
    Checks.required(vitals, "vitals");
    Checks.required(note, "note");
    Checks.required(location, "location");
    Checks.required(presence, "presence");
    symptoms = Checks.copyOfSet(symptoms, "symptoms");
    // Nothing measured and nothing felt says nothing about the person's health; judged, it would fill a slot as
    // NORMAL. A person who feels well declares at least their temperature (every home-isolation kit has a
    // thermometer).
    new Checks()
        .require(!vitals.equals(Vitals.NONE) || !symptoms.isEmpty(), "vitals",
            "homewatch.validation.declaration.empty", "a declaration carries at least one measurement or one symptom")
        .throwIfAny();
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
