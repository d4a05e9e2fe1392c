package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.homewatch.core.notify.RetryPolicy;
import org.homewatch.model.AccountId;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertEvent;
import org.homewatch.model.AlertOutcome;
import org.homewatch.model.AlertStatus;
import org.homewatch.model.ContactPoint;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.spi.identity.OnDutyStaff;
import org.homewatch.spi.identity.StaffDirectory;
import org.homewatch.spi.notification.DeliveryResult;
import org.homewatch.spi.storage.OutboxMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Staff notifications about an alert at delivery time: one that cannot be delivered stays visible on the alert and
 * the next level is told (issue 10.6); one about an alert resolved meanwhile is never sent (issue 10.15).
 */
class AlertDeliveryTest {
  private World world;

  @AfterEach
  void close() {
    world.close();
  }

  /**
   * The commune's nurse is reachable only on channels nobody registered (as a portal's own directory may say); the
   * district supervisor on the registered "test" channel.
   */
  private static StaffDirectory communeOnUnregisteredChannels(String... channels) {
    return (unit, at) -> {
      if (unit.equals(World.COMMUNE_A)) {
        return List.of(new OnDutyStaff(new AccountId("nurse-a"), "Y tá A",
            java.util.Arrays.stream(channels).map(c -> new ContactPoint(c, "id-0905111222")).toList()));
      }
      if (unit.equals(World.DISTRICT)) {
        return List.of(new OnDutyStaff(new AccountId("district"), "BCĐ huyện",
            List.of(new ContactPoint("test", "district"))));
      }
      return List.of();
    };
  }

  private Alert emergency(IsolationCase c) {
    return world.homewatch.declarations().submit(world.citizen(c), world.declaration(c, World.spo2(90))).alert()
        .orElseThrow();
  }

  private Alert stored(Alert alert) {
    return world.homewatch.alerts().get(world.supervisor, alert.id());
  }

  @Test
  @DisplayName("an alert whose staff notification cannot be delivered on any channel shows the failure and goes to "
      + "the district, whose staff are paged")
  void undeliverableGoesUp() {
    world = new World(b -> b.staffDirectory(communeOnUnregisteredChannels("zalo")));
    Alert alert = emergency(world.registerF2("Lê Thị Mai", World.COMMUNE_A));
    assertEquals(World.COMMUNE_A, alert.currentlyResponsible());

    assertEquals(1, world.homewatch.notifications().dispatch(world.system, 10).failed());

    Alert after = stored(alert);
    assertEquals(1, after.undeliveredNotifications().size());
    String detail = after.undeliveredNotifications().get(0).detail();
    assertTrue(detail.contains("nurse-a") && detail.contains("zalo"), detail);
    assertFalse(detail.contains("0905111222"), "the contact point stays out of the history: " + detail);
    assertEquals(AlertStatus.OPEN, after.status());
    assertEquals(World.DISTRICT, after.currentlyResponsible());
    assertEquals(AlertEvent.Kind.ESCALATED, after.history().get(after.history().size() - 1).kind());

    world.homewatch.notifications().dispatch(world.system, 10);
    assertEquals(List.of("alert.escalated"),
        world.channel.sentTo("district").stream().map(n -> n.templateKey()).toList());
  }

  @Test
  @DisplayName("when the nurse's contact points fail one after the other (the next is tried only after the first "
      + "failed), the alert goes up once, after the last, and every failure is recorded")
  void severalFailuresOfOneRoundEscalateOnce() {
    world = new World(b -> b.staffDirectory(communeOnUnregisteredChannels("zalo", "viber")));
    Alert alert = emergency(world.registerF2("Đặng Văn Nam", World.COMMUNE_A));

    assertEquals(1, world.homewatch.notifications().dispatch(world.system, 10).failed());
    assertEquals(0, stored(alert).escalationLevel(), "the next contact point is still to be tried");
    assertEquals(1, world.homewatch.notifications().dispatch(world.system, 10).failed());

    Alert after = stored(alert);
    assertEquals(2, after.undeliveredNotifications().size());
    assertEquals(1, after.escalationLevel());
    assertEquals(1, after.history().stream().filter(e -> e.kind() == AlertEvent.Kind.ESCALATED).count());
  }

