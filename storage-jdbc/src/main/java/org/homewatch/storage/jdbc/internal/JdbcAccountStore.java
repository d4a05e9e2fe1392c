package org.homewatch.storage.jdbc.internal;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.homewatch.ConflictException;
import org.homewatch.NotFoundException;
import org.homewatch.model.Account;
import org.homewatch.model.AccountId;
import org.homewatch.model.AccountQuery;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Role;
import org.homewatch.spi.storage.AccountStore;
import org.jspecify.annotations.Nullable;

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

  @Override
  public Page<Account> inScope(JurisdictionPath scope, PageRequest page) {
    String pattern = Scopes.subtree(scope);
    List<Account> rows = page.after().isEmpty()
        ? db.query(Sql.ACCOUNT_IN_SCOPE_FIRST, p -> p.string(pattern).integer(page.limit() + 1), JdbcAccountStore::read)
        : db.query(Sql.ACCOUNT_IN_SCOPE_AFTER, p -> p.string(pattern).string(inScopeAfter(page.after().get()))
            .integer(page.limit() + 1), JdbcAccountStore::read);
    return Cursor.page(rows, page, a -> Base64.getUrlEncoder().withoutPadding()
        .encodeToString(a.id().value().getBytes(StandardCharsets.UTF_8)));
  }

  /** One query on hw_account_list_idx; its cursor is the default's (unit key, line feed, id; base64). */
  @Override
  public Page<Account> list(AccountQuery query, PageRequest page) {
    String pattern = Scopes.subtree(query.scope());
    Optional<String> role = query.role().map(Enum::name);
    @Nullable Boolean active = query.active().orElse(null);
    @Nullable Boolean onDuty = query.onDuty().orElse(null);
    Db.Binder filters = p -> p.string(pattern).string(role).string(role).string(role.map(r -> r + ",%"))
        .string(role.map(r -> "%," + r)).string(role.map(r -> "%," + r + ",%")).value(active, Types.BOOLEAN)
        .value(active, Types.BOOLEAN).value(onDuty, Types.BOOLEAN).value(onDuty, Types.BOOLEAN);
    List<Account> rows;
    if (page.after().isEmpty()) {
      rows = db.query(Sql.ACCOUNT_LIST_FIRST, p -> {
        filters.bind(p);
        p.integer(page.limit() + 1);
      }, JdbcAccountStore::read);
    } else {
      String[] last = listPosition(page.after().get());
      rows = db.query(Sql.ACCOUNT_LIST_AFTER, p -> {
        filters.bind(p);
        p.string(last[0]).string(last[1]).integer(page.limit() + 1);
      }, JdbcAccountStore::read);
    }
    return Cursor.page(rows, page, a -> Base64.getUrlEncoder().withoutPadding()
        .encodeToString((a.scope().key() + "\n" + a.id().value()).getBytes(StandardCharsets.UTF_8)));
  }

  /** The unit key and account id a list cursor carries. */
  private static String[] listPosition(String cursor) {
    String text = afterId(cursor);
    int cut = text.indexOf('\n');
    if (cut < 0) {
      throw org.homewatch.ValidationException.of("after", "homewatch.validation.cursor",
          "the page cursor '" + cursor + "' is not one this storage issued");
    }
    String unitKey = text.substring(0, cut);
    String id = text.substring(cut + 1);
    try {
      // a forged cursor may carry anything, a NUL included, which PostgreSQL refuses as a parameter
      org.homewatch.model.JurisdictionPath.fromKey(unitKey);
      new org.homewatch.model.AccountId(id);
    } catch (IllegalArgumentException | org.homewatch.ValidationException e) {
      throw org.homewatch.ValidationException.of("after", "homewatch.validation.cursor",
          "the page cursor '" + cursor + "' is not one this storage issued");
    }
    return new String[] {unitKey, id};
  }

  /** The account id an {@link #inScope} cursor carries, refused unless it is one (a NUL would reach PostgreSQL). */
  private static String inScopeAfter(String cursor) {
    String id = afterId(cursor);
    try {
      return new AccountId(id).value();
    } catch (org.homewatch.ValidationException e) {
      throw org.homewatch.ValidationException.of("after", "homewatch.validation.cursor",
          "the page cursor '" + cursor + "' is not one this storage issued");
    }
  }

  /** The account id a cursor carries (the id alone, base64: an id may hold any plain character, even a bar). */
  private static String afterId(String cursor) {
    try {
      return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw org.homewatch.ValidationException.of("after", "homewatch.validation.cursor",
          "the page cursor '" + cursor + "' is not one this storage issued");
    }
  }

  /** Binds display_name … locale, the columns after the key in {@link Columns#ACCOUNT}. */
  private static void bindColumns(Params p, Account a) throws SQLException {
    p.string(a.displayName())
        .string(a.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
        .string(a.scope().key())
        .string(Codec.contactPoints(a.contactPoints()))
        .bool(a.onDuty())
        .bool(a.active())
        .number(a.version())
        .string(a.locale().toLanguageTag());
  }

  private static Account read(Row r) throws SQLException {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String name : r.string("roles").split(",")) {
      roles.add(Role.valueOf(name));
    }
    return new Account(new AccountId(r.string("account_id")), r.string("display_name"), roles,
        JurisdictionPath.fromKey(r.string("scope_key")), Codec.contactPoints(r.string("contact_points")),
        r.bool("on_duty"), r.bool("active"), r.number("version"), java.util.Locale.forLanguageTag(r.string("locale")));
  }
}
