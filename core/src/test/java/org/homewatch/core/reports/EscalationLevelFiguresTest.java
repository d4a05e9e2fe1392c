package org.homewatch.core.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.homewatch.core.World;
import org.homewatch.model.AccountId;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertEvent;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.Principal;
import org.homewatch.model.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Escalations are filed by the level they reached, and a repeat page at the province stays at the province. */
class EscalationLevelFiguresTest {
  private final World world = new World();
  private final Principal viewer = Principal.staff(new AccountId("viewer"), World.PROVINCE, Role.REPORT_VIEWER);
  private final Principal provinceDuty = Principal.staff(new AccountId("province"), World.PROVINCE,
      Role.SUPERVISOR);

  @AfterEach
  void close() {
    world.close();
  }

  @Test
  @DisplayName("an alert nobody answers reaches the district (1) and the province (2); repeat pages there are level 2,"
      + " and the acknowledgement is filed at level 2")
  void repeatPagesAtTheProvinceStayAtItsLevel() {
    world.staff(provinceDuty, "BCĐ tỉnh", true);
    IsolationCase c = world.registerF2("Nguyễn Văn An", World.COMMUNE_A);
    Alert alert = world.homewatch.declarations().submit(world.citizen(c), world.declaration(c, World.spo2(93)))
        .alert().orElseThrow();
    for (int i = 0; i < 4; i++) {
      world.clock.advance(Duration.ofHours(3));
      assertEquals(1, world.homewatch.alerts().escalateOverdue(world.system, 10));
    }
    Alert atProvince = world.homewatch.alerts().get(provinceDuty, alert.id());
    assertEquals(2, atProvince.escalationLevel());
    world.homewatch.alerts().acknowledge(provinceDuty, alert.id(), atProvince.version());

    Figures.Alerts figures = world.homewatch.reports().report(viewer,
        ReportRequest.of(World.PROVINCE, World.TODAY, World.TODAY.plusDays(1))).root().period().alerts();
    assertEquals(Map.of(1, 1L, 2, 3L), figures.escalatedToLevel());
    assertEquals(List.of(2), List.copyOf(figures.toAcknowledge().keySet()));
    assertTrue(world.homewatch.reports().checkCounters(world.admin, World.COMMUNE_A, World.TODAY,
        World.TODAY.plusDays(1)).consistent());
  }

  @Test
  @DisplayName("each step of an alert's history records the level the alert stood at after it")
  void historyKeepsTheLevel() {
    IsolationCase c = world.registerF2("Nguyễn Văn An", World.COMMUNE_A);
    Alert alert = world.homewatch.declarations().submit(world.citizen(c), world.declaration(c, World.spo2(93)))
        .alert().orElseThrow();
    world.clock.advance(Duration.ofHours(3));
    world.homewatch.alerts().escalateOverdue(world.system, 10);
    Alert escalated = world.homewatch.alerts().get(world.supervisor, alert.id());
    List<AlertEvent> history = escalated.history();
    assertEquals(0, history.get(0).levelAfter().orElseThrow());
    assertEquals(escalated.escalationLevel(), history.get(history.size() - 1).levelAfter().orElseThrow());
  }
}