  @Test
  @DisplayName("a notification that fails for good about an acknowledged alert is recorded, and the alert stays "
      + "with the nurse who has it")
  void acknowledgedAlertRecordsTheFailureOnly() {
    world = new World();
    Alert alert = emergency(world.registerF2("Hồ Văn Tâm", World.COMMUNE_A));
    Alert taken = world.homewatch.alerts().acknowledge(world.nurseA, alert.id(), alert.version());
    world.channel.answerNext(DeliveryResult.permanentFailure("unknown subscriber +84 905 000 111"));

    world.homewatch.notifications().dispatch(world.system, 10);

    Alert after = stored(alert);
    assertEquals(AlertStatus.ACKNOWLEDGED, after.status());
    assertEquals(0, after.escalationLevel());
    assertEquals(taken.version() + 1, after.version());
    String detail = after.undeliveredNotifications().get(0).detail();
    assertTrue(detail.contains("unknown subscriber [number]"), detail);
    assertFalse(detail.contains("905"), "a number the gateway quoted stays out of the history: " + detail);
  }

  @Test
  @DisplayName("a notification about an alert resolved before its turn is never sent, and is marked obsolete")
  void resolvedBeforeDispatchIsNotSent() {
    world = new World();
    Alert alert = emergency(world.registerF2("Vũ Thị Hạnh", World.COMMUNE_A));
    world.homewatch.alerts().resolve(world.nurseA, alert.id(), alert.version(), AlertOutcome.FALSE_ALARM,
        "device error");

    var report = world.homewatch.notifications().dispatch(world.system, 10);

    assertEquals(1, report.obsolete());
    assertEquals(0, report.delivered());
    assertEquals(List.of(), world.channel.sentTo("nurse-a"));
    assertEquals(1, world.outbox(OutboxMessage.Status.OBSOLETE));
    assertEquals(0, world.outbox(OutboxMessage.Status.PENDING));
  }

  @Test
  @DisplayName("a notification waiting for a retry is not sent again once its alert is resolved")
  void resolvedWhileWaitingForRetryIsNotResent() {
    world = new World(b -> b.retryPolicy(new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(5), 5)));
    Alert alert = emergency(world.registerF2("Trịnh Văn Phúc", World.COMMUNE_A));
    world.channel.answerNext(DeliveryResult.retryLater("gateway busy"));
    assertEquals(1, world.homewatch.notifications().dispatch(world.system, 10).retried());

    Alert current = world.homewatch.alerts().get(world.nurseA, alert.id());
    world.homewatch.alerts().resolve(world.nurseA, alert.id(), current.version(), AlertOutcome.CONTACTED_STABLE, "");
    world.clock.advance(Duration.ofMinutes(1));

    assertEquals(1, world.homewatch.notifications().dispatch(world.system, 10).obsolete());
    assertEquals(1, world.channel.sentTo("nurse-a").size(), "only the first, busy attempt reached the channel");
  }

  @Test
  @DisplayName("a notification about an alert that is still open is sent as before")
  void openAlertIsSent() {
    world = new World();
    emergency(world.registerF2("Ngô Thị Yến", World.COMMUNE_A));
    var report = world.homewatch.notifications().dispatch(world.system, 10);
    assertEquals(1, report.delivered());
    assertEquals(0, report.obsolete());
    assertEquals(1, world.channel.sentTo("nurse-a").size());
    JurisdictionPath notified = JurisdictionPath.fromKey(world.channel.sentTo("nurse-a").get(0).parameters()
        .get("notifiedUnit"));
    assertEquals(World.COMMUNE_A, notified);
  }
}
