package org.homewatch.spi.storage;

import java.util.List;
import java.util.Optional;
import org.homewatch.model.Account;
import org.homewatch.model.AccountId;
import org.homewatch.model.JurisdictionPath;

/** Staff accounts (a reference table: small, read often). */
public interface AccountStore {
  /**
   * Inserts or, if the stored version is {@code account.version() - 1}, replaces. New accounts have version 0.
   *
   * @throws org.homewatch.ConflictException if the id is stored and the version is not the stored one + 1 (a
   *     version-0 account whose id exists is a duplicate insert)
   * @throws org.homewatch.NotFoundException if the version is above 0 and no account has this id
   */
  void save(Account account);

  Optional<Account> find(AccountId id);

  /** Active, on-duty accounts whose scope is exactly {@code unit}, ordered by id. */
  List<Account> onDutyAt(JurisdictionPath unit);
}
