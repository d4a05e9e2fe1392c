package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.homewatch.core.cases.CaseCorrection;
import org.homewatch.core.reports.CounterCheck;
import org.homewatch.core.schedule.MonitoringPolicy;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertKind;
import org.homewatch.model.AlertStatus;
import org.homewatch.model.AuditEvent;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NewCase;
import org.homewatch.model.PageRequest;
import org.homewatch.model.QuarantineDecision;
import org.homewatch.model.Severity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * Issue 13.4's category correction: the period's end and the schedule follow the new category's policy, never ending
 * before the day of the correction, and the report counters stay consistent.
 */
class CategoryCorrectionTest {
  /** A province where the categories differ in days and schedule (the shipped policy gives F1 and F2 the same). */
  static final MonitoringPolicy POLICY = MonitoringPolicy.load(new ByteArrayInputStream(("""
      {"id": "test-categories", "version": 1, "defaults": {
        "schedules": [
          {"id": "three", "windows": [{"name": "morning", "opens": "08:00", "closes": "12:00"},
            {"name": "afternoon", "opens": "14:00", "closes": "16:00"},
            {"name": "evening", "opens": "18:00", "closes": "20:00"}], "grace": "PT30M", "remindBeforeClose": []},
          {"id": "two", "windows": [{"name": "morning", "opens": "06:00", "closes": "11:00"},
            {"name": "afternoon", "opens": "14:00", "closes": "19:00"}], "grace": "PT1H", "remindBeforeClose": []}],
        "categories": {"F1": {"days": 14, "schedule": "three"}, "F2": {"days": 7, "schedule": "two"},
          "POST_FACILITY": {"days": 7, "schedule": "three"}, "ENTRY": {"days": 3, "schedule": "two"},
          "F0_HOME_CARE": {"days": 10, "schedule": "two"}, "OTHER": {"days": 21, "schedule": "three"}},
        "missedDeclarations": [{"consecutive": 2, "severity": "WATCH", "summary": "2 missed"},
          {"consecutive": 4, "severity": "ABNORMAL", "summary": "4 missed"}],
        "spotCheckAnswerWithin": "PT30M"}}
      """).getBytes(StandardCharsets.UTF_8)), "test-categories");

  private static World world() {
    return new World(b -> b.monitoringPolicy(POLICY));
  }

  private static IsolationCase register(World world, CaseCategory category, LocalDate start) {
    return register(world, "Siu H'Linh", category, start);
  }

  private static IsolationCase register(World world, String name, CaseCategory category, LocalDate start) {
    return world.homewatch.cases().register(world.enroller, NewCase.of(World.person(name, World.COMMUNE_A,
        1988), category, new QuarantineDecision("15/QĐ-UBND", "UBND huyện Chư Sê", World.TODAY), start));
  }

  private static IsolationCase recategorised(World world, IsolationCase c, CaseCategory to) {
    IsolationCase now = world.storage.inTransaction(tx -> tx.cases().find(c.id())).orElseThrow();
    return world.homewatch.corrections().correct(world.nurseA, c.id(), now.version(), new CaseCorrection.Category(to),
        "the decision says " + to);
  }

  @Test
  @DisplayName("F2 corrected to F1 on day 3: the period runs the F1 days from its start, on F1's schedule")
  void longer() {
    try (World world = world()) {
      IsolationCase f2 = register(world, CaseCategory.F2, World.TODAY);
      assertEquals(LocalDate.of(2021, 8, 22), f2.period().plannedEnd());
      world.clock.advance(Duration.ofDays(2));

      IsolationCase f1 = recategorised(world, f2, CaseCategory.F1);

      assertEquals(CaseCategory.F1, f1.category());
      assertEquals(World.TODAY, f1.period().start());
      assertEquals(LocalDate.of(2021, 8, 29), f1.period().plannedEnd());
      assertEquals("three", world.homewatch.schedule().scheduleOf(f1).id());
      assertEquals(CaseStatus.ACTIVE, f1.status());
      String detail = f1.history().get(f1.history().size() - 1).detail();
      assertTrue(detail.startsWith("Sửa đối tượng F2 → F1; ngày kết thúc dự kiến 22/08/2021 → 29/08/2021; "
          + "lịch khai báo two → three: "),
          detail);
      AuditEvent event = world.storage.inTransaction(tx -> tx.audit().list(World.COMMUNE_A,
          World.START.minusSeconds(1), PageRequest.first(100))).items().stream()
          .filter(e -> e.action().equals("case.correct.monitoring")).findFirst().orElseThrow();
      assertEquals("F2", event.details().get("before"));
      assertEquals("F1", event.details().get("after"));
      assertEquals("2021-08-22 → 2021-08-29", event.details().get("plannedEnd"));
    }
  }

