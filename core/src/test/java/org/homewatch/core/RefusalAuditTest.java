package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.homewatch.AccessDeniedException;
import org.homewatch.core.declarations.BatchResult;
import org.homewatch.model.AuditEvent;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Principal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 10.10: every refusal is audited, under the unit it aimed at (AccessSweepTest covers every operation). */
class RefusalAuditTest {
  private final World world = new World();

  @AfterEach
  void close() {
    world.close();
  }

  private List<AuditEvent> refusalsIn(JurisdictionPath unit, Principal actor) {
    return world.storage.inTransaction(tx -> tx.audit().list(World.PROVINCE, World.START.minusSeconds(1),
        PageRequest.first(1000))).items().stream()
        .filter(e -> e.action().equals("access.denied") && e.actor().equals(actor.account())
            && e.unit().equals(unit))
        .toList();
  }

  @Test
  @DisplayName("commune B's nurse reading commune A's case is on record under commune A, not under commune B")
  void filedUnderTheTarget() {
    IsolationCase a = world.registerF2("Đinh Thị Hoa", World.COMMUNE_A);
    assertThrows(AccessDeniedException.class, () -> world.homewatch.cases().get(world.nurseB, a.id()));
    assertEquals(1, refusalsIn(World.COMMUNE_A, world.nurseB).size());
    assertEquals(0, refusalsIn(World.COMMUNE_B, world.nurseB).size());
  }

  @Test
  @DisplayName("a batch item for another person's case is refused alone and audited under that case's commune")
  void batchItemRefusalAudited() {
    IsolationCase own = world.registerF2("Đinh Thị Hoa", World.COMMUNE_B);
    IsolationCase other = world.registerF2("Rơ Mah Lan", World.COMMUNE_A);
    Principal citizen = world.citizen(own);
    BatchResult result = world.homewatch.declarations().submitAll(citizen, List.of(
        world.declaration(own, World.normal()), world.declaration(other, World.normal())));
    assertEquals(1, result.acceptedCount());
    assertTrue(result.rejectedItems().get(0).rejected().orElseThrow() instanceof AccessDeniedException);
    assertEquals(1, refusalsIn(World.COMMUNE_A, citizen).size(), "filed where commune A's staff look");
  }

  @Test
  @DisplayName("a background batch refused to a citizen is audited (under the scope it would have run on)")
  void backgroundRefusalAudited() {
    IsolationCase own = world.registerF2("Đinh Thị Hoa", World.COMMUNE_A);
    Principal citizen = world.citizen(own);
    assertThrows(AccessDeniedException.class, () -> world.homewatch.notifications().dispatch(citizen, 10));
    assertThrows(AccessDeniedException.class, () -> world.homewatch.schedule()
        .sweepMissedDeclarations(citizen, PageRequest.first(10)));
    assertEquals(2, refusalsIn(World.COMMUNE_A, citizen).size());
  }
}
