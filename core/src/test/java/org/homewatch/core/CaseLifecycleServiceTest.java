package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.homewatch.AccessDeniedException;
import org.homewatch.ConflictException;
import org.homewatch.ValidationException;
import org.homewatch.core.cases.LifecycleReport;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertEvent;
import org.homewatch.model.AlertOutcome;
import org.homewatch.model.AlertStatus;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.CaseChange;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NewCase;
import org.homewatch.model.PageRequest;
import org.homewatch.model.QuarantineDecision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CaseLifecycleServiceTest {
  private final World world = new World();
  private final IsolationCase c = world.registerF2("Vũ Minh Tâm", World.COMMUNE_A);

  @AfterEach
  void close() {
    world.close();
  }

  private void at(String instant) {
    world.clock.advance(Duration.between(world.clock.instant(), Instant.parse(instant)));
  }

  private IsolationCase reload(IsolationCase x) {
    return world.storage.inTransaction(tx -> tx.cases().find(x.id())).orElseThrow();
  }

  private Alert healthAlert() {
    return world.homewatch.declarations().submit(world.citizen(c), world.declaration(c, World.spo2(93)))
        .alert().orElseThrow();
  }

  private static CaseChange last(IsolationCase x) {
    return x.history().get(x.history().size() - 1);
  }

  @Test
  @DisplayName("extending needs a reason and keeps the previous end in the history")
  void extend() {
    assertThrows(ValidationException.class, () -> world.homewatch.lifecycle()
        .changePlannedEnd(world.nurseA, c.id(), c.version(), c.period().plannedEnd().plusDays(3), " "));
    IsolationCase longer = world.homewatch.lifecycle().changePlannedEnd(world.nurseA, c.id(), c.version(),
        LocalDate.of(2021, 9, 2), "positive rapid test on day 12");
    assertEquals(LocalDate.of(2021, 9, 2), longer.period().plannedEnd());
    assertEquals(CaseChange.Kind.PERIOD_EXTENDED, last(longer).kind());
    assertEquals("Đổi ngày kết thúc dự kiến từ 29/08/2021 thành 02/09/2021: positive rapid test on day 12",
        last(longer).detail());
    assertThrows(ConflictException.class, () -> world.homewatch.lifecycle()
        .changePlannedEnd(world.nurseA, c.id(), c.version(), LocalDate.of(2021, 8, 25), "stale"));
    IsolationCase shorter = world.homewatch.lifecycle().changePlannedEnd(world.nurseA, c.id(), longer.version(),
        LocalDate.of(2021, 8, 22), "new guidance: 7 days");
    assertEquals(CaseChange.Kind.PERIOD_SHORTENED, last(shorter).kind());
  }

  @Test
  @DisplayName("escalating to hospital closes the case and settles its open alerts; a closed case changes no more")
  void escalate() {
    Alert alert = healthAlert();
    IsolationCase now = reload(c);
    IsolationCase escalated = world.homewatch.lifecycle().escalate(world.nurseA, c.id(), now.version(),
        "Bệnh viện đa khoa tỉnh Gia Lai");
    assertEquals(CaseStatus.ESCALATED, escalated.status());
    assertEquals(Optional.of(World.TODAY), escalated.period().actualEnd());
    Alert settled = world.homewatch.alerts().get(world.nurseA, alert.id());
    assertEquals(AlertStatus.RESOLVED, settled.status());
    assertEquals(Optional.of(AlertOutcome.TRANSFERRED_TO_HOSPITAL), settled.outcome());
    assertThrows(ConflictException.class, () -> world.homewatch.lifecycle()
        .cancel(world.nurseA, c.id(), escalated.version(), "typo"));
    assertThrows(ConflictException.class, () -> world.homewatch.lifecycle()
        .changePlannedEnd(world.nurseA, c.id(), escalated.version(), LocalDate.of(2021, 9, 1), "more"));
  }

  @Test
  @DisplayName("a transfer to a known commune keeps monitoring there; the open alert follows to its staff")
  void transferInside() {
    Alert alert = healthAlert();
    IsolationCase moved = world.homewatch.lifecycle().transfer(world.nurseA, c.id(), reload(c).version(),
        World.COMMUNE_B, "moved to her parents' home");
    assertEquals(CaseStatus.ACTIVE, moved.status());
    assertEquals(World.COMMUNE_B, moved.responsibleUnit());
    assertEquals("Chuyển từ Thị trấn Chư Sê sang Xã Ia Tiêm: moved to her parents' home", last(moved).detail());
    Alert followed = world.homewatch.alerts().get(world.nurseB, alert.id());
    assertEquals(World.COMMUNE_B, followed.responsibleUnit());
    assertEquals(AlertEvent.Kind.TRANSFERRED, followed.history().get(followed.history().size() - 1).kind());
    assertThrows(AccessDeniedException.class, () -> world.homewatch.alerts().get(world.nurseA, alert.id()));
    assertThrows(AccessDeniedException.class, () -> world.homewatch.cases().get(world.nurseA, c.id()));
  }

  @Test
  @DisplayName("a transfer to a commune outside this deployment closes the case here as TRANSFERRED")
  void transferOutside() {
    IsolationCase out = world.homewatch.lifecycle().transfer(world.nurseA, c.id(), c.version(),
        org.homewatch.model.JurisdictionPath.of(org.homewatch.model.JurisdictionScheme.GSO_2021, "79", "760",
            "26734"), "returned to Ho Chi Minh City");
    assertEquals(CaseStatus.TRANSFERRED, out.status());
    assertTrue(out.status().isClosed());
    assertEquals(World.COMMUNE_A, out.responsibleUnit(), "the record stays where this deployment can read it");
    assertTrue(last(out).detail().contains("GSO_2021:79/760/26734"), last(out).detail());
  }

  @Test
  @DisplayName("a pending case becomes ACTIVE when its period begins, and may be cancelled before")
  void activateAndCancel() {
    IsolationCase later = world.homewatch.cases().register(world.enroller, NewCase.of(
        World.person("Trần Văn Bình", World.COMMUNE_A, 1960), CaseCategory.F2,
        new QuarantineDecision("7/QĐ", "UBND", World.TODAY), World.TODAY.plusDays(1)));
    IsolationCase other = world.homewatch.cases().register(world.enroller, NewCase.of(
        World.person("Trần Thị Cúc", World.COMMUNE_A, 1962), CaseCategory.F2,
        new QuarantineDecision("8/QĐ", "UBND", World.TODAY), World.TODAY.plusDays(1)));
    assertEquals(0, world.homewatch.lifecycle().activateDue(world.system, PageRequest.first(10)).changed().size());
    IsolationCase cancelled = world.homewatch.lifecycle().cancel(world.nurseA, other.id(), other.version(),
        "entered twice");
    assertEquals(CaseStatus.CANCELLED, cancelled.status());
    world.clock.advance(Duration.ofDays(1));
    LifecycleReport report = world.homewatch.lifecycle().activateDue(world.system, PageRequest.first(10));
    assertEquals(List.of(later.id()), report.changed());
    assertEquals(CaseStatus.ACTIVE, reload(later).status());
  }

  @Test
  @DisplayName("at the end of the period a case with every last-day declaration in and nothing open completes")
  void completes() {
    IsolationCase shortCase = world.homewatch.lifecycle().changePlannedEnd(world.nurseA, c.id(), c.version(),
        World.TODAY.plusDays(1), "two days for this test");
    for (String t : List.of("2021-08-17T02:00:00Z", "2021-08-17T08:00:00Z", "2021-08-17T12:00:00Z")) {
      at(t);
      world.homewatch.declarations().submit(world.citizen(shortCase), world.declaration(shortCase, World.normal()));
    }
    at("2021-08-17T13:29:00Z"); // the evening's grace still runs
    assertEquals(0, world.homewatch.lifecycle().completeDue(world.system, PageRequest.first(10)).changed().size());
    at("2021-08-17T13:30:00Z");
    LifecycleReport report = world.homewatch.lifecycle().completeDue(world.system, PageRequest.first(10));
    assertEquals(List.of(c.id()), report.changed());
    IsolationCase done = reload(c);
    assertEquals(CaseStatus.COMPLETED, done.status());
    assertEquals(Optional.of(World.TODAY.plusDays(1)), done.period().actualEnd());
  }

  @Test
  @DisplayName("a case missing a last-day declaration is flagged for review once, and a supervisor completes it")
  void flaggedForReview() {
    IsolationCase shortCase = world.homewatch.lifecycle().changePlannedEnd(world.nurseA, c.id(), c.version(),
        World.TODAY, "one day for this test");
    at("2021-08-16T13:30:00Z");
    LifecycleReport first = world.homewatch.lifecycle().completeDue(world.system, PageRequest.first(10));
    assertEquals(List.of(c.id()), first.flaggedForReview());
    IsolationCase flagged = reload(c);
    assertEquals(CaseStatus.ACTIVE, flagged.status());
    assertEquals(CaseChange.Kind.REVIEW_NEEDED, last(flagged).kind());
    world.homewatch.lifecycle().completeDue(world.system, PageRequest.first(10));
    assertEquals(flagged.version(), reload(c).version(), "flagged once");
    IsolationCase done = world.homewatch.lifecycle().complete(world.supervisor, c.id(), flagged.version(),
        "called: well, phone was broken");
    assertEquals(CaseStatus.COMPLETED, done.status());
    assertTrue(shortCase.version() < done.version());
  }
}
