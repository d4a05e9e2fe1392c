package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homewatch.AccessDeniedException;
import org.homewatch.model.Account;
import org.homewatch.model.AccountId;
import org.homewatch.model.AccountQuery;
import org.homewatch.model.AuditEvent;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Principal;
import org.homewatch.model.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 13.5's account list, and an account lookup that does not tell what lies outside the caller's scope. */
class AccountListTest {
  private final World world = new World();
  private final Principal districtAdmin =
      Principal.staff(new AccountId("admin-district"), World.DISTRICT, Role.ADMINISTRATOR);
  private final Principal communeBAdmin =
      Principal.staff(new AccountId("admin-b"), World.COMMUNE_B, Role.ADMINISTRATOR);

  @AfterEach
  void close() {
    world.close();
  }

  private List<String> ids(Page<Account> page) {
    return page.items().stream().map(a -> a.id().value()).toList();
  }

  private List<AuditEvent> audit(String action) {
    return world.storage.inTransaction(tx -> tx.audit().list(World.PROVINCE, World.START.minusSeconds(1),
        PageRequest.first(1000))).items().stream().filter(e -> e.action().equals(action)).toList();
  }

  @Test
  @DisplayName("an administrator lists the accounts of a subtree unit by unit, filtered by role, activity and duty, "
      + "keyset-paged, and the reading is audited with its filters and count")
  void listsInScope() {
    // World: nurse-a (commune A), nurse-b (commune B), district (the district), all on duty.
    world.homewatch.accounts().setOnDuty(world.admin, world.nurseB.account(), false);
    Account retired = world.homewatch.accounts().create(world.admin,
        Account.staff("a-retired", "Y tá nghỉ", World.COMMUNE_A, Role.MONITOR));
    world.homewatch.accounts().deactivate(world.admin, retired.id(), 0, "nghỉ hưu");

    Page<Account> first = world.homewatch.accounts().list(districtAdmin, AccountQuery.in(World.DISTRICT),
        PageRequest.first(2));
    Page<Account> second = world.homewatch.accounts().list(districtAdmin, AccountQuery.in(World.DISTRICT),
        PageRequest.first(2).next(first));
    // By unit key (district, then its communes), then by id.
    assertEquals(List.of("district", "a-retired"), ids(first));
    assertEquals(List.of("nurse-a", "nurse-b"), ids(second));
    assertEquals(Optional.empty(), second.next());

    assertEquals(List.of("nurse-a"), ids(world.homewatch.accounts().list(districtAdmin,
        AccountQuery.in(World.DISTRICT).withRole(Role.MONITOR).active(true).onDuty(true), PageRequest.first(10))));
    assertEquals(List.of("a-retired"), ids(world.homewatch.accounts().list(districtAdmin,
        AccountQuery.in(World.COMMUNE_A).active(false), PageRequest.first(10))));
    assertEquals(List.of("district"), ids(world.homewatch.accounts().list(districtAdmin,
        AccountQuery.in(World.DISTRICT).withRole(Role.SUPERVISOR), PageRequest.first(10))));

    List<AuditEvent> reads = audit("account.list");
    assertEquals(5, reads.size());
    AuditEvent bySupervisors = reads.stream().filter(e -> e.details().containsKey("role")
        && e.details().get("role").equals("SUPERVISOR")).findFirst().orElseThrow();
    assertEquals(World.DISTRICT, bySupervisors.unit());
    assertEquals(Map.of("role", "SUPERVISOR", "served", "1"), bySupervisors.details());
  }

  @Test
  @DisplayName("listing a unit outside the administrator's scope, or listing without the administrator role, is "
      + "refused and audited")
  void listOutsideScopeRefused() {
    assertThrows(AccessDeniedException.class, () -> world.homewatch.accounts().list(communeBAdmin,
        AccountQuery.in(World.COMMUNE_A), PageRequest.first(10)));
    assertThrows(AccessDeniedException.class, () -> world.homewatch.accounts().list(world.supervisor,
        AccountQuery.in(World.DISTRICT), PageRequest.first(10)));
    assertEquals(2, audit("access.denied").size());
  }

  @Test
  @DisplayName("an administrator outside an account's scope gets the same answer for it as for an id that does not "
      + "exist (empty); the attempt is audited under the account's unit")
  void findDoesNotLeak() {
    Optional<Account> outside = world.homewatch.accounts().find(communeBAdmin, world.nurseA.account());
    Optional<Account> absent = world.homewatch.accounts().find(communeBAdmin, new AccountId("nobody-here"));
    assertEquals(absent, outside);
    assertEquals(Optional.empty(), outside);
    List<AuditEvent> refusals = audit("access.denied");
    assertEquals(1, refusals.size());
    assertEquals(World.COMMUNE_A, refusals.get(0).unit());

    assertEquals(world.nurseA.account(), world.homewatch.accounts().find(districtAdmin, world.nurseA.account())
        .orElseThrow().id());
    assertEquals(world.nurseB.account(), world.homewatch.accounts().find(world.nurseB, world.nurseB.account())
        .orElseThrow().id(), "one's own account");
  }

  @Test
  @DisplayName("a nurse asking for another account is refused alike whether the id exists or not")
  void nonAdministratorRefusedAlike() {
    AccessDeniedException existing = assertThrows(AccessDeniedException.class,
        () -> world.homewatch.accounts().find(world.nurseB, world.nurseA.account()));
    AccessDeniedException absent = assertThrows(AccessDeniedException.class,
        () -> world.homewatch.accounts().find(world.nurseB, new AccountId("nobody-here")));
    assertEquals(existing.getMessage(), absent.getMessage());
    assertEquals(existing.target(), absent.target());
  }
}
