package org.homewatch.spi.storage;

import java.util.List;
import java.util.Optional;
import org.homewatch.model.Account;
import org.homewatch.model.AccountId;
import org.homewatch.model.AccountQuery;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;

/** Staff accounts (a reference table: small, read often). */
public interface AccountStore {
  /**
   * Inserts or, if the stored version is {@code account.version() - 1}, replaces. New accounts have version 0.
   *
   * @param account the account to store, at version 0 when new
   * @throws org.homewatch.ConflictException if the id is stored and the version is not the stored one + 1 (a
   *     version-0 account whose id exists is a duplicate insert)
   * @throws org.homewatch.NotFoundException if the version is above 0 and no account has this id
   */
  void save(Account account);

  /**
   * The account with this id, active or not.
   *
   * @param id the account's id
   * @return the account, or empty if none has this id
   */
  Optional<Account> find(AccountId id);

  /**
   * Active, on-duty accounts whose scope is exactly {@code unit}, ordered by id.
   *
   * @param unit the commune, district or province whose staff are wanted
   * @return the accounts, possibly none
   */
  List<Account> onDutyAt(JurisdictionPath unit);

  /**
   * The accounts whose scope lies inside {@code scope} (the scope itself included; a
   * {@linkplain JurisdictionPath#national national} scope selects its whole scheme and nothing of the other),
   * ordered by id as {@link AccountId#compareTo} orders it, paged by keyset. Active or not. Added for re-homing
   * accounts to a new scheme (the scheme migration walks them in bounded batches).
   *
   * <p>The default refuses with a {@link org.homewatch.ConfigurationException} naming this method, so a third-party
   * storage written before it keeps compiling and keeps everything else working; the storage TCK checks it.
   *
   * @param scope a unit, or a national path for a whole scheme
   * @param page where to start and how many (at most {@link PageRequest#limit()})
   * @return one page of accounts and the cursor of the next
   */
  default Page<Account> inScope(JurisdictionPath scope, PageRequest page) {
    throw new org.homewatch.ConfigurationException(getClass().getName() + " does not list accounts by scope: "
        + "implement AccountStore.inScope (checked by the storage TCK) to re-home accounts to a new scheme");
  }

  /**
   * The accounts {@code query} matches ({@link AccountQuery#matches}): inside its scope, with its role, activity and
   * duty, ordered by their unit's key ({@link JurisdictionPath#key()}), then by id as {@link AccountId#compareTo}
   * orders it, paged by keyset. What an administrator's account list shows, unit by unit.
   *
   * <p>The default reads every account of the scope through {@link #inScope} (a reference table: thousands of rows
   * for a province), then sorts and filters them; its cursor carries the last unit key and id. It is correct on any
   * storage that implements {@code inScope}; a storage overrides it with one query served by an index on (unit,
   * id) (the JDBC storage does).
   *
   * @param query the scope and filters
   * @param page where to start (a cursor of this method) and how many
   * @return one page of matching accounts and the cursor of the next
   * @throws org.homewatch.ConfigurationException if the storage implements neither this method nor
   *     {@link #inScope}
   * @throws org.homewatch.ValidationException if the cursor is not one this method issued
   */
  default Page<Account> list(AccountQuery query, PageRequest page) {
    java.util.List<Account> all = new java.util.ArrayList<>();
    PageRequest read = PageRequest.first(PageRequest.MAX_LIMIT);
    while (true) {
      Page<Account> batch = inScope(query.scope(), read);
      batch.items().stream().filter(query::matches).forEach(all::add);
      if (!batch.hasNext()) {
        break;
      }
      read = read.next(batch);
    }
    all.sort(java.util.Comparator.comparing((Account a) -> a.scope().key()).thenComparing(Account::id));
    int from = 0;
    if (page.after().isPresent()) {
      String[] last = AccountCursors.read(page.after().get());
      while (from < all.size() && AccountCursors.compare(all.get(from), last[0], last[1]) <= 0) {
        from++;
      }
    }
    int to = Math.min(all.size(), from + page.limit());
    java.util.List<Account> items = java.util.List.copyOf(all.subList(from, to));
    return to < all.size() && !items.isEmpty()
        ? new Page<>(items, Optional.of(AccountCursors.write(items.get(items.size() - 1))))
        : Page.last(items);
  }
}
