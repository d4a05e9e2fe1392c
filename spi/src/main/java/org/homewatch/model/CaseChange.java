package org.homewatch.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry in a case's history: what changed, when, by whom and why, in words a supervisor can read.
 *
 * @param at when the change was made
 * @param by who made it ({@link AccountId#SYSTEM} for background work)
 * @param kind what happened
 * @param detail the before and after, and the reason given, in the deployment's language as written then
 * @param wording what {@code detail} says as text keys and literals, so that a reader of another language reads it
 *     in theirs ({@code Homewatch.texts().detail(..)}); empty for entries written before it was kept or by code
 *     that keeps none. Unlike an alert's wording it may carry what the detail carries: a correction's values before
 *     and after, a reason staff typed (kept as literals); {@link Anonymisation} erases it with the detail.
 */
public record CaseChange(Instant at, AccountId by, Kind kind, String detail, Optional<Wording> wording) {

  /**
   * What happened to a case. Storages keep the constant's {@link #name()}, so a constant may be added but never
   * renamed or removed while stored histories name it.
   */
  public enum Kind {
    /** Registered from a quarantine decision. */
    REGISTERED,
    /** The period began: declarations are expected. */
    ACTIVATED,
    /** The planned end moved later. */
    PERIOD_EXTENDED,
    /** The planned end moved earlier. */
    PERIOD_SHORTENED,
    /** Handed to another commune (monitoring continues there), or out of this deployment (the case closes). */
    TRANSFERRED,
    /** The period ended with nothing open. */
    COMPLETED,
    /** Moved to a hospital or facility. */
    ESCALATED,
    /** Entered in error. */
    CANCELLED,
    /** The period ended with a declaration missing or an alert open: a supervisor decides. */
    REVIEW_NEEDED,
    /** A presence spot check was asked of the person. */
    SPOT_CHECK_REQUESTED,
    /** The person answered a spot check and was found at home. */
    SPOT_CHECK_ANSWERED,
    /** The person checked in but the presence check failed. */
    SPOT_CHECK_FAILED,
    /** The person did not answer a spot check in time. */
    SPOT_CHECK_UNANSWERED,
    /** The person checked in with location, but presence could not be verified (verifier absent, failed, slow). */
    SPOT_CHECK_NOT_VERIFIED,
    /**
     * The same place under a new administrative scheme (GSO 2021 → 2025): the responsible unit, and the home if
     * mapped, renamed by the scheme migration; nobody moved.
     */
    RE_HOMED,
    /**
     * Something registered wrong was corrected (a phone, an address, the category...): the detail names the field,
     * the value before and after, and the reason. Nothing happened to the person; the record was put right.
     */
    CORRECTED,
    /**
     * The personal data of the closed case was anonymised under Decree 13/2023 once its retention ran out
     * ({@link Anonymisation}); the case is still counted by reports, but names nobody. Always the last entry.
     */
    ANONYMISED
  }

  /**
   * Refuses null components.
   *
   * @param at when the change was made
   * @param by who made it ({@link AccountId#SYSTEM} for background work)
   * @param kind what happened
   * @param detail the before and after, and the reason given
   * @param wording what {@code detail} says as text keys, if kept
   */
  public CaseChange {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(wording, "wording");
  }

  /**
   * An entry whose detail is kept in one language only (as written before wordings were kept, or by a storage
   * reading such an entry back).
   *
   * @param at when the change was made
   * @param by who made it ({@link AccountId#SYSTEM} for background work)
   * @param kind what happened
   * @param detail the before and after, and the reason given
   */
  public CaseChange(Instant at, AccountId by, Kind kind, String detail) {
    this(at, by, kind, detail, Optional.empty());
  }
}
