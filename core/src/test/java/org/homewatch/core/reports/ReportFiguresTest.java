package org.homewatch.core.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.homewatch.core.World;
import org.homewatch.model.AccountId;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertKind;
import org.homewatch.model.AlertOutcome;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.Feedback;
import org.homewatch.model.FeedbackTopic;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.Principal;
import org.homewatch.model.Role;
import org.homewatch.model.Severity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The figures of a report, checked against the events a small day in Chư Sê generated (in-memory storage). */
class ReportFiguresTest {
  private final World world = new World();
  private final Principal viewer = Principal.staff(new AccountId("viewer"), World.PROVINCE, Role.REPORT_VIEWER);

  @AfterEach
  void close() {
    world.close();
  }

  private Report today() {
    return world.homewatch.reports().report(viewer, ReportRequest.of(World.PROVINCE, World.TODAY, World.TODAY));
  }

  @Test
  @DisplayName("cases, declarations, assessments and alerts of a day are counted, per commune and rolled up")
  void aDayInChuSe() {
    IsolationCase a1 = world.registerF2("Nguyễn Văn An", World.COMMUNE_A);
    IsolationCase a2 = world.registerF2("Trần Thị Bình", World.COMMUNE_A);
    IsolationCase b1 = world.registerF2("Ksor H'Bia", World.COMMUNE_B);
    world.clock.advance(Duration.ofMinutes(5));
    world.homewatch.declarations().submit(world.citizen(a1), world.declaration(a1, World.normal()));
    world.homewatch.declarations().submit(world.citizen(b1), world.declaration(b1, World.normal()));
    Alert alert = world.homewatch.declarations().submit(world.citizen(a2), world.declaration(a2, World.spo2(93)))
        .alert().orElseThrow();
    world.clock.advance(Duration.ofMinutes(12));
    Alert acknowledged = world.homewatch.alerts().acknowledge(world.nurseA, alert.id(), alert.version());
    world.clock.advance(Duration.ofMinutes(40));
    world.homewatch.alerts().resolve(world.nurseA, alert.id(), acknowledged.version(), AlertOutcome.HOME_VISIT,
        "đã khám");

    Report report = today();
    Figures province = report.root().period();
    assertEquals(3, province.cases().registered().get(CaseCategory.F2));
    assertEquals(3, province.cases().byCategoryAndStatus().get(CaseCategory.F2).values().stream()
        .mapToLong(Long::longValue).sum());
    assertEquals(3, province.declarations().received());
    assertEquals(1, province.declarations().assessedBySeverity().get(alert.severity()));
    assertEquals(2, province.declarations().assessedBySeverity().get(Severity.NORMAL));
    assertEquals(1, province.alerts().opened().get(AlertKind.HEALTH).get(alert.severity()));
    assertEquals(1, province.alerts().acknowledgedTotal());
    assertEquals(1, province.alerts().resolvedTotal());
    assertEquals(1, province.alerts().outcomes().get(AlertOutcome.HOME_VISIT));
    // acknowledged after 12 minutes (bucket up to 15), resolved after 52 (bucket up to 60), both at level 0
    assertEquals(Optional.of(Duration.ofMinutes(15)), province.alerts().toAcknowledge().get(0).median());
    assertEquals(Optional.of(Duration.ofMinutes(60)), province.alerts().toResolve().get(0).p90());

    UnitReport communeA = report.find(World.COMMUNE_A).orElseThrow();
    UnitReport communeB = report.find(World.COMMUNE_B).orElseThrow();
    assertEquals(2, communeA.period().cases().registeredTotal());
    assertEquals(1, communeB.period().cases().registeredTotal());
    assertEquals(1, communeA.period().alerts().openedTotal());
    assertEquals(0, communeB.period().alerts().openedTotal());
    assertEquals(List.of(World.DISTRICT), report.root().parts().stream().map(UnitReport::unit).toList());
    assertEquals(List.of(World.COMMUNE_A, World.COMMUNE_B),
        report.root().parts().get(0).parts().stream().map(UnitReport::unit).toList());
    assertEquals(1, report.root().days().size());
    assertEquals(3, report.root().days().get(0).figures().declarations().received());
  }

