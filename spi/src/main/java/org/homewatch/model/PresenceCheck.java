package org.homewatch.model;

import java.util.Optional;

/**
 * The outcome of a presence (face/liveness) check that the portal had made for a declaration (by its own verifier,
 * named in {@code verifier}) and attached to it. Homewatch never does biometrics itself, does not call a verifier,
 * and stores no image: only the result and the verifier's reference.
 */
public record PresenceCheck(Result result, String verifier, Optional<String> evidenceReference) {
  public enum Result {
    PASSED,
    FAILED,
    NOT_PERFORMED
  }

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
