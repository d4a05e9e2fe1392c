package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.homewatch.AccessDeniedException;
import org.homewatch.ValidationException;
import org.homewatch.model.Account;
import org.homewatch.model.AccountId;
import org.homewatch.model.AuditEvent;
import org.homewatch.model.ContactPoint;
import org.homewatch.model.Jurisdiction;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.JurisdictionScheme;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Principal;
import org.homewatch.model.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 10.2: an administrator changes only accounts inside their scope, into their scope, with staff roles. */
class AccountTakeoverTest {
  private static final JurisdictionPath HCMC = JurisdictionPath.of(JurisdictionScheme.GSO_2021, "79");
  private final World world = new World();
  private final Principal admin79 = Principal.staff(new AccountId("admin-79"), HCMC, Role.ADMINISTRATOR);

  @AfterEach
  void close() {
    world.close();
  }

  private Account storedNurseA() {
    return world.storage.inTransaction(tx -> tx.accounts().find(world.nurseA.account())).orElseThrow();
  }

  private Account nurseAMovedTo(JurisdictionPath scope, String phone) {
    Account a = storedNurseA();
    return new Account(a.id(), a.displayName(), a.roles(), scope, List.of(new ContactPoint("sms", phone)),
        true, true, a.version() + 1);
  }

  @Test
  @DisplayName("another province's administrator cannot move a commune's nurse into their province nor change her phone")
  void noTakeoverAcrossProvinces() {
    world.homewatch.jurisdictions().importUnits(admin79, List.of(new Jurisdiction(HCMC, "Hồ Chí Minh")));
    Account before = storedNurseA();

    assertThrows(AccessDeniedException.class,
        () -> world.homewatch.accounts().save(admin79, nurseAMovedTo(HCMC, "0909999999")));

    assertEquals(before, storedNurseA(), "the nurse's account is unchanged");
    List<AuditEvent> denied = world.storage.inTransaction(tx -> tx.audit().list(World.COMMUNE_A,
        World.START.minusSeconds(1), PageRequest.first(100))).items().stream()
        .filter(e -> e.action().equals("access.denied") && e.actor().equals(admin79.account())).toList();
    assertEquals(1, denied.size(), "the attempt is on record where commune A's supervisors look");
  }

  @Test
  @DisplayName("a commune's administrator cannot take a district-wide account, nor widen an account beyond their commune")
  void storedAndNewScopeBothInside() {
    Principal adminA = Principal.staff(new AccountId("admin-a"), World.COMMUNE_A, Role.ADMINISTRATOR);
    Account district = world.storage.inTransaction(tx -> tx.accounts().find(world.supervisor.account()))
        .orElseThrow();
    assertThrows(AccessDeniedException.class, () -> world.homewatch.accounts().save(adminA,
        new Account(district.id(), district.displayName(), district.roles(), World.COMMUNE_A,
            district.contactPoints(), true, true, district.version() + 1)));
    assertThrows(AccessDeniedException.class,
        () -> world.homewatch.accounts().save(adminA, nurseAMovedTo(World.DISTRICT, "0905111222")));
    Account moved = world.homewatch.accounts().save(world.admin, nurseAMovedTo(World.COMMUNE_B, "0905111222"));
    assertEquals(World.COMMUNE_B, moved.scope(), "the province's administrator may move her inside the province");
  }

  @Test
  @DisplayName("the system's account id cannot be taken, and SYSTEM or CITIZEN are never granted")
  void reservedIdAndRoles() {
    ValidationException id = assertThrows(ValidationException.class, () -> world.homewatch.accounts().save(
        world.admin, new Account(AccountId.SYSTEM, "Hệ thống", java.util.Set.of(Role.MONITOR), World.COMMUNE_A,
            List.of(), true, true, 0)));
    assertTrue(id.concerns("id"), id.getMessage());
    for (Role role : List.of(Role.SYSTEM, Role.CITIZEN)) {
      ValidationException e = assertThrows(ValidationException.class, () -> world.homewatch.accounts().save(
          world.admin, new Account(new AccountId("x-" + role), "X", java.util.Set.of(role), World.COMMUNE_A,
              List.of(), true, true, 0)));
      assertTrue(e.concerns("roles"), e.getMessage());
    }
    assertTrue(world.storage.inTransaction(tx -> tx.accounts().find(AccountId.SYSTEM)).isEmpty());
  }

  @Test
  @DisplayName("contact points must name a registered channel, and an sms address must be a phone number")
  void contactPoints() {
    ValidationException unknown = assertThrows(ValidationException.class, () -> world.homewatch.accounts().save(
        world.admin, withContacts(new ContactPoint("test", "nurse-a"), new ContactPoint("zalo", "0905000111"))));
    assertTrue(unknown.concerns("contactPoints[1].channel"), unknown.getMessage());
    assertTrue(unknown.getMessage().contains("zalo"), unknown.getMessage());
    ValidationException notPhone = assertThrows(ValidationException.class, () -> world.homewatch.accounts().save(
        world.admin, withContacts(new ContactPoint("sms", "nurse-a@example.vn"))));
    assertTrue(notPhone.concerns("contactPoints[0].address"), notPhone.getMessage());
    Account saved = world.homewatch.accounts().save(world.admin, withContacts(new ContactPoint("sms", "0905 111 222")));
    assertEquals(1, saved.contactPoints().size());
  }

  private Account withContacts(ContactPoint... points) {
    Account a = storedNurseA();
    return new Account(a.id(), a.displayName(), a.roles(), a.scope(), List.of(points), true, true, a.version() + 1);
  }
}
