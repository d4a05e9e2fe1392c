package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.homewatch.AccessDeniedException;
import org.homewatch.core.schedule.Compliance;
import org.homewatch.core.schedule.DailyCompliance;
import org.homewatch.core.schedule.SweepReport;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertKind;
import org.homewatch.model.AlertOutcome;
import org.homewatch.model.AlertStatus;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NewDeclaration;
import org.homewatch.model.Severity;
import org.homewatch.spi.storage.OutboxMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The sweep on the shipped policy: VHD's windows 08–12, 14–16, 18–20 with 30 minutes of grace in Vietnam
 * (01–05, 07–09, 11–13 UTC); 2 missed in a row → WATCH, 4 → ABNORMAL. The world starts at 08:00 on 16 August.
 */
class MissedDeclarationSweepTest {
  private final World world = new World();
  private final IsolationCase c = world.registerF2("Lê Thị Hoa", World.COMMUNE_A);

  @AfterEach
  void close() {
    world.close();
  }

  private void at(String instant) {
    Instant target = Instant.parse(instant);
    world.clock.advance(Duration.between(world.clock.instant(), target));
  }

  private SweepReport sweep() {
    return world.homewatch.schedule().sweepAllMissedDeclarations(world.system, 100);
  }

  private List<Alert> missedAlerts() {
    return world.storage.inTransaction(tx -> tx.alerts().listForCase(c.id())).stream()
        .filter(a -> a.kind() == AlertKind.MISSED_DECLARATIONS).toList();
  }

  private void declareNow() {
    world.homewatch.declarations().submit(world.citizen(c), world.declaration(c, World.normal()));
  }

  @Test
  @DisplayName("two missed windows open a WATCH alert for the commune; sweeping again changes nothing")
  void opensOnceAtWatch() {
    at("2021-08-16T09:29:00Z"); // 16:29: the afternoon's grace still runs
    assertEquals(0, sweep().opened());
    at("2021-08-16T09:30:00Z");
    SweepReport first = sweep();
    assertEquals(1, first.opened());
    assertEquals(2, first.missedSlots());
    Alert alert = missedAlerts().get(0);
    assertEquals(Severity.WATCH, alert.severity());
    assertEquals(AlertStatus.OPEN, alert.status());
    assertEquals(World.COMMUNE_A, alert.responsibleUnit());
    assertEquals(Optional.of(Instant.parse("2021-08-16T07:00:00Z")), alert.lastSlotCounted());
    assertEquals("Bỏ lỡ 2 lần khai báo liên tiếp (2 lần; lần cuối: buổi chiều 16/08 14:00)", alert.summary(),
        "the window in Vietnamese and the time in the case's zone");
    assertTrue(world.outbox(OutboxMessage.Status.PENDING) >= 1, "the nurse is notified through the outbox");
    long messages = world.outbox(OutboxMessage.Status.PENDING);
    SweepReport again = sweep();
    assertEquals(0, again.opened() + again.raised());
    assertEquals(List.of(alert), missedAlerts());
    assertEquals(messages, world.outbox(OutboxMessage.Status.PENDING));
  }

  @Test
  @DisplayName("four missed windows raise the same alert to ABNORMAL, once")
  void raisesToAbnormal() {
    at("2021-08-16T09:30:00Z");
    sweep();
    at("2021-08-16T13:30:00Z"); // evening missed too: 3, no new threshold
    assertEquals(0, sweep().raised());
    at("2021-08-17T05:30:00Z"); // the 17th's morning: 4
    assertEquals(1, sweep().raised());
    assertEquals(0, sweep().raised());
    List<Alert> alerts = missedAlerts();
    assertEquals(1, alerts.size());
    assertEquals(Severity.ABNORMAL, alerts.get(0).severity());
    assertEquals(Optional.of(Instant.parse("2021-08-17T01:00:00Z")), alerts.get(0).lastSlotCounted());
    assertEquals(List.of("OPENED", "RAISED"), alerts.get(0).history().stream()
        .filter(e -> e.kind() != org.homewatch.model.AlertEvent.Kind.ESCALATED).map(e -> e.kind().name()).toList());
  }

