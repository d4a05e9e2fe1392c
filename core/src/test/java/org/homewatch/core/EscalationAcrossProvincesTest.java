package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.homewatch.model.Account;
import org.homewatch.model.AccountId;
import org.homewatch.model.Alert;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.ContactPoint;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.Jurisdiction;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.JurisdictionScheme;
import org.homewatch.model.NewCase;
import org.homewatch.model.Principal;
import org.homewatch.model.QuarantineDecision;
import org.homewatch.model.Role;
import org.homewatch.model.Severity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Two provinces on one storage, each with its own background node (issue 10, defect 7). */
class EscalationAcrossProvincesTest {
  private static final JurisdictionPath P2 = JurisdictionPath.of(JurisdictionScheme.GSO_2021, "79");
  private static final JurisdictionPath P2_DISTRICT = P2.child("760");
  private static final JurisdictionPath P2_COMMUNE = P2_DISTRICT.child("26734");
  private static final int BATCH = 3;

  private final World world = new World();
  private final Principal p2Admin = Principal.staff(new AccountId("admin-79"), P2, Role.ADMINISTRATOR);
  private final Principal p2Enroller = Principal.staff(new AccountId("enroller-79"), P2, Role.ENROLLER);
  private final Principal p2System = Principal.system(P2);

  @AfterEach
  void close() {
    world.close();
  }

  private Alert emergencyIn(JurisdictionPath commune, Principal enroller, String name) {
    IsolationCase c = world.homewatch.cases().register(enroller, NewCase.of(World.person(name, commune, 1980),
        CaseCategory.F2, new QuarantineDecision("7/QĐ-UBND", "UBND", World.TODAY), World.TODAY));
    Alert alert = world.homewatch.declarations().submit(world.citizen(c), world.declaration(c, World.spo2(90)))
        .alert().orElseThrow();
    assertEquals(Severity.EMERGENCY, alert.severity());
    return alert;
  }

  @Test
  @DisplayName("with a backlog of overdue alerts in another province larger than the batch, this province's system "
      + "principal still escalates its own overdue EMERGENCY, and leaves the other province's alone")
  void backlogElsewhereDoesNotStarveThisProvince() {
    world.homewatch.jurisdictions().importUnits(p2Admin, List.of(new Jurisdiction(P2, "TP. Hồ Chí Minh"),
        new Jurisdiction(P2_DISTRICT, "Thủ Đức"), new Jurisdiction(P2_COMMUNE, "Phường Linh Trung")));
    world.homewatch.accounts().save(p2Admin, new Account(new AccountId("nurse-79"), "Y tá 79", java.util.Set.of(
        Role.MONITOR), P2_COMMUNE, List.of(new ContactPoint("test", "nurse-79")), true, true, 0));
    List<Alert> backlog = new ArrayList<>();
    for (int i = 0; i < BATCH + 2; i++) {
      backlog.add(emergencyIn(P2_COMMUNE, p2Enroller, "Nguyễn Văn Hùng " + i));
    }
    world.clock.advance(Duration.ofMinutes(1));
    Alert ours = emergencyIn(World.COMMUNE_A, world.enroller, "Trần Thị Lan");
    world.clock.advance(Duration.ofHours(1));

    assertEquals(1, world.homewatch.alerts().escalateOverdue(world.system, BATCH));

    assertEquals(World.DISTRICT, world.homewatch.alerts().get(world.supervisor, ours.id()).currentlyResponsible());
    for (Alert theirs : backlog) {
      assertEquals(0, world.storage.inTransaction(tx -> tx.alerts().find(theirs.id())).orElseThrow()
          .escalationLevel());
    }
    assertEquals(BATCH, world.homewatch.alerts().escalateOverdue(p2System, BATCH));
  }
}
