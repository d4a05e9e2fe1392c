package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.homewatch.AccessDeniedException;
import org.homewatch.core.alerts.FollowUpReport;
import org.homewatch.model.Account;
import org.homewatch.model.AccountId;
import org.homewatch.model.Principal;
import org.homewatch.model.Role;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertEvent;
import org.homewatch.model.AlertOutcome;
import org.homewatch.model.AlertStatus;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.Severity;
import org.homewatch.spi.notification.Notification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An acknowledged alert nobody resolves is not forgotten: its handler is reminded at the resolve-by deadline, and
 * after as long again as the commune had to acknowledge it, it escalates unresolved (issue 13.7).
 */
class AcknowledgedAlertFollowUpTest {
  private final World world = new World();
  private final IsolationCase c = world.registerF2("Phạm Văn Đức", World.COMMUNE_A);

  @AfterEach
  void close() {
    world.close();
  }

  private Alert emergencyTakenByNurseA() {
    Alert alert = world.homewatch.declarations()
        .submit(world.citizen(c), world.declaration(c, World.spo2(90))).alert().orElseThrow();
    assertEquals(Severity.EMERGENCY, alert.severity());
    world.homewatch.notifications().dispatch(world.system, 100);
    alreadySent = world.channel.sent().size();
    return world.homewatch.alerts().acknowledge(world.nurseA, alert.id(), alert.version());
  }

  private int alreadySent;

  /** What was sent to {@code address} since the alert was taken, after a dispatch. */
  private List<Notification> sentNow(String address) {
    world.homewatch.notifications().dispatch(world.system, 100);
    List<Notification> all = world.channel.sent();
    return all.subList(alreadySent, all.size()).stream().filter(n -> n.recipient().address().equals(address))
        .toList();
  }

  @Test
  @DisplayName("an acknowledged EMERGENCY not resolved within an hour reminds the nurse who took it, and 15 minutes "
      + "later escalates to the district, OPEN with nobody handling it, whose staff are paged")
  void acknowledgedEmergencyRemindsThenEscalates() {
    Alert taken = emergencyTakenByNurseA();
    assertEquals(world.clock.instant().plus(Duration.ofHours(1)), taken.acknowledgeBy());

    world.clock.advance(Duration.ofMinutes(59));
    assertEquals(new FollowUpReport(0, 0, 0), world.homewatch.alerts().followUpUnresolved(world.system, 100));
    world.clock.advance(Duration.ofMinutes(1));
    assertEquals(new FollowUpReport(1, 1, 0), world.homewatch.alerts().followUpUnresolved(world.system, 100));
    assertEquals(new FollowUpReport(0, 0, 0), world.homewatch.alerts().followUpUnresolved(world.system, 100),
        "reminded once per deadline");
    List<Notification> reminders = sentNow("nurse-a");
    assertEquals(List.of("alert.resolveReminder"), reminders.stream().map(Notification::templateKey).toList());
    assertEquals(List.of(), sentNow("district"));
    Alert reminded = world.homewatch.alerts().get(world.nurseA, taken.id());
    assertEquals(AlertStatus.ACKNOWLEDGED, reminded.status());
    assertEquals(AlertEvent.Kind.REMINDED, reminded.history().get(reminded.history().size() - 1).kind());

    world.clock.advance(Duration.ofMinutes(14));
    assertEquals(new FollowUpReport(0, 0, 0), world.homewatch.alerts().followUpUnresolved(world.system, 100));
    world.clock.advance(Duration.ofMinutes(1));
    assertEquals(new FollowUpReport(1, 0, 1), world.homewatch.alerts().followUpUnresolved(world.system, 100));

    Alert up = world.homewatch.alerts().get(world.supervisor, taken.id());
    assertEquals(List.of(AlertStatus.OPEN, 1, World.DISTRICT), List.of(up.status(), up.escalationLevel(),
        up.currentlyResponsible()));
    assertTrue(up.handledBy().isEmpty());
    assertEquals(world.clock.instant().plus(Duration.ofMinutes(30)), up.acknowledgeBy());
    List<Notification> paged = sentNow("district");
    assertEquals(List.of("alert.escalatedUnresolved"), paged.stream().map(Notification::templateKey).toList());
    assertEquals(1, world.auditCount("alert.remind"));

    // OPEN again at the district: unanswered there, it goes on up as any open alert does.
    world.clock.advance(Duration.ofMinutes(31));
    assertEquals(1, world.homewatch.alerts().escalateOverdue(world.system, 100));
  }