  @Test
  @DisplayName("a declaration ends the run: no raise until the person misses the thresholds again")
  void declarationEndsTheRun() {
    at("2021-08-16T09:30:00Z");
    sweep();
    at("2021-08-16T11:10:00Z");
    declareNow(); // on time in the evening window
    at("2021-08-17T05:30:00Z");
    assertEquals(0, sweep().raised(), "only the 17th's morning is missed since");
    at("2021-08-17T09:30:00Z");
    SweepReport report = sweep();
    assertEquals(1, report.raised(), "a new run of two adds its evidence to the open alert");
    Alert alert = missedAlerts().get(0);
    assertEquals(Severity.WATCH, alert.severity());
    assertEquals(Optional.of(Instant.parse("2021-08-17T07:00:00Z")), alert.lastSlotCounted());
  }

  @Test
  @DisplayName("after staff resolve the alert, only slots missed after the ones it counted open a new one")
  void afterResolution() {
    at("2021-08-16T09:30:00Z");
    sweep();
    Alert alert = missedAlerts().get(0);
    world.homewatch.alerts().resolve(world.nurseA, alert.id(), alert.version(), AlertOutcome.HOME_VISIT, "phone lost");
    assertEquals(0, sweep().opened(), "the two slots it counted are not counted again");
    at("2021-08-16T13:30:00Z");
    assertEquals(0, sweep().opened(), "one new missed slot is below the threshold");
    at("2021-08-17T05:30:00Z");
    assertEquals(1, sweep().opened());
    List<Alert> alerts = missedAlerts();
    assertEquals(2, alerts.size());
    assertEquals(Severity.WATCH, alerts.get(1).severity());
  }

  @Test
  @DisplayName("sweeps on several nodes at once open one alert per case, never two")
  void severalNodes() throws Exception {
    List<IsolationCase> more = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      more.add(world.registerF2("Người " + i, i % 2 == 0 ? World.COMMUNE_A : World.COMMUNE_B));
    }
    at("2021-08-16T13:30:00Z");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<SweepReport>> runs = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        runs.add(pool.submit(() -> world.homewatch.schedule().sweepAllMissedDeclarations(world.system, 7)));
      }
      int opened = 0;
      for (Future<SweepReport> run : runs) {
        opened += run.get().opened();
      }
      assertEquals(31, opened);
    } finally {
      pool.shutdownNow();
    }
    for (IsolationCase x : more) {
      assertEquals(1, world.storage.inTransaction(tx -> tx.alerts().listForCase(x.id())).size());
    }
  }

  @Test
  @DisplayName("only background principals may sweep, and a sweep stays inside its principal's scope")
  void scope() {
    assertThrows(AccessDeniedException.class,
        () -> world.homewatch.schedule().sweepAllMissedDeclarations(world.nurseA, 10));
    at("2021-08-16T09:30:00Z");
    world.registerF2("Ở xã B", World.COMMUNE_B);
    SweepReport communeA = world.homewatch.schedule()
        .sweepAllMissedDeclarations(org.homewatch.model.Principal.system(World.COMMUNE_A), 10);
    assertEquals(1, communeA.casesChecked());
  }

  @Test
  @DisplayName("compliance shows the day: one on time, one late, one missed")
  void compliance() {
    at("2021-08-16T02:00:00Z");
    declareNow();
    at("2021-08-16T09:10:00Z"); // 16:10, afternoon's grace
    declareNow();
    at("2021-08-16T17:00:00Z");
    Compliance compliance = world.homewatch.schedule().compliance(world.nurseA, c.id());
    assertEquals(new DailyCompliance(World.TODAY, 3, 1, 1, 1, 0, 0), compliance.days().get(0));
    assertEquals(1, compliance.consecutiveMissed());
    assertEquals(14, compliance.days().size());
    assertThrows(AccessDeniedException.class, () -> world.homewatch.schedule().compliance(world.nurseB, c.id()));
  }

  @Test
  @DisplayName("a stale declaration that arrives after the sweep still ends the run")
  void offlineDeclaration() {
    at("2021-08-16T09:30:00Z");
    sweep();
    NewDeclaration late = world.declaration(c, World.normal());
    NewDeclaration observedInWindow = new NewDeclaration(late.id(), late.caseId(), Instant.parse(
        "2021-08-16T08:00:00Z"), late.vitals(), late.symptoms(), late.note(), late.location(), late.presence());
    world.homewatch.declarations().submit(world.citizen(c), observedInWindow);
    at("2021-08-16T13:30:00Z");
    assertEquals(0, sweep().raised());
  }
}
