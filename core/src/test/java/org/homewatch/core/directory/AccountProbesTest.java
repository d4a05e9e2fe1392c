package org.homewatch.core.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.homewatch.AccessDeniedException;
import org.homewatch.ConflictException;
import org.homewatch.HomewatchException;
import org.homewatch.ValidationException;
import org.homewatch.core.World;
import org.homewatch.model.Account;
import org.homewatch.model.AccountId;
import org.homewatch.model.ContactPoint;
import org.homewatch.model.Principal;
import org.homewatch.model.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Account administration probed as a careless integrator or an administrator overreaching would meet it (issue 13.5,
 * "nobody grants more than they hold"): each probe is refused with the field named, and nothing is changed.
 */
class AccountProbesTest {
  private final World world = new World();
  private final Principal districtAdmin =
      Principal.staff(new AccountId("district-admin"), World.DISTRICT, Role.ADMINISTRATOR);

  @AfterEach
  void close() {
    world.close();
  }

  private Account stored(AccountId id) {
    return world.storage.inTransaction(tx -> tx.accounts().find(id)).orElseThrow();
  }

  private Account districtAdminAccount() {
    return world.homewatch.accounts().create(world.admin, new Account(districtAdmin.account(), "Quản trị huyện",
        EnumSet.of(Role.ADMINISTRATOR), World.DISTRICT, List.of(), false, true, 0));
  }

  @Test
  @DisplayName("an administrator cannot give their own account a role they do not hold (a supervisor's reading of "
      + "alerts and declarations), by update or save; another administrator can")
  void noSelfGrantedRole() {
    Account own = districtAdminAccount();
    Account wider = new Account(own.id(), own.displayName(), EnumSet.of(Role.ADMINISTRATOR, Role.SUPERVISOR),
        own.scope(), own.contactPoints(), false, true, 1);
    ValidationException byUpdate = assertThrows(ValidationException.class,
        () -> world.homewatch.accounts().update(districtAdmin, wider, own.version()));
    assertTrue(byUpdate.concerns("roles"), byUpdate.getMessage());
    ValidationException bySave = assertThrows(ValidationException.class,
        () -> world.homewatch.accounts().save(districtAdmin, wider));
    assertTrue(bySave.concerns("roles"), bySave.getMessage());
    assertEquals(own, stored(own.id()));
    // the province's administrator decides it
    assertEquals(wider.roles(), world.homewatch.accounts().update(world.admin, wider, own.version()).roles());
  }

  @Test
  @DisplayName("an administrator cannot drop their own administrator role nor move their own account (the last "
      + "administrator of a unit would lock it out), by update or transfer")
  void noSelfDemotionOrMove() {
    Account own = districtAdminAccount();
    Account demoted = new Account(own.id(), own.displayName(), EnumSet.of(Role.MONITOR), own.scope(),
        own.contactPoints(), false, true, 1);
    ValidationException roles = assertThrows(ValidationException.class,
        () -> world.homewatch.accounts().update(districtAdmin, demoted, own.version()));
    assertTrue(roles.concerns("roles"), roles.getMessage());
    Account narrowed = new Account(own.id(), own.displayName(), own.roles(), World.COMMUNE_A, own.contactPoints(),
        false, true, 1);
    ValidationException scope = assertThrows(ValidationException.class,
        () -> world.homewatch.accounts().update(districtAdmin, narrowed, own.version()));
    assertTrue(scope.concerns("scope"), scope.getMessage());
    ValidationException moved = assertThrows(ValidationException.class, () -> world.homewatch.accounts()
        .transfer(districtAdmin, own.id(), World.COMMUNE_A, own.version(), "tự chuyển"));
    assertTrue(moved.concerns("id"), moved.getMessage());
    assertEquals(own, stored(own.id()));
    // their own name and contact points stay theirs to change
    Account renamed = new Account(own.id(), "Quản trị Chư Sê", own.roles(), own.scope(),
        List.of(new ContactPoint("test", "district-admin")), false, true, 1);
    assertEquals("Quản trị Chư Sê", world.homewatch.accounts().update(districtAdmin, renamed, own.version())
        .displayName());
  }

  @Test
  @DisplayName("only staff who take alerts (monitors, supervisors) go on duty: a report viewer, an enroller or an "
      + "administrator put on duty is refused naming 'onDuty', and one stored on duty is not paged with names")
  void onlyAlertHandlersOnDuty() {
    Principal viewer = Principal.staff(new AccountId("viewer"), World.COMMUNE_A, Role.REPORT_VIEWER);
    ValidationException created = assertThrows(ValidationException.class, () -> world.homewatch.accounts()
        .create(world.admin, new Account(viewer.account(), "Thống kê", viewer.roles(), viewer.scope(),
            List.of(new ContactPoint("test", "viewer")), true, true, 0)));
    assertTrue(created.concerns("onDuty"), created.getMessage());
    world.staff(viewer, "Thống kê", false);
    ValidationException self = assertThrows(ValidationException.class,
        () -> world.homewatch.accounts().setOnDuty(viewer, viewer.account(), true));
    assertTrue(self.concerns("onDuty"), self.getMessage());
    ValidationException byAdmin = assertThrows(ValidationException.class,
        () -> world.homewatch.accounts().setOnDuty(world.admin, viewer.account(), true));
    assertTrue(byAdmin.concerns("onDuty"), byAdmin.getMessage());
    assertFalse(stored(viewer.account()).onDuty());

    // an account stored on duty before this rule (or by another tool) is still never paged
    world.storage.useTransaction(tx -> tx.accounts().save(new Account(viewer.account(), "Thống kê", viewer.roles(),
        viewer.scope(), List.of(new ContactPoint("test", "viewer")), true, true, stored(viewer.account())
            .version() + 1)));
    var c = world.registerF2("Phạm Văn Đức", World.COMMUNE_A);
    world.homewatch.declarations().submit(world.citizen(c), world.declaration(c, World.spo2(88)));
    world.homewatch.notifications().dispatch(world.system, 100);
    assertEquals(List.of(), world.channel.sentTo("viewer"));
    assertFalse(world.channel.sentTo("nurse-a").isEmpty());
  }

