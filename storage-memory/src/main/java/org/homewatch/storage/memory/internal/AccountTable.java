package org.homewatch.storage.memory.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.homewatch.ConflictException;
import org.homewatch.NotFoundException;
import org.homewatch.model.Account;
import org.homewatch.model.AccountId;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.spi.storage.AccountStore;

/** Accounts by id and by exact scope (sorted by id), for routing alerts to the staff of one unit. */
final class AccountTable implements AccountStore {
  private final Engine engine;
  private final Map<AccountId, Account> byId = new HashMap<>();
  private final Map<JurisdictionPath, TreeMap<AccountId, Account>> byScope = new HashMap<>();

  AccountTable(Engine engine) {
    this.engine = engine;
  }

  /** Version 0 inserts (a conflict if the id exists); a later version replaces the one before it. */
  @Override
  public void save(Account account) {
    engine.guard();
    Account stored = byId.get(account.id());
    if (stored == null) {
      if (account.version() != 0) {
        throw new NotFoundException("account", account.id());
      }
      add(account);
      engine.onRollback(() -> remove(account));
      return;
    }
    if (account.version() == 0) {
      throw new ConflictException("account " + account.id() + " already exists");
    }
    if (stored.version() != account.version() - 1) {
      throw ConflictException.staleVersion("account", account.id(), account.version() - 1, stored.version());
    }
    remove(stored);
    add(account);
    engine.onRollback(() -> {
      remove(account);
      add(stored);
    });
  }

  @Override
  public Optional<Account> find(AccountId id) {
    engine.guard();
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public List<Account> onDutyAt(JurisdictionPath unit) {
    engine.guard();
    TreeMap<AccountId, Account> atUnit = byScope.get(unit);
    return atUnit == null ? List.of() : atUnit.values().stream().filter(a -> a.active() && a.onDuty()).toList();
  }

  /** By id across the units in scope: few accounts per deployment (a reference table), so a scan is enough. */
  @Override
  public Page<Account> inScope(JurisdictionPath scope, PageRequest page) {
    engine.guard();
    TreeMap<AccountId, Account> inScope = new TreeMap<>();
    for (Account a : byId.values()) {
      if (scope.contains(a.scope())) {
        inScope.put(a.id(), a);
      }
    }
    java.util.SortedMap<AccountId, Account> after = page.after().isEmpty() ? inScope
        : inScope.tailMap(afterId(page.after().get()), false);
    return Pages.collect(after.entrySet().iterator(), a -> true, page.limit(), id -> java.util.Base64.getUrlEncoder()
        .withoutPadding().encodeToString(id.value().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  /** The account id a cursor carries (the id alone, base64: an id may hold any plain character, even a bar). */
  private static AccountId afterId(String cursor) {
    try {
      return new AccountId(new String(java.util.Base64.getUrlDecoder().decode(cursor),
          java.nio.charset.StandardCharsets.UTF_8));
    } catch (IllegalArgumentException | org.homewatch.ValidationException e) {
      // not Base64, or no account id (a NUL, a control character): refused on 'after', as every forged cursor
      throw org.homewatch.ValidationException.of("after", "homewatch.validation.cursor",
          "the page cursor '" + cursor + "' is not one this storage issued");
    }
  }

  void clear() {
    byId.clear();
    byScope.clear();
  }

  private void add(Account a) {
    byId.put(a.id(), a);
    byScope.computeIfAbsent(a.scope(), s -> new TreeMap<>()).put(a.id(), a);
  }

  private void remove(Account a) {
    byId.remove(a.id());
    TreeMap<AccountId, Account> atUnit = byScope.get(a.scope());
    atUnit.remove(a.id());
    if (atUnit.isEmpty()) {
      byScope.remove(a.scope());
    }
  }
}
