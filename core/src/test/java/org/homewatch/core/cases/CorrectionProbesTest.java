package org.homewatch.core.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.homewatch.HomewatchException;
import org.homewatch.ValidationException;
import org.homewatch.core.World;
import org.homewatch.model.IsolationCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Corrections probed with what a careless form or an attacker sends (issue 13.4's bad input). */
class CorrectionProbesTest {
  private final World world = new World();
  private final IsolationCase c = world.registerF2("Phạm Văn Đức", World.COMMUNE_A);

  @AfterEach
  void close() {
    world.close();
  }

  @Test
  @DisplayName("a schedule id with control characters or 10,000 characters is a ValidationException naming "
      + "'scheduleId' whose message quotes neither (it was echoed into the message portals log)")
  void scheduleIdEchoed() {
    for (String id : List.of("\u001b[2J\nINFO forged line", "x".repeat(10_000), "\u0000", "\u202evhd")) {
      HomewatchException e = assertThrows(HomewatchException.class, () -> world.homewatch.corrections().correct(
          world.nurseA, c.id(), c.version(), new CaseCorrection.Schedule(Optional.of(id)), "lịch sai"));
      assertTrue(e instanceof ValidationException v && v.concerns("scheduleId"), e.toString());
      assertTrue(e.getMessage().chars().noneMatch(ch -> ch < 0x20 || ch == 0x202e), e.getMessage());
      assertTrue(e.getMessage().length() < 500, () -> e.getMessage().length() + " characters");
    }
    assertEquals(c, world.storage.inTransaction(tx -> tx.cases().find(c.id())).orElseThrow());
  }

  @Test
  @DisplayName("registration refuses such a schedule id alike, naming 'scheduleId', without quoting it")
  void scheduleIdAtRegistration() {
    for (String id : List.of("\u001b[2J\nINFO forged line", "x".repeat(10_000), "\u0000", "\u202evhd")) {
      // the record itself refuses it, before Homewatch sees it
      HomewatchException e = assertThrows(HomewatchException.class, () -> new org.homewatch.model.NewCase(
          World.person("Lê Thị Mai", World.COMMUNE_A, 1990), org.homewatch.model.CaseCategory.F2, c.decision(),
          World.TODAY, Optional.empty(), World.COMMUNE_A, java.util.Set.of(), Optional.empty(), Optional.of(id),
          Optional.empty(), false));
      assertTrue(e instanceof ValidationException v && v.concerns("scheduleId"), e.toString());
      assertTrue(e.getMessage().chars().noneMatch(ch -> ch < 0x20 || ch == 0x202e), e.getMessage());
      assertTrue(e.getMessage().length() < 500, () -> e.getMessage().length() + " characters");
    }
  }
}
