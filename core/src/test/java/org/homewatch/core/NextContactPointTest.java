package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.homewatch.model.Account;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertEvent;
import org.homewatch.model.ContactPoint;
import org.homewatch.model.IsolationCase;
import org.homewatch.spi.notification.DeliveryResult;
import org.homewatch.spi.notification.Notification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A staff page that fails for good on one contact point goes to the person's next one (issue 13.7). */
class NextContactPointTest {
  private static final String NURSE_SMS = "+84905111222";
  private final World world = new World();
  private IsolationCase c;

  @BeforeEach
  void nurseWithTwoContactPoints() {
    Account nurse = world.storage.inTransaction(tx -> tx.accounts().find(world.nurseA.account())).orElseThrow();
    world.storage.inTransaction(tx -> {
      tx.accounts().save(new Account(nurse.id(), nurse.displayName(), nurse.roles(), nurse.scope(),
          List.of(new ContactPoint("test", "nurse-a"), new ContactPoint("sms", NURSE_SMS)), true, true,
          nurse.version() + 1));
      return null;
    });
    c = world.registerF2("Phạm Văn Đức", World.COMMUNE_A);
  }

  @AfterEach
  void close() {
    world.close();
  }

  private Alert openAlert() {
    return world.homewatch.declarations().submit(world.citizen(c), world.declaration(c, World.spo2(95))).alert()
        .orElseThrow();
  }

  @Test
  @DisplayName("the nurse is paged on the first contact point only, and when it fails for good, on the next one; "
      + "the alert records the failure and stays with the commune")
  void failedPageTriesTheNextContactPoint() {
    Alert alert = openAlert();
    world.channel.answerNext(DeliveryResult.permanentFailure("subscriber unknown"));
    world.homewatch.notifications().dispatch(world.system, 100);
    assertEquals(List.of(), world.sms.sentTo(NURSE_SMS), "one page at a time");

    world.homewatch.notifications().dispatch(world.system, 100);
    List<Notification> viaSms = world.sms.sentTo(NURSE_SMS);
    assertEquals(List.of("alert.opened"), viaSms.stream().map(Notification::templateKey).toList());
    Alert now = world.homewatch.alerts().get(world.nurseA, alert.id());
    assertEquals(0, now.escalationLevel());
    assertEquals(1, now.undeliveredNotifications().size());
    assertTrue(now.undeliveredNotifications().get(0).detail().contains("đang thử kênh sms"),
        now.undeliveredNotifications().get(0).detail());
    assertEquals(List.of(), world.channel.sentTo("district"));
  }

  @Test
  @DisplayName("when the last contact point fails too, the alert goes up to the district at once")
  void lastContactPointFailingEscalates() {
    Alert alert = openAlert();
    world.channel.answerNext(DeliveryResult.permanentFailure("subscriber unknown"));
    world.homewatch.notifications().dispatch(world.system, 100);
    world.sms.answerNext(DeliveryResult.permanentFailure("number barred"));
    world.homewatch.notifications().dispatch(world.system, 100);
    world.homewatch.notifications().dispatch(world.system, 100);

    Alert now = world.homewatch.alerts().get(world.supervisor, alert.id());
    assertEquals(1, now.escalationLevel());
    assertEquals(2, now.history().stream().filter(e -> e.kind() == AlertEvent.Kind.DELIVERY_FAILED).count());
    assertEquals(List.of("alert.escalated"), world.channel.sentTo("district").stream()
        .map(Notification::templateKey).toList());
  }
}
