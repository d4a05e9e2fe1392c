package org.homewatch.core.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.homewatch.AccessDeniedException;
import org.homewatch.ValidationException;
import org.homewatch.core.HomewatchJobs;
import org.homewatch.core.World;
import org.homewatch.core.jobs.BackgroundJob;
import org.homewatch.core.jobs.JobReport;
import org.homewatch.core.jobs.KeysetBatches;
import org.homewatch.model.AccountId;
import org.homewatch.model.DeclarationId;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NewDeclaration;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Principal;
import org.homewatch.model.ReportCounter;
import org.homewatch.model.Role;
import org.homewatch.spi.storage.ReportCounterStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The slot figures: a day's slots settled into counters once the day is over, once, and read by reports (in-memory
 * storage; {@code ReportsOnEveryStorageTest} runs the same on H2 and PostgreSQL).
 */
class SlotSettlementTest {
  private static final LocalDate D1 = World.TODAY;
  private final World world = new World();
  private final Principal viewer = Principal.staff(new AccountId("viewer"), World.PROVINCE, Role.REPORT_VIEWER);

  @AfterEach
  void close() {
    world.close();
  }

  private Instant at(LocalDate day, int hour, int minute) {
    return day.atTime(LocalTime.of(hour, minute)).atZone(ReportService.ZONE).toInstant();
  }

  private void declare(IsolationCase c, Instant observedAt) {
    world.clock.set(observedAt);
    world.homewatch.declarations().submit(world.citizen(c), NewDeclaration.of(DeclarationId.random(), c.id(),
        observedAt, World.normal(), java.util.Set.of()));
  }

  private SlotSettlement settle() {
    return KeysetBatches.runAll(PageRequest.first(1), 100, page -> world.homewatch.reports().settleSlots(
        world.system, page), s -> s.next().map(n -> new PageRequest(s.next(), 1)), SlotSettlement::plus);
  }

  private Figures.Declarations day(LocalDate day) {
    return world.homewatch.reports().report(viewer, ReportRequest.of(World.PROVINCE, day, day)).root().period()
        .declarations();
  }

  /**
   * Four people registered at 08:00 on D1 (windows 08–12, 14–16, 18–20, grace 30 min): An declares in every window,
   * Bình is late in the afternoon (16:10), Chi never declares, Dũng only in the morning.
   */
  private void aDayOfFour() {
    IsolationCase an = world.registerF2("Nguyễn Văn An", World.COMMUNE_A);
    IsolationCase binh = world.registerF2("Trần Thị Bình", World.COMMUNE_A);
    world.registerF2("Lê Thị Chi", World.COMMUNE_A);
    IsolationCase dung = world.registerF2("Ksor Dũng", World.COMMUNE_B);
    declare(an, at(D1, 8, 5));
    declare(binh, at(D1, 8, 6));
    declare(dung, at(D1, 8, 7));
    declare(an, at(D1, 14, 5));
    declare(binh, at(D1, 16, 10));
    declare(an, at(D1, 18, 5));
    declare(binh, at(D1, 18, 6));
  }

  @Test
  @DisplayName("once the day is over its slots are settled as on time, late and missed, with the people behind by 2+,"
      + " and the report shows them")
  void settlesADay() {
    aDayOfFour();
    world.clock.set(at(D1.plusDays(1), 0, 10));
    SlotSettlement settled = settle();
    // two communes, each with D1 and the six days before it, on which nobody owed a declaration
    assertEquals(new SlotSettlement(2, 14, 12, 6, 1, 5, 2, 0, Optional.empty()), settled);
    Figures.Declarations d1 = day(D1);
    assertEquals(List.of(12L, 6L, 1L, 5L, 2L), List.of(d1.expected(), d1.onTime(), d1.late(), d1.missed(),
        d1.peopleWithConsecutiveMissed()));
    assertEquals(Optional.of(7.0 / 12), d1.complianceRate());
    Report report = world.homewatch.reports().report(viewer, ReportRequest.of(World.PROVINCE, D1, D1));
    Figures.Declarations communeB = report.find(World.COMMUNE_B).orElseThrow().period().declarations();
    assertEquals(List.of(3L, 1L, 0L, 2L, 1L), List.of(communeB.expected(), communeB.onTime(), communeB.late(),
        communeB.missed(), communeB.peopleWithConsecutiveMissed()));
    // people behind are a stock of the day: the next day (not settled yet) starts again from 0
    assertEquals(0, day(D1.plusDays(1)).peopleWithConsecutiveMissed());
    assertEquals(2, world.auditCount("report.slots.settle"), "one per commune settled");
  }

