package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homewatch.AccessDeniedException;
import org.homewatch.ConflictException;
import org.homewatch.ValidationException;
import org.homewatch.model.Account;
import org.homewatch.model.AccountId;
import org.homewatch.model.AuditEvent;
import org.homewatch.model.AuditQuery;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Principal;
import org.homewatch.model.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 13.5: accounts are created, updated, deactivated, reactivated and transferred through Homewatch. */
class AccountAdministrationTest {
  private final World world = new World();
  private final Principal districtAdmin =
      Principal.staff(new AccountId("admin-633"), World.DISTRICT, Role.ADMINISTRATOR);
  private final AccountId nurseA = world.nurseA.account();

  @AfterEach
  void close() {
    world.close();
  }

  private Account stored(AccountId id) {
    return world.storage.inTransaction(tx -> tx.accounts().find(id)).orElseThrow();
  }

  private List<AuditEvent> history(AccountId id) {
    return world.homewatch.audit().query(world.admin, AuditQuery.in(World.PROVINCE, World.START,
        World.START.plus(Duration.ofDays(2))).about("account", id.value()), PageRequest.first(100)).items();
  }

  @Test
  @DisplayName("saving the same new account twice says it exists and how to change it, instead of a version puzzle")
  void saveTwice() {
    Account hoa = Account.staff("yta-hoa", "Y tá Hoa", World.COMMUNE_A, Role.MONITOR);
    world.homewatch.accounts().save(world.admin, hoa);
    ConflictException again = assertThrows(ConflictException.class,
        () -> world.homewatch.accounts().save(world.admin, hoa));
    assertTrue(again.getMessage().contains("already exists") && again.getMessage().contains("update"),
        again.getMessage());
    assertThrows(ConflictException.class, () -> world.homewatch.accounts().create(world.admin, hoa));
  }

  @Test
  @DisplayName("create stores version 0; update replaces against the version seen and refuses a stale one")
  void createAndUpdate() {
    Account created = world.homewatch.accounts().create(world.admin,
        Account.staff("yta-hoa", "Y tá Hoa", World.COMMUNE_A, Role.MONITOR).atVersion(7));
    assertEquals(0, created.version());

    Account renamed = world.homewatch.accounts().update(world.admin, new Account(created.id(), "Y tá Hoà",
        Set.of(Role.MONITOR, Role.ENROLLER), World.COMMUNE_A, List.of(), true, true, 99), 0);

    assertEquals(1, renamed.version());
    assertEquals(renamed, stored(created.id()));
    assertEquals(Set.of(Role.MONITOR, Role.ENROLLER), stored(created.id()).roles());
    ConflictException stale = assertThrows(ConflictException.class,
        () -> world.homewatch.accounts().update(world.admin, renamed.withOnDuty(false), 0));
    assertTrue(stale.getMessage().contains("expected version 0"), stale.getMessage());
    assertEquals(renamed, stored(created.id()));
  }

  @Test
  @DisplayName("a deactivated account is kept, cannot log in, is not paged; reactivated it logs in, off duty; "
      + "both are in its history with the reason")
  void deactivateAndReactivate() {
    long version = stored(nurseA).version();
    Account off = world.homewatch.accounts().deactivate(world.admin, nurseA, version, "Nghỉ việc");

    assertFalse(off.active());
    assertFalse(world.homewatch.accounts().isActive(nurseA));
    assertEquals(Optional.empty(), world.homewatch.principals().resolve(nurseA.value()));
    assertTrue(world.storage.inTransaction(tx -> tx.accounts().onDutyAt(World.COMMUNE_A)).isEmpty());

    world.clock.advance(Duration.ofMinutes(1));
    Account on = world.homewatch.accounts().reactivate(world.admin, nurseA, off.version(), "Trở lại làm việc");
    assertTrue(world.homewatch.accounts().isActive(nurseA));
    assertTrue(world.homewatch.principals().resolve(nurseA.value()).isPresent());
    assertFalse(on.onDuty(), "reactivation does not put anyone back on duty");
    assertEquals(List.of("account.deactivate", "account.reactivate"), history(nurseA).stream()
        .map(AuditEvent::action).filter(a -> a.endsWith("activate")).toList());
    assertEquals("Nghỉ việc", history(nurseA).stream().filter(e -> e.action().equals("account.deactivate"))
        .findFirst().orElseThrow().details().get("reason"));
    assertFalse(world.homewatch.accounts().isActive(new AccountId("nobody")));
  }

  @Test
  @DisplayName("an administrator cannot deactivate their own account, nor deactivate without a reason")
  void deactivationRefusals() {
    world.homewatch.accounts().save(world.admin, new Account(districtAdmin.account(), "QTV huyện",
        districtAdmin.roles(), World.DISTRICT, List.of(), false, true, 0));
    ValidationException own = assertThrows(ValidationException.class,
        () -> world.homewatch.accounts().deactivate(districtAdmin, districtAdmin.account(), 0, "thử"));
    assertTrue(own.concerns("id"));
    ValidationException noReason = assertThrows(ValidationException.class,
        () -> world.homewatch.accounts().deactivate(world.admin, nurseA, stored(nurseA).version(), " "));
    assertTrue(noReason.concerns("reason"));
    assertTrue(stored(nurseA).active());
  }

  @Test
  @DisplayName("a transfer moves the account off duty to the new unit, audited under both units")
  void transfer() {
    Account moved = world.homewatch.accounts().transfer(districtAdmin, nurseA, World.COMMUNE_B,
        stored(nurseA).version(), "Chuyển công tác");

    assertEquals(World.COMMUNE_B, stored(nurseA).scope());
    assertFalse(moved.onDuty());
    List<AuditEvent> moves = history(nurseA).stream().filter(e -> e.action().equals("account.transfer")).toList();
    assertEquals(Set.of(World.COMMUNE_A, World.COMMUNE_B), Set.copyOf(moves.stream().map(AuditEvent::unit).toList()));
  }

  @Test
  @DisplayName("nobody grants more than they hold: an administrator of one commune can neither move a nurse out of "
      + "it, nor change an account of another unit, and nothing changes")
  void scopeRules() {
    Principal communeAdmin = Principal.staff(new AccountId("admin-a"), World.COMMUNE_A, Role.ADMINISTRATOR);
    Account before = stored(nurseA);
    assertThrows(AccessDeniedException.class, () -> world.homewatch.accounts().transfer(communeAdmin, nurseA,
        World.COMMUNE_B, before.version(), "Chuyển"));
    assertThrows(AccessDeniedException.class, () -> world.homewatch.accounts().update(communeAdmin,
        new Account(world.nurseB.account(), "Y tá B", Set.of(Role.MONITOR), World.COMMUNE_A, List.of(), true, true, 0),
        stored(world.nurseB.account()).version()));
    assertThrows(AccessDeniedException.class, () -> world.homewatch.accounts().update(communeAdmin,
        new Account(nurseA, "Y tá A", Set.of(Role.MONITOR), World.DISTRICT, List.of(), true, true, 0),
        before.version()));
    ValidationException system = assertThrows(ValidationException.class, () -> world.homewatch.accounts()
        .update(world.admin, new Account(nurseA, "Y tá A", Set.of(Role.SYSTEM), World.COMMUNE_A, List.of(), true,
            true, 0), before.version()));
    assertTrue(system.concerns("roles"));
    assertEquals(before, stored(nurseA));
    assertEquals(3, world.auditCount("access.denied"));
  }
}
