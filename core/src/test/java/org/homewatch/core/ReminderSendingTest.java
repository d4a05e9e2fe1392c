package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.homewatch.core.schedule.ReminderReport;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.PageRequest;
import org.homewatch.spi.notification.Notification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Reminders on the shipped VHD schedule: 1 h and 15 min before each window closes. */
class ReminderSendingTest {
  private final World world = new World(b -> b.personChannel("test"));
  private final IsolationCase c = world.registerF2("Đặng Thu Hà", World.COMMUNE_A);

  @AfterEach
  void close() {
    world.close();
  }

  private ReminderReport remind() {
    return world.homewatch.schedule().sendReminders(world.system, PageRequest.first(100), Duration.ofMinutes(15));
  }

  private void at(String instant) {
    world.clock.advance(Duration.between(world.clock.instant(), Instant.parse(instant)));
  }

  @Test
  @DisplayName("an hour before the morning window closes the person gets one reminder at their phone, not two")
  void once() {
    at("2021-08-16T04:05:00Z"); // 11:05, the 11:00 reminder is due
    assertEquals(1, remind().written());
    assertEquals(0, remind().written());
    world.homewatch.notifications().dispatch(world.system, 100);
    List<Notification> sent = world.channel.sent().stream()
        .filter(n -> n.templateKey().equals("reminder.declare")).toList();
    assertEquals(1, sent.size());
    assertEquals(c.person().phone().e164(), sent.get(0).recipient().address());
    assertTrue(sent.get(0).text().contains("12:00"), sent.get(0).text());
  }

  @Test
  @DisplayName("no reminder for a window the person already declared in")
  void alreadyDeclared() {
    at("2021-08-16T02:00:00Z");
    world.homewatch.declarations().submit(world.citizen(c), world.declaration(c, World.normal()));
    at("2021-08-16T04:05:00Z");
    assertEquals(0, remind().written());
    at("2021-08-16T08:01:00Z"); // 15:01: the afternoon's 15:00 reminder
    assertEquals(1, remind().written());
  }

  @Test
  @DisplayName("a reminder older than the lookback is not sent late")
  void stale() {
    at("2021-08-16T04:20:00Z");
    assertEquals(0, remind().written());
  }
}
