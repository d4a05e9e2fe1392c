package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.homewatch.core.notify.DispatchReport;
import org.homewatch.core.notify.RetryPolicy;
import org.homewatch.model.Account;
import org.homewatch.model.ContactPoint;
import org.homewatch.model.IsolationCase;
import org.homewatch.spi.notification.DeliveryResult;
import org.homewatch.spi.storage.OutboxMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DispatchTest {
  private final World world = new World(b -> b.retryPolicy(
      new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(5), 3)));

  @AfterEach
  void close() {
    world.close();
  }

  private void raiseAlert() {
    IsolationCase c = world.registerF2("Đặng Văn Hùng", World.COMMUNE_A);
    world.homewatch.declarations().submit(world.citizen(c), world.declaration(c, World.spo2(94)));
  }

  @Test
  @DisplayName("a gateway that asks to retry gets the message again after the backoff, not before")
  void retryWithBackoff() {
    raiseAlert();
    world.channel.answerNext(DeliveryResult.retryLater("gateway busy"));
    assertEquals(new DispatchReport(1, 0, 1, 0, 0, 0), world.homewatch.notifications().dispatch(world.system, 10));
    assertEquals(0, world.homewatch.notifications().dispatch(world.system, 10).leased(), "backing off");
    world.clock.advance(Duration.ofSeconds(31));
    assertEquals(new DispatchReport(1, 1, 0, 0, 0, 0), world.homewatch.notifications().dispatch(world.system, 10));
    assertEquals(2, world.channel.sent().size());
    assertEquals(world.channel.sent().get(0).idempotencyKey(), world.channel.sent().get(1).idempotencyKey(),
        "a retry carries the same idempotency key");
  }

  @Test
  @DisplayName("a permanent failure is not retried; a throwing channel is treated as retry-later")
  void permanentAndThrowing() {
    raiseAlert();
    world.channel.throwOnNext();
    assertEquals(1, world.homewatch.notifications().dispatch(world.system, 10).retried());
    world.clock.advance(Duration.ofMinutes(1));
    world.channel.answerNext(DeliveryResult.permanentFailure("number does not exist"));
    assertEquals(1, world.homewatch.notifications().dispatch(world.system, 10).failed());
    world.clock.advance(Duration.ofHours(1));
    world.homewatch.notifications().dispatch(world.system, 10);
    assertEquals(2, world.channel.sentTo("nurse-a").size(), "the failed message is not sent again");
    assertEquals(1, world.outbox(OutboxMessage.Status.FAILED));
  }

  @Test
  @DisplayName("after the last allowed attempt a retrying message is given up as failed")
  void givesUp() {
    raiseAlert();
    world.channel.answerNext(DeliveryResult.retryLater("1"), DeliveryResult.retryLater("2"),
        DeliveryResult.retryLater("3"));
    for (int i = 0; i < 3; i++) {
      world.homewatch.notifications().dispatch(world.system, 10);
      world.clock.advance(Duration.ofMinutes(10));
    }
    assertEquals(1, world.outbox(OutboxMessage.Status.FAILED));
    assertEquals(3, world.channel.sent().size());
  }

  @Test
  @DisplayName("a contact point naming an unregistered channel fails permanently with a clear reason")
  void unknownChannel() {
    // Saving such an account through Homewatch is refused; a staff directory or an older row can still name one.
    world.storage.useTransaction(tx -> tx.accounts().save(new Account(world.nurseA.account(), "Y tá A",
        world.nurseA.roles(), World.COMMUNE_A, List.of(new ContactPoint("zalo", "0905000111")), true, true, 1)));
    raiseAlert();
    assertEquals(1, world.homewatch.notifications().dispatch(world.system, 10).failed());
    OutboxMessage failed = world.storage.inTransaction(tx -> tx.outbox().lease("probe", world.system.scope(),
        world.clock.instant().plus(Duration.ofDays(1)), world.clock.instant().plus(Duration.ofDays(2)), 10)).stream()
        .filter(m -> m.notification().recipient().channel().equals("zalo")).findFirst().orElse(null);
    assertEquals(null, failed, "a failed message is never leased again");
    assertEquals(1, world.outbox(OutboxMessage.Status.FAILED));
  }
}
