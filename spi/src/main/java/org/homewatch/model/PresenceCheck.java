package org.homewatch.model;

import java.util.Optional;

/**
 * The presence (face/liveness) check the app attached to a declaration: what its own check said ({@code result},
 * by {@code verifier}) and its reference to the evidence it uploaded. Homewatch never does biometrics itself and
 * stores no image: only this record. The app's {@code result} is kept but not trusted: a spot check is settled by
 * the verdict of the {@code PresenceVerifier} plugged into Homewatch on {@code evidenceReference}.
 *
 * @param result what the app's own check concluded (kept, not trusted)
 * @param verifier the app's verifier's name, 1 to 64 characters of plain text
 * @param evidenceReference the reference to what the app uploaded to the verifier, at most 512 characters; no
 *     image. It is what Homewatch's presence verifier is asked about
 */
public record PresenceCheck(Result result, String verifier, Optional<String> evidenceReference) {
  /** What the portal's verifier concluded. */
  public enum Result {
    /** The person was recognised and alive in front of the camera. */
    PASSED,
    /** The check was made and did not recognise the person. */
    FAILED,
    /** No check was made (no camera, the person declined, the verifier was down). */
    NOT_PERFORMED
  }

  /**
   * Validates the verifier's name and the reference.
   *
   * @param result what the verifier concluded
   * @param verifier the verifier's name, 1 to 64 characters of plain text
   * @param evidenceReference the verifier's reference to its own record, at most 512 characters
   * @throws org.homewatch.ValidationException if either is blank where required, too long, or not plain text
   */
  public PresenceCheck {
    Checks.required(result, "result");
    Checks.required(verifier, "verifier");
    Checks.required(evidenceReference, "evidenceReference");
    new Checks().notBlank("presence.verifier", verifier).maxLength("presence.verifier", verifier, 64)
        .plainText("presence.verifier", verifier, false)
        .maxLength("presence.evidenceReference", evidenceReference.orElse(""), 512)
        .plainText("presence.evidenceReference", evidenceReference.orElse(""), false)
        .throwIfAny();
  }
}
