package org.homewatch.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a presence (face/liveness) check that a {@code PresenceVerifier} plugin made for a declaration.
 * Homewatch never does biometrics itself and stores no image: only the result and the plugin's reference.
 */
public record PresenceCheck(Result result, String verifier, Optional<String> evidenceReference) {
  public enum Result {
    PASSED,
    FAILED,
    NOT_PERFORMED
  }

  public PresenceCheck {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(verifier, "verifier");
    Objects.requireNonNull(evidenceReference, "evidenceReference");
  }
}
