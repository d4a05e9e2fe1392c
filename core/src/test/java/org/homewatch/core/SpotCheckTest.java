package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.homewatch.AccessDeniedException;
import org.homewatch.core.schedule.SpotCheck;
import org.homewatch.core.schedule.SpotCheckReport;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertKind;
import org.homewatch.model.CaseChange;
import org.homewatch.model.GeoPoint;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NewDeclaration;
import org.homewatch.model.PageRequest;
import org.homewatch.model.PresenceCheck;
import org.homewatch.model.Severity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Spot checks on the shipped policy: 30 minutes to answer. */
class SpotCheckTest {
  private final World world = new World(b -> b.personChannel("test"));
  private final IsolationCase c = world.registerF2("Hoàng Văn Sơn", World.COMMUNE_A);

  @AfterEach
  void close() {
    world.close();
  }

  private SpotCheckReport settle() {
    return world.homewatch.spotChecks().settleDue(world.system, PageRequest.first(50));
  }

  private Optional<Alert> presenceAlert() {
    return world.storage.inTransaction(tx -> tx.alerts().findActive(c.id(), AlertKind.PRESENCE_FAILED));
  }

  private void checkIn(PresenceCheck.Result result) {
    NewDeclaration d = world.declaration(c, World.normal());
    world.homewatch.declarations().submit(world.citizen(c), new NewDeclaration(d.id(), d.caseId(), d.observedAt(),
        d.vitals(), d.symptoms(), Optional.empty(), Optional.of(GeoPoint.of(13.65, 108.08)),
        Optional.of(new PresenceCheck(result, "face-plugin", Optional.of("ref-1")))));
  }

  @Test
  @DisplayName("a spot check messages the person once; unanswered after 30 minutes it opens a PRESENCE_FAILED alert")
  void unanswered() {
    SpotCheck check = world.homewatch.spotChecks().request(world.nurseA, c.id());
    assertEquals(check, world.homewatch.spotChecks().request(world.nurseA, c.id()), "asking again while pending");
    assertEquals(world.clock.instant().plus(Duration.ofMinutes(30)), check.answerBy());
    world.homewatch.notifications().dispatch(world.system, 100);
    assertEquals(1, world.channel.sent().stream().filter(n -> n.templateKey().equals("spotcheck.request")).count());
    world.clock.advance(Duration.ofMinutes(29));
    assertEquals(0, settle().failed());
    world.clock.advance(Duration.ofMinutes(1));
    assertEquals(1, settle().failed());
    assertEquals(Severity.ABNORMAL, presenceAlert().orElseThrow().severity());
    assertEquals(0, settle().failed(), "settled once");
    assertEquals(Optional.empty(), world.homewatch.spotChecks().pending(world.nurseA, c.id()));
  }

  @Test
  @DisplayName("a check-in with location and a passed presence check in time answers it; no alert")
  void answered() {
    world.homewatch.spotChecks().request(world.nurseA, c.id());
    world.clock.advance(Duration.ofMinutes(10));
    checkIn(PresenceCheck.Result.PASSED);
    world.clock.advance(Duration.ofMinutes(25));
    SpotCheckReport report = settle();
    assertEquals(1, report.answered());
    assertEquals(Optional.empty(), presenceAlert());
    IsolationCase after = world.storage.inTransaction(tx -> tx.cases().find(c.id())).orElseThrow();
    assertEquals(CaseChange.Kind.SPOT_CHECK_ANSWERED, after.history().get(after.history().size() - 1).kind());
  }

  @Test
  @DisplayName("a check-in whose presence check failed opens the alert; a plain declaration does not answer")
  void failedPresence() {
    world.homewatch.spotChecks().request(world.nurseA, c.id());
    world.clock.advance(Duration.ofMinutes(5));
    world.homewatch.declarations().submit(world.citizen(c), world.declaration(c, World.normal()));
    checkIn(PresenceCheck.Result.FAILED);
    world.clock.advance(Duration.ofMinutes(30));
    assertEquals(1, settle().failed());
    assertTrue(presenceAlert().orElseThrow().summary().contains("presence check failed"));
  }

  @Test
  @DisplayName("only staff of the case's commune may ask")
  void access() {
    assertThrows(AccessDeniedException.class, () -> world.homewatch.spotChecks().request(world.nurseB, c.id()));
    assertThrows(AccessDeniedException.class, () -> world.homewatch.spotChecks().request(world.citizen(c), c.id()));
    assertEquals(List.of(), world.channel.sent());
  }
}
