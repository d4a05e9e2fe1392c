package org.homewatch.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One step in an alert's life, oldest first in {@link Alert#history()}.
 *
 * @param at when the step happened
 * @param kind what happened
 * @param by the account that did it, or empty for the system (a sweep, an escalation)
 * @param detail what changed, for the history shown to staff; identifiers, never contact data
 * @param levelAfter the alert's escalation level once the step was taken (0 = its commune, 1 = the level above …),
 *     so that reports can tell the level an escalation reached or an acknowledgement came at from the history
 *     alone; a repeat page at the province keeps the province's level. Empty for steps recorded before the level
 *     was kept.
 * @param wording what {@code detail} says as text keys and literals, so that a staff member of another language
 *     reads it in theirs ({@code Homewatch.texts().detail(..)}); identifiers and words only, never contact data
 *     (a resolution note staff typed is kept as a literal, and erased by {@link Anonymisation} with the detail).
 *     Empty for steps recorded before it was kept, or whose detail has no wording (a summary kept in one language).
 */
public record AlertEvent(Instant at, Kind kind, Optional<AccountId> by, String detail, OptionalInt levelAfter,
    Optional<Wording> wording) {
  /** What kind of step it was. */
  public enum Kind {
    /** The alert was opened. */
    OPENED,
    /** New evidence made it worse (or added to it) while it was open. */
    RAISED,
    /** A staff member took the alert. */
    ACKNOWLEDGED,
    /**
     * Nobody acknowledged it in time, or the one who acknowledged it did not resolve it in time after a reminder;
     * the next level up was notified.
     */
    ESCALATED,
    /** The alert was closed with an outcome. */
    RESOLVED,
    /** The case moved to another commune; the alert is now that commune's (added with case transfers). */
    TRANSFERRED,
    /**
     * A staff notification about it failed for good (every retry used, or a permanent failure); the detail names the
     * account and channel, never the contact point.
     */
    DELIVERY_FAILED,
    /**
     * It was acknowledged but not resolved within the policy's time: the one who has it was reminded (added with
     * follow-up of acknowledged alerts; a storage persists the kind by name like the others).
     */
    REMINDED
  }

  /**
   * Refuses null components and a negative level.
   *
   * @param at when the step happened
   * @param kind what happened
   * @param by the account that did it, or empty for the system (a sweep, an escalation)
   * @param detail what changed, for the history shown to staff
   * @param levelAfter the alert's escalation level once the step was taken, if recorded
   * @param wording what {@code detail} says as text keys, if kept
   */
  public AlertEvent {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(levelAfter, "levelAfter");
    Objects.requireNonNull(wording, "wording");
    if (levelAfter.isPresent() && levelAfter.getAsInt() < 0) {
      throw new IllegalArgumentException("an escalation level is not negative, was " + levelAfter.getAsInt());
    }
  }

  /**
   * A step whose level after it is not known (as recorded before the level was kept).
   *
   * @param at when the step was taken
   * @param kind what the step was
   * @param by the account that took it, if any
   * @param detail a short text for the alert's history
   */
  public AlertEvent(Instant at, Kind kind, Optional<AccountId> by, String detail) {
    this(at, kind, by, detail, OptionalInt.empty(), Optional.empty());
  }

  /**
   * A step whose detail is kept in one language only (as recorded before wordings were kept).
   *
   * @param at when the step was taken
   * @param kind what the step was
   * @param by the account that took it, if any
   * @param detail a short text for the alert's history
   * @param levelAfter the alert's escalation level once the step was taken, if recorded
   */
  public AlertEvent(Instant at, Kind kind, Optional<AccountId> by, String detail, OptionalInt levelAfter) {
    this(at, kind, by, detail, levelAfter, Optional.empty());
  }
}
