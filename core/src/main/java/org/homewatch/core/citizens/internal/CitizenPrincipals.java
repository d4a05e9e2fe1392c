package org.homewatch.core.citizens.internal;

import java.util.Comparator;
import java.util.Optional;
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
  public Optional<Principal> resolve(String subject) {
    if (subject.isBlank()) {
      return Optional.empty();
    }
    Optional<ExternalIdentity> external = provider != null ? provider.identify(subject) : Optional.empty();
    return storage.inTransaction(tx -> {
      if (external.isPresent()) {
        ExternalIdentity identity = external.get();
        return identity.staffAccount().isPresent() ? staff(tx, identity.staffAccount().get())
            : citizen(tx, new AccountId(subject), identity.person().orElseThrow());
      }
      AccountId id = new AccountId(subject);
      Optional<Principal> staff = staff(tx, id);
      if (staff.isPresent()) {
        return staff;
      }
      return tx.store(CitizenIdentityStore.class).flatMap(s -> s.findLink(id))
          .flatMap(link -> citizen(tx, id, link.person()));
    });
  }

  private static Optional<Principal> staff(StorageTransaction tx, AccountId id) {
    return tx.accounts().find(id).filter(Account::active).map(Account::asPrincipal);
  }

  private static Optional<Principal> citizen(StorageTransaction tx, AccountId subject, PersonId person) {
    return tx.cases().findByPerson(person).stream()
        .max(Comparator.comparing(IsolationCase::createdAt).thenComparing(IsolationCase::id))
        .map(c -> Principal.citizen(subject, person, c.responsibleUnit()));
  }
}