  @Test
  @DisplayName("settling again, or by the job, counts nothing twice")
  void settlingTwiceCountsOnce() {
    aDayOfFour();
    world.clock.set(at(D1.plusDays(1), 0, 10));
    settle();
    SlotSettlement again = settle();
    assertEquals(0, again.daysSettled());
    BackgroundJob job = HomewatchJobs.slotSettlement(world.homewatch);
    JobReport byJob = KeysetBatches.run(job, world.system, PageRequest.first(10), 10);
    assertEquals(0, byJob.count("daysSettled"));
    assertEquals(2, byJob.examined());
    assertEquals(12, day(D1).expected());
    assertEquals(5, day(D1).missed());
  }

  @Test
  @DisplayName("a day is not settled before it is over, nor while a slot of it is still in grace")
  void notBeforeTheDayIsOver() {
    aDayOfFour();
    world.clock.set(at(D1, 23, 0));
    assertEquals(0, settle().expected());
    assertEquals(0, day(D1).expected());
  }

  @Test
  @DisplayName("days nobody settled are caught up by a later run, as far back as it looks; older ones stay unsettled")
  void catchesUpBoundedDays() {
    IsolationCase chi = world.registerF2("Lê Thị Chi", World.COMMUNE_A);
    world.clock.set(at(D1.plusDays(4), 6, 0));
    SlotSettlement lookingBack2 = KeysetBatches.runAll(PageRequest.first(10), 10,
        page -> world.homewatch.reports().settleSlots(world.system, 2, page),
        s -> s.next().map(n -> new PageRequest(s.next(), 10)), SlotSettlement::plus);
    assertEquals(6, lookingBack2.expected(), "D1+2 and D1+3, 3 slots each");
    assertEquals(0, day(D1).expected());
    assertEquals(0, day(D1.plusDays(1)).expected());
    settle();
    assertEquals(3, day(D1).expected());
    assertEquals(3, day(D1.plusDays(1)).expected());
    assertEquals(3, day(D1.plusDays(3)).missed());
    assertEquals(1, day(D1.plusDays(3)).peopleWithConsecutiveMissed());
    assertTrue(chi.period().plannedEnd().isAfter(D1.plusDays(4)));
  }

  @Test
  @DisplayName("the consistency check recomputes the settled slots and lists a tampered one")
  void consistencyCheckRecomputesSlots() {
    aDayOfFour();
    world.clock.set(at(D1.plusDays(2), 1, 0));
    settle();
    CounterCheck clean = world.homewatch.reports().checkCounters(world.admin, World.COMMUNE_A, D1, D1.plusDays(1));
    assertEquals(List.of(), clean.differences());
    world.storage.useTransaction(tx -> tx.store(ReportCounterStore.class).orElseThrow().add(List.of(
        new ReportCounter(World.COMMUNE_A, D1, "SLOTS", "MISSED", 1),
        new ReportCounter(World.COMMUNE_A, D1.plusDays(1), "CASES_BEHIND", "", 1))));
    CounterCheck tampered = world.homewatch.reports().checkCounters(world.admin, World.COMMUNE_A, D1,
        D1.plusDays(1));
    assertEquals(List.of(
        new CounterCheck.Difference("CASES_BEHIND", "", Optional.of(D1.plusDays(1)), 3, 2),
        new CounterCheck.Difference("SLOTS", "MISSED", Optional.of(D1), 4, 3)), tampered.differences());
  }

  @Test
  @DisplayName("only the system or an administrator settles, inside its scope, with a look back of 1 to 366 days")
  void refusals() {
    assertThrows(AccessDeniedException.class, () -> world.homewatch.reports().settleSlots(world.supervisor,
        PageRequest.first(10)));
    assertThrows(AccessDeniedException.class, () -> world.homewatch.reports().settleSlots(world.nurseA,
        PageRequest.first(10)));
    ValidationException bad = assertThrows(ValidationException.class, () -> world.homewatch.reports().settleSlots(
        world.system, 0, PageRequest.first(10)));
    assertEquals("lookbackDays", bad.violations().get(0).path());
    assertTrue(world.homewatch.reports().settleSlots(world.admin, PageRequest.first(10)).next().isEmpty());
  }

  @Test
  @DisplayName("the slot settlement is among Homewatch's jobs when reports are on")
  void registeredAsAJob() {
    assertTrue(HomewatchJobs.all(world.homewatch, Duration.ofMinutes(3)).stream()
        .anyMatch(j -> j.name().equals(HomewatchJobs.SLOT_SETTLEMENT)));
  }
}
