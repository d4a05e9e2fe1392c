package org.homewatch.storage.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.homewatch.ValidationException;
import org.homewatch.model.Account;
import org.homewatch.model.AccountId;
import org.homewatch.model.AccountQuery;
import org.homewatch.model.ContactPoint;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Role;
import org.homewatch.spi.storage.AccountStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * An administrator's account list ({@link AccountStore#list}): the accounts of a unit's subtree with a role, active
 * or not, on duty or not, unit by unit then by id, across pages; the interface's default (what a storage written
 * before the method gets, built on {@code inScope}) keeps the same rules.
 */
abstract class AccountListContract extends StoreContract {
  private static final List<Role> STAFF_ROLES =
      List.of(Role.ENROLLER, Role.MONITOR, Role.SUPERVISOR, Role.REPORT_VIEWER, Role.ADMINISTRATOR);

  AccountListContract(StorageCompatibilityKit kit) {
    super(kit);
  }

  /** Accounts at communes of an area, or at their district or province, with some staff roles, any flags. */
  static Gen<Account> accounts(Gen<JurisdictionPath> communes) {
    Gen<Set<Role>> roles = lists().of(Generate.pick(STAFF_ROLES)).ofSizeBetween(1, 3).map(EnumSet::copyOf);
    return communes.zip(integers().between(0, 2), roles, booleans().all(), booleans().all(),
        (commune, up, held, active, onDuty) -> {
          JurisdictionPath scope = up == 0 ? commune : up == 1 ? commune.parent() : commune.parent().parent();
          // Ids that sort differently from their units, some sharing a prefix.
          String id = (held.contains(Role.ADMINISTRATOR) ? "admin." : "yta.") + UUID.randomUUID();
          return new Account(new AccountId(id), "Cán bộ " + scope.code(), held, scope,
              List.of(new ContactPoint("sms", "+84912000111")), onDuty, active, 0);
        });
  }

  /** A query of the scope with perhaps a role, an activity and a duty. */
  static Gen<AccountQuery> queries(JurisdictionPath scope) {
    return Generate.pick(STAFF_ROLES).toOptionals(50).zip(booleans().all().toOptionals(50),
        booleans().all().toOptionals(50), (role, active, onDuty) -> new AccountQuery(scope, role, active, onDuty));
  }

  @Test
  @DisplayName("accounts.list serves exactly the accounts of the subtree, role, activity and duty asked, unit by "
      + "unit then by id, across pages (property)")
  void listProperty() {
    check(false);
  }

  @Test
  @DisplayName("the default accounts.list, built on accounts.inScope, serves the same accounts in the same order "
      + "(property)")
  void defaultListProperty() {
    check(true);
  }

  private void check(boolean viaDefault) {
    qt().withExamples(40)
        .forAll(ScopedPagingContract.scenes(AccountListContract::accounts)
                .flatMap(scene -> queries(scene.scope()).map(q -> Map.entry(scene, q))),
            ModelGenerators.pageLimits())
        .checkAssert((sceneAndQuery, limit) -> {
          ScopedPagingContract.Scene<Account> scene = sceneAndQuery.getKey();
          AccountQuery query = sceneAndQuery.getValue();
          write(tx -> scene.records().forEach(tx.accounts()::save));
          List<Account> expected = scene.records().stream().filter(query::matches)
              .sorted(Comparator.comparing((Account a) -> a.scope().key()).thenComparing(Account::id)).toList();

          List<Account> served = allPages(page -> read(tx -> (viaDefault ? defaultsOnly(tx.accounts())
              : tx.accounts()).list(query, page)), limit, expected.size());

          assertEquals(expected, served, () -> query.toString());
        });
  }

  @Test
  @DisplayName("the account list's cursor is the storage's own: a made-up one is a ValidationException on 'after'")
  void foreignCursor() {
    ValidationException e = assertThrows(ValidationException.class, () -> read(tx -> tx.accounts().list(
        AccountQuery.in(Samples.GIA_LAI), new PageRequest(Optional.of("not a cursor!"), 10))));
    assertEquals("after", e.violations().get(0).path());
  }

  @Test
  @DisplayName("a cursor that decodes but names no position (a NUL or control character in the unit key or the id, "
      + "no unit key) is a ValidationException on 'after' from accounts.list, its default and accounts.inScope, "
      + "never a storage error")
  void cursorNamingNoPosition() {
    write(tx -> tx.accounts().save(Samples.account("yta.one", Samples.CHU_SE_TOWN, true, true)));
    String unit = Samples.CHU_SE_TOWN.key();
    for (String text : List.of(unit + "\u0000\nyta.one", unit + "\nyta.\u0000", "\u0000\nyta.one",
        unit + "\n\u001b[2J", "\nyta.one", unit + "\n", "\u0000")) {
      PageRequest forged = new PageRequest(Optional.of(java.util.Base64.getUrlEncoder().withoutPadding()
          .encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))), 10);
      String shown = text.replace("\u0000", "<NUL>");
      for (boolean viaDefault : List.of(false, true)) {
        ValidationException e = assertThrows(ValidationException.class, () -> read(tx -> (viaDefault
            ? defaultsOnly(tx.accounts()) : tx.accounts()).list(AccountQuery.in(Samples.GIA_LAI), forged)),
            () -> shown + (viaDefault ? " (default)" : ""));
        assertEquals("after", e.violations().get(0).path(), shown);
      }
    }
    for (String id : List.of("yta.\u0000", "\u0000", "\u202e")) {
      PageRequest forged = new PageRequest(Optional.of(java.util.Base64.getUrlEncoder().withoutPadding()
          .encodeToString(id.getBytes(java.nio.charset.StandardCharsets.UTF_8))), 10);
      ValidationException e = assertThrows(ValidationException.class,
          () -> read(tx -> tx.accounts().inScope(Samples.GIA_LAI, forged)), () -> id.replace("\u0000", "<NUL>"));
      assertEquals("after", e.violations().get(0).path());
    }
  }

  @Test
  @DisplayName("accounts of a sibling whose code extends the scope's ('6' and '62') are not inside it")
  void siblingPrefix() {
    JurisdictionPath six = Samples.GIA_LAI.child("6");
    JurisdictionPath sixtyTwo = Samples.GIA_LAI.child("62");
    Account inSix = Samples.account("in-six", six, true, true);
    Account inSixtyTwo = Samples.account("in-sixty-two", sixtyTwo, true, true);
    write(tx -> List.of(inSix, inSixtyTwo).forEach(tx.accounts()::save));
    Page<Account> page = read(tx -> tx.accounts().list(AccountQuery.in(six), PageRequest.first(10)));
    assertEquals(List.of(inSix), page.items());
  }

  /** The storage's account store with its own {@code list} hidden, so that the interface's default runs. */
  private static AccountStore defaultsOnly(AccountStore store) {
    return new AccountStore() {
      @Override
      public void save(Account account) {
        store.save(account);
      }

      @Override
      public Optional<Account> find(AccountId id) {
        return store.find(id);
      }

      @Override
      public List<Account> onDutyAt(JurisdictionPath unit) {
        return store.onDutyAt(unit);
      }

      @Override
      public Page<Account> inScope(JurisdictionPath scope, PageRequest page) {
        return store.inScope(scope, page);
      }
    };
  }
}
