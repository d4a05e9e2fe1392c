package org.homewatch.core.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.homewatch.model.Account;
import org.homewatch.model.AccountId;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.Principal;
import org.homewatch.spi.identity.OnDutyStaff;
import org.homewatch.spi.identity.PrincipalResolver;
import org.homewatch.spi.identity.StaffDirectory;
import org.homewatch.spi.storage.Storage;

/**
 * The default identity: principals and on-duty staff come from the account store. Used unless the integrator
 * registers their own {@link StaffDirectory} (e.g. the province's duty roster) or resolves principals themselves.
 */
public final class AccountIdentity implements PrincipalResolver, StaffDirectory {
  private final Storage storage;

  /**
   * Reads accounts from {@code storage}, each call in a transaction of its own.
   *
   * @param storage the storage holding the accounts
   */
  public AccountIdentity(Storage storage) {
    this.storage = storage;
  }

  @Override
  public Optional<Principal> resolve(String subject) {
    if (subject.isBlank()) {
      return Optional.empty();
    }
    return storage.inTransaction(tx -> tx.accounts().find(new AccountId(subject)))
        .filter(Account::active)
        .map(Account::asPrincipal);
  }

  /**
   * Active, on-duty accounts of exactly this unit that take alerts; the duty roster is the {@code onDuty} flag. An
   * account without a role that takes alerts (stored on duty by another tool, or before accounts were checked for
   * it) is left out: the pages carry the person's name and signs.
   */
  @Override
  public List<OnDutyStaff> onDuty(JurisdictionPath unit, Instant at) {
    return storage.inTransaction(tx -> tx.accounts().onDutyAt(unit)).stream()
        .filter(a -> a.roles().stream().anyMatch(Operation.ACKNOWLEDGE_ALERT.allowedRoles()::contains))
        .map(a -> new OnDutyStaff(a.id(), a.displayName(), a.contactPoints(), a.locale()))
        .toList();
  }
}
