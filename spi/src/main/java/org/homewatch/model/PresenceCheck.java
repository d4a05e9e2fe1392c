package org.homewatch.model;

import java.util.Optional;

/**
 * The presence (face/liveness) check the app attached to a declaration: what its own check said ({@code result},
 * by {@code verifier}) and its reference to the evidence it uploaded. Homewatch never does biometrics itself and
 * stores no image: only this record. The app's {@code result} is kept but not trusted: a spot check is settled by
 * the verdict of the {@code PresenceVerifier} plugged into Homewatch on {@code evidenceReference}.
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
