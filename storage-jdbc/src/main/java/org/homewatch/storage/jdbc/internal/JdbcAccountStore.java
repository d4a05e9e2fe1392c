package org.homewatch.storage.jdbc.internal;

import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.homewatch.ConflictException;
import org.homewatch.NotFoundException;
import org.homewatch.model.Account;
import org.homewatch.model.AccountId;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.Role;
import org.homewatch.spi.storage.AccountStore;

/** Staff accounts in {@code hw_account} (a reference table). */
final class JdbcAccountStore implements AccountStore {
  private final Db db;

  JdbcAccountStore(Db db) {
    this.db = db;
  }

  @Override
  public void save(Account a) {
    if (a.version() == 0) {
      boolean inserted = db.insertIfAbsent(Sql.ACCOUNT_INSERT, p -> {
        p.string(a.id().value());
        bindColumns(p, a);
      });
      if (!inserted) {
        long actual = storedVersion(a).orElse(0L);
        throw ConflictException.staleVersion("account", a.id(), -1, actual);
      }
      return;
    }
    long expected = a.version() - 1;
    int changed = db.update(Sql.ACCOUNT_UPDATE, p -> {
      bindColumns(p, a);
      p.string(a.id().value()).number(expected);
    });
    if (changed == 0) {
      long actual = storedVersion(a).orElseThrow(() -> new NotFoundException("account", a.id()));
      throw ConflictException.staleVersion("account", a.id(), expected, actual);
    }
  }

  private Optional<Long> storedVersion(Account a) {
    return db.queryOne(Sql.ACCOUNT_VERSION, p -> p.string(a.id().value()), r -> r.number("version"));
  }

  @Override
  public Optional<Account> find(AccountId id) {
    return db.queryOne(Sql.ACCOUNT_FIND, p -> p.string(id.value()), JdbcAccountStore::read);
  }

  @Override
  public List<Account> onDutyAt(JurisdictionPath unit) {
    return db.query(Sql.ACCOUNT_ON_DUTY, p -> p.string(unit.key()), JdbcAccountStore::read);
  }

  /** Binds display_name … version, the columns after the key in {@link Columns#ACCOUNT}. */
  private static void bindColumns(Params p, Account a) throws SQLException {
    p.string(a.displayName())
        .string(a.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
        .string(a.scope().key())
        .string(Codec.contactPoints(a.contactPoints()))
        .bool(a.onDuty())
        .bool(a.active())
        .number(a.version());
  }

  private static Account read(Row r) throws SQLException {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String name : r.string("roles").split(",")) {
      roles.add(Role.valueOf(name));
    }
    return new Account(new AccountId(r.string("account_id")), r.string("display_name"), roles,
        JurisdictionPath.fromKey(r.string("scope_key")), Codec.contactPoints(r.string("contact_points")),
        r.bool("on_duty"), r.bool("active"), r.number("version"));
  }
}