  @Test
  @DisplayName("an acknowledged alert resolved in time is neither reminded nor escalated")
  void resolvedInTimeIsLeftAlone() {
    Alert taken = emergencyTakenByNurseA();
    world.clock.advance(Duration.ofMinutes(50));
    world.homewatch.alerts().resolve(world.nurseA, taken.id(), taken.version(), AlertOutcome.TRANSFERRED_TO_HOSPITAL,
        "");
    world.clock.advance(Duration.ofHours(5));
    assertEquals(new FollowUpReport(0, 0, 0), world.homewatch.alerts().followUpUnresolved(world.system, 100));
    assertEquals(List.of(), sentNow("nurse-a"));
  }

  @Test
  @DisplayName("a handler who cannot be reminded (account deactivated) does not hold the alert: it escalates at once")
  void unreachableHandlerEscalatesAtOnce() {
    Alert taken = emergencyTakenByNurseA();
    Account nurse = world.storage.inTransaction(tx -> tx.accounts().find(world.nurseA.account())).orElseThrow();
    world.storage.inTransaction(tx -> {
      tx.accounts().save(new Account(nurse.id(), nurse.displayName(), nurse.roles(), nurse.scope(),
          nurse.contactPoints(), false, false, nurse.version() + 1));
      return null;
    });
    world.clock.advance(Duration.ofHours(1));
    assertEquals(new FollowUpReport(1, 0, 1), world.homewatch.alerts().followUpUnresolved(world.system, 100));
    Alert up = world.homewatch.alerts().get(world.supervisor, taken.id());
    assertEquals(AlertStatus.OPEN, up.status());
    assertEquals(1, up.escalationLevel());
    assertEquals(List.of(), sentNow("nurse-a"));
  }

  @Test
  @DisplayName("the escalation notice says since when the level below had it unanswered, not since it first opened")
  void escalationSaysSinceTheCurrentLevel() {
    world.staff(Principal.staff(new AccountId("province"), World.PROVINCE, Role.SUPERVISOR), "BCĐ tỉnh", true);
    Alert alert = world.homewatch.declarations()
        .submit(world.citizen(c), world.declaration(c, World.spo2(90))).alert().orElseThrow();
    world.clock.advance(Duration.ofMinutes(16)); // 08:16 in Vietnam: the commune missed its 15 minutes
    world.homewatch.alerts().escalateOverdue(world.system, 100);
    world.clock.advance(Duration.ofMinutes(31)); // the district missed its 30 minutes
    world.homewatch.alerts().escalateOverdue(world.system, 100);
    world.homewatch.notifications().dispatch(world.system, 100);
    List<String> sinceAtLevel2 = world.channel.sent().stream()
        .filter(n -> n.templateKey().equals("alert.escalated") && n.parameters().get("level").equals("2"))
        .map(n -> n.parameters().get("since")).distinct().toList();
    assertEquals(List.of("16/08 08:16"), sinceAtLevel2, "since the district got it, in Vietnam's time");
    assertTrue(world.channel.sent().stream().filter(n -> n.parameters().get("level").equals("2"))
        .allMatch(n -> n.text().contains("16/08 08:16")), world.channel.sent().toString());
    Alert at2 = world.homewatch.alerts().get(world.supervisor, alert.id());
    assertEquals(2, at2.escalationLevel());
    assertEquals(World.START.plus(Duration.ofMinutes(16)), at2.beforeLastEscalationSince());
    assertEquals("Chưa được tiếp nhận trước 16/08 08:15 tại Thị trấn Chư Sê", at2.history().stream()
        .filter(e -> e.kind() == AlertEvent.Kind.ESCALATED).findFirst().orElseThrow().detail(),
        "the history in Vietnamese, in the case's zone, the unit by its name");
  }

  @Test
  @DisplayName("follow-up is background work: a nurse cannot run it")
  void followUpNeedsSystem() {
    assertThrows(AccessDeniedException.class, () -> world.homewatch.alerts().followUpUnresolved(world.nurseA, 10));
  }
}
