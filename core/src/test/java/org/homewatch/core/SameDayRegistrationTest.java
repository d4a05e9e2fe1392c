package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.homewatch.core.schedule.Compliance;
import org.homewatch.model.AlertKind;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NewCase;
import org.homewatch.model.QuarantineDecision;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 10.5: slots that opened before a case was registered are not expected of anyone, and "today" for a new
 * case is the day in the case's zone (Vietnam), whatever the clock's zone. The shipped policy's windows are
 * 08–12, 14–16 and 18–20 in Vietnam with 30 minutes of grace.
 */
class SameDayRegistrationTest {

  private static IsolationCase registerAt(World world, Instant at, LocalDate start) {
    world.clock.advance(Duration.between(world.clock.instant(), at));
    return world.homewatch.cases().register(world.enroller, NewCase.of(
        World.person("Phạm Thị Thu", World.COMMUNE_A, 1988), CaseCategory.F2,
        new QuarantineDecision("21/QĐ-UBND", "UBND huyện Chư Sê", start.minusDays(1)), start));
  }

  private static long missedAlerts(World world, IsolationCase c) {
    return world.storage.inTransaction(tx -> tx.alerts().listForCase(c.id())).stream()
        .filter(a -> a.kind() == AlertKind.MISSED_DECLARATIONS).count();
  }

  @Test
  @DisplayName("registered at 20:00 with start today: the next morning's sweep opens no missed-declaration alert")
  void registeredInTheEvening() {
    try (World world = new World()) {
      IsolationCase c = registerAt(world, Instant.parse("2021-08-16T13:00:00Z"), World.TODAY); // 20:00 in Vietnam
      world.clock.advance(Duration.ofHours(11)); // 07:00 the next day
      assertEquals(0, world.homewatch.schedule().sweepAllMissedDeclarations(world.system, 100).opened());
      assertEquals(0, missedAlerts(world, c));
      Compliance compliance = world.homewatch.schedule().compliance(world.nurseA, c.id());
      assertEquals(0, compliance.days().get(0).expected(), "no slot of the registration day was expected");
      assertEquals(0, compliance.missed());
      assertEquals(0, compliance.consecutiveMissed());
    }
  }

  @Test
  @DisplayName("registered at 13:00: the afternoon and evening are expected, the morning is not; missing both alerts")
  void laterSlotsStillCount() {
    try (World world = new World()) {
      IsolationCase c = registerAt(world, Instant.parse("2021-08-16T06:00:00Z"), World.TODAY); // 13:00
      world.clock.advance(Duration.ofHours(8)); // 21:00, the evening's grace is over
      assertEquals(1, world.homewatch.schedule().sweepAllMissedDeclarations(world.system, 100).opened());
      Compliance compliance = world.homewatch.schedule().compliance(world.nurseA, c.id());
      assertEquals(2, compliance.days().get(0).expected());
      assertEquals(2, compliance.consecutiveMissed());
    }
  }

  @Test
  @DisplayName("NewCase.today is the day in Vietnam: at 23:30 UTC it is already tomorrow, at 16:59 UTC still today")
  void todayInTheCaseZone() {
    assertEquals(LocalDate.of(2021, 8, 17),
        NewCase.today(Clock.fixed(Instant.parse("2021-08-16T23:30:00Z"), ZoneOffset.UTC)));
    assertEquals(LocalDate.of(2021, 8, 16),
        NewCase.today(Clock.fixed(Instant.parse("2021-08-16T16:59:00Z"), ZoneOffset.UTC)));
    assertEquals(LocalDate.of(2021, 8, 17), NewCase.builder().fullName("Lò Thị Mai").bornIn(1990)
        .sex(org.homewatch.model.Sex.FEMALE).phone("0905 111 222").address("Thôn 3", World.COMMUNE_A)
        .category(CaseCategory.F2).decision("1/QĐ", "UBND", World.TODAY)
        .startingToday(Clock.fixed(Instant.parse("2021-08-16T23:30:00Z"), ZoneOffset.UTC)).build().start());
  }

  @Test
  @DisplayName("property: registered at any minute of the day with start = NewCase.today(clock), no alert until a "
      + "slot opened after registration has passed its grace, and compliance expects no earlier slot")
  void anyTimeOfDay() {
    qt().withExamples(25).forAll(integers().between(0, 24 * 60 - 1)).checkAssert(minute -> {
      try (World world = new World()) {
        Instant at = Instant.parse("2021-08-16T17:00:00Z").plus(Duration.ofMinutes(minute)); // 00:00 Vietnam + m
        world.clock.advance(Duration.between(world.clock.instant(), at));
        IsolationCase c = world.homewatch.cases().register(world.enroller, NewCase.startingToday(
            World.person("Lò Văn Páo", World.COMMUNE_A, 1979), CaseCategory.F2,
            new QuarantineDecision("5/QĐ-UBND", "UBND huyện Chư Sê", World.TODAY), world.clock));
        assertEquals(LocalDate.ofInstant(at, IsolationCase.DEFAULT_ZONE), c.period().start(), "start at " + at);
        world.clock.advance(Duration.ofMinutes(1));
        assertEquals(0, world.homewatch.schedule().sweepAllMissedDeclarations(world.system, 100).opened(),
            "registered at " + at);
        Compliance compliance = world.homewatch.schedule().compliance(world.nurseA, c.id());
        assertEquals(0, compliance.missed(), "registered at " + at);
        assertEquals(0, compliance.consecutiveMissed(), "registered at " + at);
      }
    });
  }
}
