package org.homewatch.spi.identity;

import org.homewatch.model.CaseId;
import org.homewatch.model.PresenceCheck;

/**
 * Checks that the person declaring is the person in quarantine (face match, liveness), using evidence the app
 * uploaded to the verifier's own service. Supplied by a plugin; Homewatch stores only the result.
 * Called during submission, outside any storage transaction; must be thread-safe and should time out quickly.
 */
public interface PresenceVerifier {
  /**
   * @param evidenceReference the app's reference to what it uploaded (an opaque token)
   * @return the result; {@link PresenceCheck.Result#NOT_PERFORMED} if the verifier could not decide
   */
  PresenceCheck verify(CaseId caseId, String evidenceReference);
}