  @Test
  @DisplayName("F1 corrected to F2 on day 10: the 7 days are over, so the period ends today, not in the past")
  void shorterEndsToday() {
    try (World world = world()) {
      IsolationCase f1 = register(world, CaseCategory.F1, World.TODAY);
      world.clock.advance(Duration.ofDays(9));
      IsolationCase f2 = recategorised(world, f1, CaseCategory.F2);
      assertEquals(World.TODAY.plusDays(9), f2.period().plannedEnd());
      assertEquals("two", world.homewatch.schedule().scheduleOf(f2).id());
    }
  }

  @Test
  @DisplayName("an open missed-declaration alert stays open through a category correction, no second one opens, and "
      + "it is raised when the silence reaches the next threshold under the new schedule")
  void openMissedAlertStays() {
    try (World world = world()) {
      IsolationCase c = register(world, CaseCategory.F2, World.TODAY);
      world.clock.advance(Duration.ofHours(36)); // day 2, 20:00: four windows of "two" are over
      world.homewatch.schedule().sweepAllMissedDeclarations(world.system, 100);
      List<Alert> before = missedAlerts(world, c);
      assertEquals(1, before.size());

      recategorised(world, c, CaseCategory.F1);
      world.homewatch.schedule().sweepAllMissedDeclarations(world.system, 100);

      List<Alert> after = missedAlerts(world, c);
      assertEquals(1, after.size(), after.toString());
      assertEquals(before.get(0).id(), after.get(0).id());
      assertEquals(AlertStatus.OPEN, after.get(0).status());
      assertEquals(Severity.WATCH, after.get(0).severity(), "the correction alone raises nothing");

      // Still not heard from a day later: the run under the new schedule reaches the ABNORMAL threshold (4), and the
      // alert, which counted its slots under the old schedule, is raised.
      world.clock.advance(Duration.ofDays(1));
      world.homewatch.schedule().sweepAllMissedDeclarations(world.system, 100);
      List<Alert> dayLater = missedAlerts(world, c);
      assertEquals(1, dayLater.size(), dayLater.toString());
      assertEquals(Severity.ABNORMAL, dayLater.get(0).severity());
    }
  }

  private static List<Alert> missedAlerts(World world, IsolationCase c) {
    return world.storage.inTransaction(tx -> tx.alerts().listForCase(c.id())).stream()
        .filter(a -> a.kind() == AlertKind.MISSED_DECLARATIONS).toList();
  }

  @Test
  @DisplayName("after category corrections the report counters agree with a recount (CASES and registrations move)")
  void countersStayConsistent() {
    try (World world = world()) {
      IsolationCase a = register(world, CaseCategory.F2, World.TODAY);
      register(world, "Rơ Châm Hyut", CaseCategory.F2, World.TODAY.plusDays(2));
      world.clock.advance(Duration.ofDays(1));
      IsolationCase f1 = recategorised(world, a, CaseCategory.F1);
      recategorised(world, f1, CaseCategory.ENTRY);
      CounterCheck check = world.homewatch.reports().checkCounters(world.system, World.COMMUNE_A, World.TODAY,
          World.TODAY.plusDays(1));
      assertTrue(check.consistent(), check.toString());
      assertFalse(check.casesExamined() == 0, "the check looked at the cases");
    }
  }

  @Test
  @DisplayName("property: for any start, change day and pair of categories, the new end and schedule follow the "
      + "policy and the period never ends before the day of the correction")
  void followsPolicy() {
    CaseCategory[] categories = CaseCategory.values();
    qt().withExamples(60).forAll(SourceDSL.integers().between(-30, 30), SourceDSL.integers().between(0, 45),
        SourceDSL.integers().between(0, categories.length - 1), SourceDSL.integers().between(1, categories.length - 1))
        .checkAssert((startOffset, changeAfterDays, fromIndex, step) -> {
          CaseCategory from = categories[fromIndex];
          CaseCategory to = categories[(fromIndex + step) % categories.length];
          try (World world = world()) {
            LocalDate start = World.TODAY.plusDays(startOffset);
            IsolationCase c = register(world, from, start);
            world.clock.advance(Duration.ofDays(changeAfterDays));
            LocalDate today = World.TODAY.plusDays(changeAfterDays);

            IsolationCase corrected = recategorised(world, c, to);

            int days = POLICY.forUnit(World.COMMUNE_A).category(to).days();
            LocalDate byPolicy = start.plusDays(days - 1L);
            assertEquals(start, corrected.period().start());
            assertEquals(byPolicy.isBefore(today) ? today : byPolicy, corrected.period().plannedEnd());
            assertFalse(corrected.period().plannedEnd().isBefore(today), "never ends before the correction's day");
            assertEquals(POLICY.forUnit(World.COMMUNE_A).category(to).schedule(),
                world.homewatch.schedule().scheduleOf(corrected).id());
            assertEquals(Optional.empty(), corrected.scheduleId());
            assertEquals(c.status(), corrected.status());
          }
        });
  }
}
