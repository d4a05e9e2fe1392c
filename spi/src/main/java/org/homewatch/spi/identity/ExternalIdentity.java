package org.homewatch.spi.identity;

import java.util.Objects;
import java.util.Optional;
import org.homewatch.model.AccountId;
import org.homewatch.model.PersonId;

/**
 * What an {@link IdentityProvider} says a subject is: exactly one of a staff account or a person.
 *
 * @param staffAccount the staff account the subject logs in as
 * @param person the person the subject is (a citizen)
 */
public record ExternalIdentity(Optional<AccountId> staffAccount, Optional<PersonId> person) {
  /**
   * Checks that exactly one of the two is present.
   *
   * @param staffAccount the staff account, if the subject is staff
   * @param person the person, if the subject is a citizen
   * @throws IllegalArgumentException if both or neither are
   */
  public ExternalIdentity {
    Objects.requireNonNull(staffAccount, "staffAccount");
    Objects.requireNonNull(person, "person");
    if (staffAccount.isPresent() == person.isPresent()) {
      throw new IllegalArgumentException("an external identity is a staff account or a person, exactly one");
    }
  }

  /**
   * The subject is this staff account (resolved through the account store: inactive accounts resolve to nothing).
   *
   * @param account the account's id
   * @return the identity
   */
  public static ExternalIdentity staff(AccountId account) {
    return new ExternalIdentity(Optional.of(account), Optional.empty());
  }

  /**
   * The subject is this person, a citizen (resolved only while the person has a case).
   *
   * @param person the person's id
   * @return the identity
   */
  public static ExternalIdentity citizen(PersonId person) {
    return new ExternalIdentity(Optional.empty(), Optional.of(person));
  }
}
