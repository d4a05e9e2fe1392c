package org.homewatch.spi.identity;

import org.homewatch.model.PresenceCheck;

/**
 * Checks that the person who answered a spot check is the person in quarantine (face match, liveness: a
 * province's eKYC service), using what the app uploaded to that service. Supplied by a plugin and registered with
 * {@code Homewatch.builder().presenceVerifier(..)}; Homewatch never does biometrics itself and stores only the
 * evidence reference and the verdict.
 *
 * <p><b>When it is called.</b> When a spot check is settled (its answer time is over), whether staff asked for it
 * or a random spot-check policy did ({@code Homewatch.builder().randomSpotChecks(..)}), once per check-in that
 * answers it and carries an evidence reference, oldest first, until one is {@code PASSED}. Never for a check-in no
 * spot check asked for. Core calls it outside
 * any storage transaction, on a thread of its own, and waits at most the builder's
 * {@code presenceVerificationTimeout}; it then interrupts the call and goes on without it.
 *
 * <p><b>The verdict decides.</b> Only {@link PresenceCheck.Result#PASSED} returned by this method passes a spot
 * check; what the app claimed in its own {@link PresenceCheck} is not trusted. {@code FAILED} fails it (a
 * {@code PRESENCE_FAILED} alert). {@code NOT_PERFORMED}, {@code null}, any exception and a call that outlives the
 * timeout leave the check-in "not verified": never passed, and the station is alerted to check by other means.
 *
 * <p><b>Threading.</b> Must be thread-safe: several calls may run at once (at most a few; more are refused as
 * not verified). Should answer in seconds and should honour interruption, so that a call that timed out frees its
 * thread. Must not call back into Homewatch. Implementations should not log personal data.
 */
public interface PresenceVerifier {

  /**
   * The verifier's name, kept in the audit trail with each verdict (e.g. {@code vnpt-ekyc}).
   *
   * @return a short, stable name of plain characters
   */
  String name();

  /**
   * Verifies one check-in.
   *
   * @param claim the case, person, check-in and evidence reference to verify
   * @return {@code PASSED} if the evidence shows the person of the case, {@code FAILED} if it shows someone else
   *     or fails liveness, {@code NOT_PERFORMED} if the verifier could not decide (evidence missing or unreadable)
   */
  PresenceCheck.Result verify(PresenceClaim claim);
}
