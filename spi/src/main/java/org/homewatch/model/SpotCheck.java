package org.homewatch.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.homewatch.ConflictException;

/**
 * A spot check (VHD's surprise check): staff ask the person of a case for an immediate check-in, a declaration
 * with location and a passed presence (face) check, submitted from {@code requestedAt} up to (not including)
 * {@code answerBy}.
 *
 * <p>The deadline is fixed when the check is requested: a later change of the province's policy does not move
 * it. Changes go through the named transitions ({@link #passed}, {@link #failed}, {@link #notVerified},
 * {@link #expired}), each from
 * {@link SpotCheckState#REQUESTED} only and each adding 1 to the version, which the store checks (optimistic
 * locking).
 *
 * @param id identifies the check
 * @param caseId the case checked
 * @param requestedAt when staff asked
 * @param state requested, or how it was settled
 * @param version the optimistic-lock version; each transition adds 1
 * @param requestedBy the staff account that asked
 * @param answerBy the deadline: a check-in submitted at or after it does not answer the check
 * @param settledAt when the check was settled; empty while {@link SpotCheckState#REQUESTED}
 * @param evidence the declaration that settled it ({@code PASSED}: the one the presence verifier passed;
 *     {@code FAILED}: one it failed; {@code NOT_VERIFIED}: the first answer, which could not be verified); empty
 *     while requested and when {@code EXPIRED}
 */
public record SpotCheck(
    SpotCheckId id,
    CaseId caseId,
    AccountId requestedBy,
    Instant requestedAt,
    Instant answerBy,
    SpotCheckState state,
    Optional<Instant> settledAt,
    Optional<DeclarationId> evidence,
    long version) {

  /**
   * Refuses an answer-by not after the request, a negative version, and a settled-at or evidence that does not fit the
   * state.
   *
   * @param id identifies the check
   * @param caseId the case checked
   * @param requestedBy the staff account that asked
   * @param requestedAt when staff asked
   * @param answerBy the deadline: a check-in submitted at or after it does not answer the check
   * @param state requested, or how it was settled
   * @param settledAt when the check was settled
   * @param evidence the declaration that settled it ({@code PASSED}: the one the presence verifier passed;
   *     {@code FAILED}: one it failed; {@code NOT_VERIFIED}: the first answer); empty otherwise
   * @param version the optimistic-lock version
   * @throws IllegalArgumentException if the components contradict each other
   */
  public SpotCheck {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(requestedBy, "requestedBy");
    Objects.requireNonNull(requestedAt, "requestedAt");
    Objects.requireNonNull(answerBy, "answerBy");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(settledAt, "settledAt");
    Objects.requireNonNull(evidence, "evidence");
    if (!answerBy.isAfter(requestedAt)) {
      throw new IllegalArgumentException("a spot check's answer-by " + answerBy + " must follow its request "
          + requestedAt);
    }
    if (version < 0) {
      throw new IllegalArgumentException("version must not be negative, was " + version);
    }
    if (state.isSettled() != settledAt.isPresent()) {
      throw new IllegalArgumentException("a " + state + " spot check " + (state.isSettled() ? "needs" : "has no")
          + " settled-at instant");
    }
    boolean needsEvidence = state == SpotCheckState.PASSED || state == SpotCheckState.FAILED
        || state == SpotCheckState.NOT_VERIFIED;
    if (needsEvidence != evidence.isPresent()) {
      throw new IllegalArgumentException("a " + state + " spot check " + (needsEvidence ? "needs" : "has no")
          + " evidence");
    }
  }

  /**
   * A new check, asked by {@code by} at {@code at}, to be answered before {@code answerBy}; version 0.
   *
   * @param caseId the case to check
   * @param by the staff account asking
   * @param at when it asks
   * @param answerBy the deadline, after {@code at}
   * @return the new check
   */
  public static SpotCheck requested(CaseId caseId, AccountId by, Instant at, Instant answerBy) {
    return new SpotCheck(SpotCheckId.random(), caseId, by, at, answerBy, SpotCheckState.REQUESTED,
        Optional.empty(), Optional.empty(), 0);
  }

  /**
   * Answered: {@code declaration} had location and the presence verifier passed it.
   *
   * @param declaration the check-in that passed
   * @param at when it was settled
   * @return the passed check, one version on
   * @throws org.homewatch.ConflictException if it is settled already
   */
  public SpotCheck passed(DeclarationId declaration, Instant at) {
    return settled(SpotCheckState.PASSED, Optional.of(declaration), at);
  }

  /**
   * Answered, but the presence verifier failed {@code declaration} (and passed none).
   *
   * @param declaration the check-in the presence verifier failed
   * @param at when it was settled
   * @return the failed check, one version on
   * @throws org.homewatch.ConflictException if it is settled already
   */
  public SpotCheck failed(DeclarationId declaration, Instant at) {
    return settled(SpotCheckState.FAILED, Optional.of(declaration), at);
  }

  /**
   * Answered in time by {@code declaration}, whose presence could not be verified (see
   * {@link SpotCheckState#NOT_VERIFIED}).
   *
   * @param declaration the first check-in that answered the check
   * @param at when the check was settled
   * @return the settled check, one version on
   * @throws org.homewatch.ConflictException if it is settled already
   */
  public SpotCheck notVerified(DeclarationId declaration, Instant at) {
    return settled(SpotCheckState.NOT_VERIFIED, Optional.of(declaration), at);
  }

  /**
   * Unanswered when its deadline passed.
   *
   * @param at when it was settled
   * @return the expired check, one version on
   * @throws org.homewatch.ConflictException if it is settled already
   */
  public SpotCheck expired(Instant at) {
    return settled(SpotCheckState.EXPIRED, Optional.empty(), at);
  }

  /**
   * Whether its answer time has run out at {@code now}, so that it is due to be settled.
   *
   * @param now the current time
   * @return true if still requested and {@code now} is at or after the deadline
   */
  public boolean isDueAt(Instant now) {
    return state == SpotCheckState.REQUESTED && !now.isBefore(answerBy);
  }

  private SpotCheck settled(SpotCheckState to, Optional<DeclarationId> why, Instant at) {
    if (state.isSettled()) {
      throw new ConflictException("spot check " + id + " of case " + caseId + " is " + state + " already; it cannot"
          + " become " + to);
    }
    return new SpotCheck(id, caseId, requestedBy, requestedAt, answerBy, to, Optional.of(at), why, version + 1);
  }
}