  @Test
  @DisplayName("cases are counted in the status they have at the end of each day, and status changes as flows")
  void casesByStatusAtTheEndOfTheDay() {
    IsolationCase a1 = world.registerF2("Nguyễn Văn An", World.COMMUNE_A);
    IsolationCase a2 = world.registerF2("Trần Thị Bình", World.COMMUNE_A);
    world.clock.advance(Duration.ofDays(1));
    IsolationCase current = world.homewatch.cases().get(world.supervisor, a2.id());
    world.homewatch.lifecycle().cancel(world.supervisor, a2.id(), current.version(), "nhập nhầm");

    Report twoDays = world.homewatch.reports().report(viewer,
        ReportRequest.of(World.PROVINCE, World.TODAY, World.TODAY.plusDays(1)));
    IsolationCase a1Now = world.homewatch.cases().get(world.supervisor, a1.id());
    Figures.Cases firstDay = twoDays.root().days().get(0).figures().cases();
    Figures.Cases secondDay = twoDays.root().days().get(1).figures().cases();
    assertEquals(2, firstDay.registeredTotal());
    assertEquals(0, secondDay.registeredTotal());
    assertEquals(1, secondDay.entered().get(CaseStatus.CANCELLED));
    assertEquals(1, secondDay.inStatus(CaseStatus.CANCELLED));
    assertEquals(1, secondDay.inStatus(a1Now.status()));
    assertEquals(2, firstDay.inStatus(a1.status()));
    assertEquals(1, twoDays.root().period().cases().inStatus(CaseStatus.CANCELLED));

    // a report of the second day alone starts from the stock left by the first
    Report secondOnly = world.homewatch.reports().report(viewer,
        ReportRequest.of(World.PROVINCE, World.TODAY.plusDays(1), World.TODAY.plusDays(1)));
    assertEquals(1, secondOnly.root().period().cases().inStatus(a1Now.status()));
    assertEquals(0, secondOnly.root().period().cases().registeredTotal());
  }

  @Test
  @DisplayName("feedback received, answered and closed, with the time to the first answer")
  void feedback() {
    IsolationCase a1 = world.registerF2("Nguyễn Văn An", World.COMMUNE_A);
    Feedback sent = world.homewatch.feedback().submit(world.citizen(a1), a1.id(), FeedbackTopic.HEALTH, "Tôi ho");
    world.clock.advance(Duration.ofMinutes(25));
    Feedback answered = world.homewatch.feedback().reply(world.nurseA, sent.id(), sent.version(), "Uống nhiều nước");
    world.homewatch.feedback().close(world.nurseA, answered.id(), answered.version(), "Đã xong");

    Figures.Feedback figures = today().root().period().feedback();
    assertEquals(1, figures.received());
    assertEquals(1, figures.answered());
    assertEquals(1, figures.closed());
    assertEquals(Optional.of(Duration.ofMinutes(30)), figures.toFirstAnswer().median());
  }

  @Test
  @DisplayName("staff accounts per health station and how many of them acted that day")
  void usage() {
    IsolationCase a1 = world.registerF2("Nguyễn Văn An", World.COMMUNE_A);
    world.homewatch.cases().get(world.nurseA, a1.id());

    Report report = today();
    Figures.Usage a = report.find(World.COMMUNE_A).orElseThrow().period().usage();
    Figures.Usage b = report.find(World.COMMUNE_B).orElseThrow().period().usage();
    assertEquals(1, a.staffAccounts());
    assertEquals(1, a.staffAccountsActed());
    assertEquals(1, b.staffAccounts());
    assertEquals(0, b.staffAccountsActed());
    // the district supervisor's account is the district's own
    assertEquals(3, report.root().period().usage().staffAccounts());
  }
}
