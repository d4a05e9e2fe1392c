package org.homewatch.core.citizens.internal;

import java.util.Comparator;
import java.util.Optional;
import org.homewatch.ConfigurationException;
import org.homewatch.ValidationException;
import org.homewatch.core.internal.Arguments;
import org.homewatch.model.Account;
import org.homewatch.model.AccountId;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.PersonId;
import org.homewatch.model.Principal;
import org.homewatch.spi.identity.ExternalIdentity;
import org.homewatch.spi.identity.IdentityProvider;
import org.homewatch.spi.identity.PrincipalResolver;
import org.homewatch.spi.storage.CitizenIdentityStore;
import org.homewatch.spi.storage.Storage;
import org.homewatch.spi.storage.StorageTransaction;
import org.jspecify.annotations.Nullable;

/**
 * Resolves a subject in three steps: the integrator's {@link IdentityProvider} (if one is registered) says who an
 * external subject is; else a staff account of that id; else a citizen link made by a one-time code. Roles and scope
 * always come from Homewatch's own records (an active account; a person's case), never from the provider. A citizen
 * resolves only while their person has a case; their scope is the commune of their latest case.
 *
 * <p>A login linked by a one-time code acts for the person only while the person's latest case still carries the
 * phone the code went to: once staff correct a wrongly registered number, whoever held the old number no longer sees
 * the person's cases (the person links again with the right number). A subject that names a staff account, active or
 * not, or the system's own account never resolves through a citizen link, so a deactivated staff login does not come
 * back as a citizen and no citizen is audited under a staff member's or the system's id; a provider that calls such
 * a subject a person is a {@link ConfigurationException}. A subject that cannot be an
 * account id (blank, over 128 characters, control characters) has no account here: it resolves to nobody.
 */
public final class CitizenPrincipals implements PrincipalResolver {
  private final Storage storage;
  private final @Nullable IdentityProvider provider;

  /**
   * @param storage where accounts, cases and links are read
   * @param provider the integrator's login mapping, or null for none
   */
  public CitizenPrincipals(Storage storage, @Nullable IdentityProvider provider) {
    this.storage = storage;
    this.provider = provider;
  }

  @Override
  public Optional<Principal> resolve(@Nullable String subject) {
    Arguments.required(subject, "subject");
    if (subject.isBlank() || subject.equals(AccountId.SYSTEM.value())) {
      return Optional.empty();
    }
    Optional<ExternalIdentity> external = provider != null ? identify(provider, subject) : Optional.empty();
    if (external.isEmpty() && !acceptable(subject)) {
      return Optional.empty();
    }
    return storage.inTransaction(tx -> {
      if (external.isPresent()) {
        ExternalIdentity identity = external.get();
        if (identity.staffAccount().isPresent()) {
          return staff(tx, identity.staffAccount().get());
        }
        AccountId login = new AccountId(subject);
        if (tx.accounts().find(login).isPresent()) {
          throw new ConfigurationException("the IdentityProvider " + provider.getClass().getName() + " says a "
              + "staff account's login is a person; keep external subjects in their own namespace (vneid:, sso:)");
        }
        return citizen(tx, login, identity.person().orElseThrow());
      }
      AccountId id = new AccountId(subject);
      Optional<Account> account = tx.accounts().find(id);
      if (account.isPresent()) {
        return account.filter(Account::active).map(Account::asPrincipal);
      }
      return tx.store(CitizenIdentityStore.class).flatMap(s -> s.findLink(id))
          .flatMap(link -> latestCase(tx, link.person()).filter(c -> c.person().phone().equals(link.phone()))
              .map(c -> Principal.citizen(id, link.person(), c.responsibleUnit())));
    });
  }

  private static boolean acceptable(String subject) {
    try {
      new AccountId(subject);
      return true;
    } catch (ValidationException e) {
      return false;
    }
  }

  private static Optional<ExternalIdentity> identify(IdentityProvider provider, String subject) {
    Optional<ExternalIdentity> identity = provider.identify(subject);
    if (identity == null) {
      // the subject is not repeated: it may be a national id number
      throw new ConfigurationException("the IdentityProvider " + provider.getClass().getName() + " answered null; "
          + "it must answer Optional.empty() for a subject it does not know");
    }
    return identity;
  }

  private static Optional<Principal> staff(StorageTransaction tx, AccountId id) {
    return tx.accounts().find(id).filter(Account::active).map(Account::asPrincipal);
  }

  private static Optional<Principal> citizen(StorageTransaction tx, AccountId subject, PersonId person) {
    return latestCase(tx, person).map(c -> Principal.citizen(subject, person, c.responsibleUnit()));
  }

  private static Optional<IsolationCase> latestCase(StorageTransaction tx, PersonId person) {
    return tx.cases().findByPerson(person).stream()
        .max(Comparator.comparing(IsolationCase::createdAt).thenComparing(IsolationCase::id));
  }
}
