package org.homewatch.model;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A one-time code sent to a phone so that its holder can link their login to the person with that number. Only a
 * keyed hash of the code is kept, never the code: the deployment's secret, this record's id and the phone are
 * mixed into it, so a stolen table row proves nothing and the same code for another phone or request has another
 * hash. Immutable: a change makes a new value with {@code version + 1}, which stores accept only from a writer that
 * read the previous version.
 *
 * @param id the request's random id (it salts the hash)
 * @param phone the number the code was sent to (or, for a number with no case, pretended to be sent to)
 * @param codeHash the keyed hash of the code, lower-case hex, as core computes it
 * @param issuedAt when it was requested
 * @param expiresAt from then on it is refused
 * @param attempts how many codes were tried against it so far, the right one included
 * @param usedAt when the right code was given; a used code is refused ever after
 * @param version for optimistic locking
 */
public record LinkCode(UUID id, PhoneNumber phone, String codeHash, Instant issuedAt, Instant expiresAt,
    int attempts, Optional<Instant> usedAt, long version) {

  /**
   * Checks the components: none null, a hex hash, an expiry after the issue, no negative count or version.
   *
   * @param id the request's random id
   * @param phone the number the code went to
   * @param codeHash the keyed hash, lower-case hex
   * @param issuedAt when it was requested
   * @param expiresAt from then on it is refused
   * @param attempts codes tried against it so far
   * @param usedAt when the right code was given, if it was
   * @param version for optimistic locking
   * @throws org.homewatch.ValidationException naming each component that is out of range
   */
  public LinkCode {
    Checks.required(id, "id");
    Checks.required(phone, "phone");
    Checks.required(codeHash, "codeHash");
    Checks.required(issuedAt, "issuedAt");
    Checks.required(expiresAt, "expiresAt");
    Checks.required(usedAt, "usedAt");
    new Checks()
        .require(codeHash.matches("[0-9a-f]{16,128}"), "codeHash", "homewatch.validation.codeHash",
            "a code hash is 16 to 128 lower-case hex digits")
        .require(expiresAt.isAfter(issuedAt), "expiresAt", "homewatch.validation.range",
            "a code expires after it was issued")
        .require(attempts >= 0, "attempts", "homewatch.validation.range", "attempts must not be negative")
        .require(version >= 0, "version", "homewatch.validation.version", "version must not be negative")
        .throwIfAny();
  }

  /**
   * A code just issued: no attempt yet, unused, version 0.
   *
   * @param id the request's random id
   * @param phone the number it goes to
   * @param codeHash the keyed hash of the code
   * @param issuedAt when it was requested
   * @param expiresAt from then on it is refused
   * @return the new code
   */
  public static LinkCode issued(UUID id, PhoneNumber phone, String codeHash, Instant issuedAt, Instant expiresAt) {
    return new LinkCode(id, phone, codeHash, issuedAt, expiresAt, 0, Optional.empty(), 0);
  }

  /**
   * The next version after one more attempt.
   *
   * @param rightCode whether the attempt gave the right code (the code is then used, at {@code at})
   * @param at when the attempt was made
   * @return the code with one more attempt, used if {@code rightCode}
   */
  public LinkCode attempted(boolean rightCode, Instant at) {
    return new LinkCode(id, phone, codeHash, issuedAt, expiresAt, attempts + 1,
        rightCode ? Optional.of(at) : usedAt, version + 1);
  }

  /**
   * Whether the code is expired at {@code now}.
   *
   * @param now the moment asked about
   * @return true from {@link #expiresAt()} on
   */
  public boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
