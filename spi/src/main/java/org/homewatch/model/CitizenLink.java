package org.homewatch.model;

import java.time.Instant;

/**
 * A citizen's login linked to the person they are, after they proved they hold the person's phone (a one-time
 * code). {@code principals().resolve(subject)} then yields a citizen principal acting for that person and the
 * household they head.
 *
 * @param subject the portal's subject of the login (the same value the portal later resolves)
 * @param person the person the login acts as
 * @param phone the number the code went to (masked wherever it is shown)
 * @param linkedAt when the right code was given
 */
public record CitizenLink(AccountId subject, PersonId person, PhoneNumber phone, Instant linkedAt) {
  /**
   * Checks that no component is null.
   *
   * @param subject the portal's subject of the login
   * @param person the person it acts as
   * @param phone the number the code went to
   * @param linkedAt when the right code was given
   */
  public CitizenLink {
    Checks.required(subject, "subject");
    Checks.required(person, "person");
    Checks.required(phone, "phone");
    Checks.required(linkedAt, "linkedAt");
  }
}
