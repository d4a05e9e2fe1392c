package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import org.homewatch.ValidationException;
import org.homewatch.core.schedule.Compliance;
import org.homewatch.core.schedule.SlotCalendar;
import org.homewatch.core.schedule.SweepReport;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.CasePeriod;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NewCase;
import org.homewatch.model.QuarantineDecision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 10.3: periods are bounded by policy at the edge, and every slot computation is bounded whatever is stored. */
class PeriodBoundsTest {
  private static final LocalDate FAR_FUTURE = LocalDate.of(9999, 12, 31);
  private final World world = new World();

  @AfterEach
  void close() {
    world.close();
  }

  private NewCase f2(LocalDate start) {
    return NewCase.of(World.person("Đinh Văn Tú", World.COMMUNE_A, 1980), CaseCategory.F2,
        new QuarantineDecision("7/QĐ-UBND", "UBND huyện Chư Sê", World.TODAY), start);
  }

  private ValidationException refused(NewCase newCase) {
    return assertThrows(ValidationException.class, () -> world.homewatch.cases().register(world.enroller, newCase));
  }

  private long storedCases() {
    return world.storage.inTransaction(tx -> tx.cases().list(org.homewatch.model.CaseQuery.in(World.PROVINCE),
        org.homewatch.model.PageRequest.first(100))).items().size();
  }

  @Test
  @DisplayName("a planned end of 9999-12-31 at registration is refused naming plannedEnd, and nothing is stored")
  void farFutureEndAtRegistration() {
    ValidationException e = refused(f2(World.TODAY).withPlannedEnd(FAR_FUTURE));
    assertTrue(e.concerns("plannedEnd"), e.getMessage());
    assertEquals(0, storedCases());
  }

  @Test
  @DisplayName("a period up to the category's days plus the 30-day margin is accepted; one day more is refused")
  void lengthLimit() {
    // F2 lasts 14 days in the shipped policy: 44 days at most
    world.homewatch.cases().register(world.enroller, f2(World.TODAY).withPlannedEnd(World.TODAY.plusDays(43)));
    NewCase tooLong = NewCase.of(World.person("Rơ Châm Blơi", World.COMMUNE_A, 1990), CaseCategory.F2,
        new QuarantineDecision("8/QĐ-UBND", "UBND huyện Chư Sê", World.TODAY), World.TODAY)
        .withPlannedEnd(World.TODAY.plusDays(44));
    assertTrue(refused(tooLong).concerns("plannedEnd"));
  }

  @Test
  @DisplayName("a start in year 21, in 1900, 31 days away or LocalDate.MAX is refused naming start")
  void farStarts() {
    for (LocalDate start : new LocalDate[] {LocalDate.of(21, 8, 16), LocalDate.of(1900, 1, 1),
        World.TODAY.minusDays(31), World.TODAY.plusDays(31), LocalDate.MAX, LocalDate.MIN}) {
      ValidationException e = refused(f2(start));
      assertTrue(e.concerns("start"), start + ": " + e.getMessage());
    }
    assertEquals(0, storedCases());
    world.homewatch.cases().register(world.enroller, f2(World.TODAY.minusDays(30)));
  }

  @Test
  @DisplayName("changePlannedEnd to 9999-12-31 or LocalDate.MAX is refused naming plannedEnd; the case is unchanged")
  void farFutureEndByChange() {
    IsolationCase c = world.registerF2("Siu H'Mai", World.COMMUNE_A);
    for (LocalDate end : new LocalDate[] {FAR_FUTURE, LocalDate.MAX}) {
      ValidationException e = assertThrows(ValidationException.class, () -> world.homewatch.lifecycle()
          .changePlannedEnd(world.supervisor, c.id(), c.version(), end, "xét nghiệm dương tính"));
      assertTrue(e.concerns("plannedEnd"), e.getMessage());
    }
    IsolationCase stored = world.homewatch.cases().get(world.nurseA, c.id());
    assertEquals(c.period(), stored.period());
    assertEquals(c.version(), stored.version());
  }

  @Test
  @DisplayName("a decision dated after today is refused naming decision.issuedOn")
  void decisionInTheFuture() {
    NewCase later = NewCase.of(World.person("Ksor Nay", World.COMMUNE_A, 1975), CaseCategory.F2,
        new QuarantineDecision("9/QĐ-UBND", "UBND huyện Chư Sê", World.TODAY.plusDays(1)), World.TODAY);
    assertTrue(refused(later).concerns("decision.issuedOn"));
  }

  /** Writes a period no registration would accept straight into storage, as an old row or another tool might. */
  private IsolationCase storeWithPeriod(IsolationCase c, CasePeriod period) {
    IsolationCase odd = c.toBuilder().period(period).version(c.version() + 1).build();
    world.storage.useTransaction(tx -> tx.cases().update(odd));
    return odd;
  }

  @Test
  @DisplayName("a stored planned end of 9999-12-31: compliance answers at once over at most 400 days, no heap exhausted")
  void storedFarFutureEnd() {
    IsolationCase c = world.registerF2("Nguyễn Văn Bình", World.COMMUNE_A);
    storeWithPeriod(c, CasePeriod.planned(World.TODAY, FAR_FUTURE));
    Compliance compliance = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> world.homewatch.schedule().compliance(world.nurseA, c.id()));
    assertEquals(SlotCalendar.MAX_DAYS, compliance.days().size());
    SweepReport sweep = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> world.homewatch.schedule().sweepAllMissedDeclarations(world.system, 100));
    assertEquals(1, sweep.casesChecked());
  }

  @Test
  @DisplayName("a stored start in year 21 running to today: the sweep and compliance stay bounded")
  void storedFarPastStart() {
    IsolationCase c = world.registerF2("Trần Thị Mai", World.COMMUNE_A);
    storeWithPeriod(c, CasePeriod.planned(LocalDate.of(21, 8, 16), World.TODAY.plusDays(13)));
    world.clock.advance(Duration.ofDays(2));
    SweepReport sweep = assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> world.homewatch.schedule().sweepAllMissedDeclarations(world.system, 100));
    assertEquals(1, sweep.casesChecked());
    Compliance compliance = assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> world.homewatch.schedule().compliance(world.nurseA, c.id()));
    assertTrue(compliance.days().size() <= SlotCalendar.MAX_DAYS);
  }
}
