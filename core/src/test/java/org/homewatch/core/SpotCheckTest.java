package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.homewatch.AccessDeniedException;
import org.homewatch.core.schedule.MonitoringPolicy;
import org.homewatch.core.schedule.SpotCheckReport;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertKind;
import org.homewatch.model.CaseChange;
import org.homewatch.model.DeclarationId;
import org.homewatch.model.GeoPoint;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NewDeclaration;
import org.homewatch.model.PageRequest;
import org.homewatch.model.PresenceCheck;
import org.homewatch.model.Severity;
import org.homewatch.model.SpotCheck;
import org.homewatch.model.SpotCheckState;
import org.homewatch.spi.notification.AlertChannel;
import org.homewatch.test.ScriptedPresenceVerifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Spot checks on the shipped policy: 30 minutes to answer, with the scripted presence verifier. */
class SpotCheckTest {
  private final World world = new World(b -> b.personChannel("test").presenceVerifier(new ScriptedPresenceVerifier()));
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

  /** A check-in whose app claims {@code result}; the scripted verifier decides by the reference's start. */
  private void checkIn(PresenceCheck.Result result) {
    NewDeclaration d = world.declaration(c, World.normal());
    String reference = result == PresenceCheck.Result.PASSED ? "pass-1" : "fail-1";
    world.homewatch.declarations().submit(world.citizen(c), new NewDeclaration(d.id(), d.caseId(), d.observedAt(),
        d.vitals(), d.symptoms(), Optional.empty(), Optional.of(GeoPoint.of(13.65, 108.08)),
        Optional.of(new PresenceCheck(result, "face-plugin", Optional.of(reference)))));
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
  @DisplayName("a check-in with location that the presence verifier passes answers it in time; no alert")
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
  @DisplayName("a check-in that the presence verifier fails opens the alert; a plain declaration does not answer")
  void failedPresence() {
    world.homewatch.spotChecks().request(world.nurseA, c.id());
    world.clock.advance(Duration.ofMinutes(5));
    world.homewatch.declarations().submit(world.citizen(c), world.declaration(c, World.normal()));
    checkIn(PresenceCheck.Result.FAILED);
    world.clock.advance(Duration.ofMinutes(30));
    assertEquals(1, settle().failed());
    assertEquals("Kiểm tra đột xuất: Xác thực sự có mặt không đạt: hệ thống xác thực không chấp nhận",
        presenceAlert().orElseThrow().summary());
  }

  @Test
  @DisplayName("a spot check is a typed record: REQUESTED with its deadline, then EXPIRED without evidence or PASSED "
      + "with the declaration that answered it")
  void typedRecord() {
    SpotCheck asked = world.homewatch.spotChecks().request(world.nurseA, c.id());
    assertEquals(SpotCheckState.REQUESTED, asked.state());
    assertEquals(world.nurseA.account(), asked.requestedBy());
    world.clock.advance(Duration.ofMinutes(30));
    settle();
    world.clock.advance(Duration.ofMinutes(1));
    world.homewatch.spotChecks().request(world.nurseA, c.id());
    world.clock.advance(Duration.ofMinutes(3));
    checkIn(PresenceCheck.Result.PASSED);
    world.clock.advance(Duration.ofMinutes(30));
    settle();

    List<SpotCheck> history = world.homewatch.spotChecks().history(world.nurseA, c.id());
    assertEquals(List.of(SpotCheckState.EXPIRED, SpotCheckState.PASSED), history.stream().map(SpotCheck::state)
        .toList());
    assertEquals(Optional.empty(), history.get(0).evidence());
    DeclarationId answer = world.storage.inTransaction(tx -> tx.declarations().listForCase(c.id(),
        PageRequest.first(10))).items().get(0).declaration().id();
    assertEquals(Optional.of(answer), history.get(1).evidence());
  }

  @Test
  @DisplayName("the deadline is fixed when asked: a shorter answer time in a policy loaded later does not move it")
  void deadlineFixedWhenAsked() throws Exception {
    SpotCheck asked = world.homewatch.spotChecks().request(world.nurseA, c.id());
    String shipped;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(MonitoringPolicy.DEFAULT_RESOURCE)) {
      shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    MonitoringPolicy shorter = MonitoringPolicy.load(new ByteArrayInputStream(shipped.replace(
        "\"spotCheckAnswerWithin\": \"PT30M\"", "\"spotCheckAnswerWithin\": \"PT15M\"")
        .getBytes(StandardCharsets.UTF_8)), "shorter.json");
    // The same storage under a node restarted with the new policy.
    Homewatch restarted = Homewatch.builder().storage(world.storage).channel(AlertChannel.noop("test"))
        .clock(world.clock).monitoringPolicy(shorter).personChannel("test").build();
    world.clock.advance(Duration.ofMinutes(20));

    SpotCheckReport report = restarted.spotChecks().settleDue(world.system, PageRequest.first(50));

    assertEquals(0, report.failed(), "20 minutes into a 30-minute check");
    assertEquals(Optional.of(asked), restarted.spotChecks().pending(world.nurseA, c.id()));
    assertEquals(Optional.empty(), presenceAlert());
  }

  @Test
  @DisplayName("only staff of the case's commune may ask")
  void access() {
    assertThrows(AccessDeniedException.class, () -> world.homewatch.spotChecks().request(world.nurseB, c.id()));
    assertThrows(AccessDeniedException.class, () -> world.homewatch.spotChecks().request(world.citizen(c), c.id()));
    assertEquals(List.of(), world.channel.sent());
  }
}
