package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.homewatch.core.declarations.SubmissionResult;
import org.homewatch.core.notify.DispatchReport;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertKind;
import org.homewatch.model.AlertOutcome;
import org.homewatch.model.AlertStatus;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Severity;
import org.homewatch.spi.notification.Notification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EndToEndTest {
  private final World world = new World();

  @AfterEach
  void close() {
    world.close();
  }

  @Test
  @DisplayName("from quarantine decision to a notification delivered to the commune's nurse, then handled")
  void decisionToDeliveredAlert() {
    IsolationCase c = world.registerF2("Trần Thị Bình", World.COMMUNE_A);
    assertEquals(CaseStatus.ACTIVE, c.status());
    assertEquals(World.TODAY.plusDays(13), c.period().plannedEnd());

    SubmissionResult fine = world.homewatch.declarations().submit(world.citizen(c),
        world.declaration(c, World.normal()));
    assertEquals(Severity.NORMAL, fine.assessment().severity());
    assertTrue(fine.alerts().isEmpty());

    world.clock.advance(Duration.ofHours(8));
    SubmissionResult low = world.homewatch.declarations().submit(world.citizen(c),
        world.declaration(c, World.spo2(93)));
    assertEquals(Severity.EMERGENCY, low.assessment().severity());
    Alert alert = low.alert().orElseThrow();
    assertEquals(AlertKind.HEALTH, alert.kind());
    assertEquals(World.COMMUNE_A, alert.responsibleUnit());
    assertTrue(world.channel.sent().isEmpty(), "nothing is sent before the dispatcher runs after commit");

    DispatchReport report = world.homewatch.notifications().dispatch(world.system, 100);
    assertEquals(1, report.delivered());
    List<Notification> toNurse = world.channel.sentTo("nurse-a");
    assertEquals(1, toNurse.size());
    Notification n = toNurse.get(0);
    assertEquals("alert.opened", n.templateKey());
    assertTrue(n.text().contains("Cấp cứu"), n.text());
    assertTrue(n.text().contains("T. T. Bình"), "the notification carries the masked name: " + n.text());
    assertFalse(n.text().contains("Trần Thị Bình"), "and not the full name: " + n.text());
    assertTrue(n.text().contains("SpO2 93 %"), n.text());
    assertTrue(world.channel.sentTo("nurse-b").isEmpty(), "the other commune's nurse is not paged");

    List<Alert> queue = world.homewatch.alerts().activeQueue(world.nurseA, PageRequest.first(10)).items();
    assertEquals(List.of(alert.id()), queue.stream().map(Alert::id).toList());
    Alert taken = world.homewatch.alerts().acknowledge(world.nurseA, alert.id(), alert.version());
    assertEquals(AlertStatus.ACKNOWLEDGED, taken.status());
    Alert done = world.homewatch.alerts().resolve(world.nurseA, alert.id(), taken.version(),
        AlertOutcome.HOME_VISIT, "đo lại SpO2 95 %, theo dõi tại nhà");
    assertEquals(AlertStatus.RESOLVED, done.status());
    assertTrue(world.homewatch.alerts().activeQueue(world.nurseA, PageRequest.first(10)).items().isEmpty());

    IsolationCase after = world.homewatch.cases().get(world.nurseA, c.id());
    assertEquals(2, after.monitoring().declarationCount());
    assertEquals(Severity.EMERGENCY, after.monitoring().worstSeverity());
    assertEquals(1, world.auditCount("case.read"), "reading personal data is audited");
  }
}
