package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.homewatch.AccessDeniedException;
import org.homewatch.ConflictException;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertOutcome;
import org.homewatch.model.AlertStatus;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.PageRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AlertHandlingTest {
  private final World world = new World();
  private final IsolationCase c = world.registerF2("Phạm Văn Đức", World.COMMUNE_A);
  private final Alert alert = world.homewatch.declarations()
      .submit(world.citizen(c), world.declaration(c, World.spo2(95))).alert().orElseThrow();

  @AfterEach
  void close() {
    world.close();
  }

  @Test
  @DisplayName("staff of another commune can neither read nor acknowledge the alert, and the refusal is audited")
  void otherCommuneDenied() {
    assertThrows(AccessDeniedException.class, () -> world.homewatch.alerts().get(world.nurseB, alert.id()));
    assertThrows(AccessDeniedException.class,
        () -> world.homewatch.alerts().acknowledge(world.nurseB, alert.id(), alert.version()));
    assertTrue(world.homewatch.alerts().activeQueue(world.nurseB, PageRequest.first(10)).items().isEmpty());
    assertEquals(AlertStatus.OPEN, world.homewatch.alerts().get(world.nurseA, alert.id()).status());
    assertEquals(2, world.auditCount("access.denied"));
  }

  @Test
  @DisplayName("acknowledging with a stale version is a conflict and changes nothing")
  void staleVersion() {
    Alert taken = world.homewatch.alerts().acknowledge(world.nurseA, alert.id(), alert.version());
    assertThrows(ConflictException.class, () -> world.homewatch.alerts()
        .resolve(world.nurseA, alert.id(), alert.version(), AlertOutcome.FALSE_ALARM, ""));
    assertEquals(taken, world.homewatch.alerts().get(world.nurseA, alert.id()));
  }

  @Test
  @DisplayName("the district supervisor sees the commune's alert in their queue")
  void districtSeesCommune() {
    assertEquals(1, world.homewatch.alerts().activeQueue(world.supervisor, PageRequest.first(10)).items().size());
  }

  @Test
  @DisplayName("an alert nobody acknowledges in time escalates to the district, whose staff are paged")
  void escalation() {
    world.homewatch.notifications().dispatch(world.system, 100);
    world.clock.advance(Duration.ofMinutes(59));
    assertEquals(0, world.homewatch.alerts().escalateOverdue(world.system, 100));
    world.clock.advance(Duration.ofMinutes(2));
    assertEquals(1, world.homewatch.alerts().escalateOverdue(world.system, 100));
    assertEquals(0, world.homewatch.alerts().escalateOverdue(world.system, 100), "not twice for one deadline");

    Alert escalated = world.homewatch.alerts().get(world.supervisor, alert.id());
    assertEquals(1, escalated.escalationLevel());
    assertEquals(World.DISTRICT, escalated.currentlyResponsible());
    world.homewatch.notifications().dispatch(world.system, 100);
    assertEquals(1, world.channel.sentTo("district").size());
    assertEquals("alert.escalated", world.channel.sentTo("district").get(0).templateKey());
  }

  @Test
  @DisplayName("an acknowledged alert does not escalate")
  void acknowledgedDoesNotEscalate() {
    world.homewatch.alerts().acknowledge(world.nurseA, alert.id(), alert.version());
    world.clock.advance(Duration.ofHours(3));
    assertEquals(0, world.homewatch.alerts().escalateOverdue(world.system, 100));
  }

  @Test
  @DisplayName("citizens and report viewers cannot run background work")
  void backgroundWorkNeedsSystem() {
    assertThrows(AccessDeniedException.class, () -> world.homewatch.alerts().escalateOverdue(world.nurseA, 10));
    assertThrows(AccessDeniedException.class,
        () -> world.homewatch.notifications().dispatch(world.citizen(c), 10));
  }

  @Test
  @DisplayName("an acknowledged alert that gets worse is OPEN again with a fresh deadline, and escalates if ignored")
  void raisedAfterAcknowledgeGetsFreshDeadline() {
    Alert taken = world.homewatch.alerts().acknowledge(world.nurseA, alert.id(), alert.version());
    world.clock.advance(Duration.ofHours(20));
    Alert raised = world.homewatch.declarations()
        .submit(world.citizen(c), world.declaration(c, World.spo2(91))).alert().orElseThrow();
    assertEquals(taken.id(), raised.id());
    assertEquals(AlertStatus.OPEN, raised.status());
    assertEquals(world.clock.instant().plus(Duration.ofMinutes(15)), raised.acknowledgeBy());
    world.clock.advance(Duration.ofMinutes(16));
    assertEquals(1, world.homewatch.alerts().escalateOverdue(world.system, 100));
  }
}
