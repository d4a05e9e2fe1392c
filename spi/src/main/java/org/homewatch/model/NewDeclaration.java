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
 *
 * @param id chosen by the client; sending the same id again returns the first result
 * @param caseId the case declared for
 * @param observedAt when the person measured, by the device's clock
 * @param vitals the measurements; at least one, or a symptom
 * @param symptoms the signs the person ticked, at most 64
 * @param note free text, at most {@value Declaration#MAX_NOTE_LENGTH} characters
 * @param location where the device was, if the person allowed it
 * @param presence the portal's presence check, if one was made
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

  /**
   * Refuses a declaration with neither a measurement nor a symptom; copies the symptoms.
   *
   * @param id chosen by the client
   * @param caseId the case declared for
   * @param observedAt when the person measured, by the device's clock
   * @param vitals the measurements
   * @param symptoms the signs the person ticked, at most 64
   * @param note free text, at most {@value Declaration#MAX_NOTE_LENGTH} characters
   * @param location where the device was, if the person allowed it
   * @param presence the portal's presence check, if one was made
   * @throws org.homewatch.ValidationException if it carries nothing to judge
   */
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

  /**
   * The common case: vitals and symptoms, nothing else.
   *
   * @param id chosen by the client
   * @param caseId the case declared for
   * @param observedAt when the person measured
   * @param vitals the measurements
   * @param symptoms the signs the person ticked
   * @return the declaration
   */
  public static NewDeclaration of(DeclarationId id, CaseId caseId, Instant observedAt, Vitals vitals,
      Set<Symptom> symptoms) {
    return new NewDeclaration(id, caseId, observedAt, vitals, symptoms, Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  /**
   * This declaration with the device's position.
   *
   * @param point where the device was
   * @return a copy with the location
   */
  public NewDeclaration withLocation(GeoPoint point) {
    return new NewDeclaration(id, caseId, observedAt, vitals, symptoms, note, Optional.of(point), presence);
  }

  /**
   * This declaration with a note from the person.
   *
   * @param text the note
   * @return a copy with the note
   */
  public NewDeclaration withNote(String text) {
    return new NewDeclaration(id, caseId, observedAt, vitals, symptoms, Optional.of(text), location, presence);
  }

  /**
   * The stored declaration, stamped by the server.
   *
   * @param submittedAt when the server received it
   * @param submittedBy who submitted it
   * @return the declaration to store
   */
  public Declaration stamped(Instant submittedAt, Submitter submittedBy) {
    return new Declaration(id, caseId, observedAt, submittedAt, submittedBy, vitals, symptoms, note, location,
        presence);
  }
}