  @Test
  @DisplayName("a deactivated account cannot be put on duty (it would be listed on duty and paged once reactivated); "
      + "setOnDuty without an id names 'id'")
  void deactivatedNotOnDuty() {
    Account off = world.homewatch.accounts().deactivate(world.admin, world.nurseA.account(),
        stored(world.nurseA.account()).version(), "nghỉ phép");
    assertThrows(ConflictException.class,
        () -> world.homewatch.accounts().setOnDuty(world.admin, world.nurseA.account(), true));
    assertEquals(off, stored(off.id()));
    HomewatchException noId = assertThrows(HomewatchException.class,
        () -> world.homewatch.accounts().setOnDuty(world.admin, null, true));
    assertTrue(noId instanceof ValidationException v && v.concerns("id"), noId.toString());
    assertThrows(AccessDeniedException.class,
        () -> world.homewatch.accounts().setOnDuty(world.nurseB, world.nurseA.account(), false));
  }

  @Test
  @DisplayName("save does not switch an account on or off behind deactivate and reactivate (which keep the reason), "
      + "and no change puts a deactivated account on duty")
  void activityOnlyWithAReason() {
    Account nurse = stored(world.nurseA.account());
    Account off = world.homewatch.accounts().deactivate(world.admin, nurse.id(), nurse.version(), "nghỉ phép");
    Account backOn = new Account(off.id(), off.displayName(), off.roles(), off.scope(), off.contactPoints(), false,
        true, off.version() + 1);
    ValidationException reactivated = assertThrows(ValidationException.class,
        () -> world.homewatch.accounts().save(world.admin, backOn));
    assertTrue(reactivated.concerns("active"), reactivated.getMessage());
    Account onDutyWhileOff = new Account(off.id(), off.displayName(), off.roles(), off.scope(), off.contactPoints(),
        true, false, off.version() + 1);
    assertThrows(ConflictException.class, () -> world.homewatch.accounts().update(world.admin, onDutyWhileOff,
        off.version()));
    assertThrows(ConflictException.class, () -> world.homewatch.accounts().save(world.admin, onDutyWhileOff));
    assertEquals(off, stored(off.id()));
    assertFalse(world.homewatch.accounts().isActive(off.id()));

    Account on = world.homewatch.accounts().reactivate(world.admin, off.id(), off.version(), "đi làm lại");
    Account offBySave = new Account(on.id(), on.displayName(), on.roles(), on.scope(), on.contactPoints(), false,
        false, on.version() + 1);
    ValidationException deactivated = assertThrows(ValidationException.class,
        () -> world.homewatch.accounts().save(world.admin, offBySave));
    assertTrue(deactivated.concerns("active"), deactivated.getMessage());
    assertEquals(on, stored(on.id()));
  }

  @Test
  @DisplayName("a transfer to a unit nobody imported names 'to', the parameter, not 'scope'")
  void transferToUnknownUnitNamesTo() {
    Account nurse = stored(world.nurseA.account());
    ValidationException e = assertThrows(ValidationException.class, () -> world.homewatch.accounts().transfer(
        world.admin, nurse.id(), World.DISTRICT.child("99999"), nurse.version(), "chuyển trạm"));
    assertTrue(e.concerns("to"), e.getMessage());
    assertEquals(nurse, stored(nurse.id()));
  }

  @Test
  @DisplayName("a deactivated administrator whose principal is still in a session changes no account: they cannot "
      + "deactivate the administrator who deactivated them, nor create or update one (refused and audited)")
  void deactivatedAdministratorActsNoMore() {
    Account x = world.homewatch.accounts().create(world.admin, new Account(new AccountId("admin-x"), "X",
        EnumSet.of(Role.ADMINISTRATOR), World.PROVINCE, List.of(), false, true, 0));
    Account y = world.homewatch.accounts().create(world.admin, new Account(new AccountId("admin-y"), "Y",
        EnumSet.of(Role.ADMINISTRATOR), World.PROVINCE, List.of(), false, true, 0));
    Principal stillLoggedIn = y.asPrincipal();
    world.homewatch.accounts().deactivate(x.asPrincipal(), y.id(), y.version(), "nghỉ việc");
    assertThrows(AccessDeniedException.class,
        () -> world.homewatch.accounts().deactivate(stillLoggedIn, x.id(), x.version(), "trả đũa"));
    assertThrows(AccessDeniedException.class, () -> world.homewatch.accounts().create(stillLoggedIn,
        Account.staff("ban-than", "Bạn thân", World.COMMUNE_A, Role.MONITOR)));
    assertThrows(AccessDeniedException.class,
        () -> world.homewatch.accounts().setOnDuty(stillLoggedIn, world.nurseA.account(), false));
    assertTrue(world.homewatch.accounts().isActive(x.id()));
    assertFalse(world.storage.inTransaction(tx -> tx.accounts().find(new AccountId("ban-than"))).isPresent());
  }
}
