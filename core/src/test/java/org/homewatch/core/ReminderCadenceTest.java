package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.homewatch.ConfigurationException;
import org.homewatch.spi.notification.Notification;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Probes of the reminders' lookback, which the scheduler derives from their cadence (three runs back) and which
 * {@code sendReminders} takes up to a day: a cadence that made it longer failed every run of the job.
 */
class ReminderCadenceTest {

  @Test
  @DisplayName("reminders every 9 hours still remind: the lookback is capped at a day instead of making every run "
      + "fail")
  void slowCadenceStillReminds() {
    try (World world = new World(b -> b.personChannel("test"))) {
      world.registerF2("Đặng Thu Hà", World.COMMUNE_A);
      world.clock.advance(Duration.between(world.clock.instant(), Instant.parse("2021-08-16T04:05:00Z")));
      ManualScheduledExecutor executor = new ManualScheduledExecutor();
      try (BackgroundScheduler ignored = BackgroundScheduler.builder().executor(executor).principal(world.system)
          .standardJobs(world.homewatch).every(HomewatchJobs.REMINDERS, Duration.ofHours(9)).start()) {
        executor.advance(Duration.ZERO);
      }
      world.homewatch.notifications().dispatch(world.system, 100);
      assertEquals(1, world.channel.sent().stream().map(Notification::templateKey)
          .filter("reminder.declare"::equals).count(), "the reminders job failed at every run");
    }
  }

  @Test
  @DisplayName("a reminders cadence over a day, or a lookback of zero or over a day given to the job itself, is a "
      + "ConfigurationException naming the reminders")
  void refusedByName() {
    try (World world = new World()) {
      ConfigurationException slow = assertThrows(ConfigurationException.class, () -> BackgroundScheduler.builder()
          .executor(new ManualScheduledExecutor()).principal(world.system).standardJobs(world.homewatch)
          .every(HomewatchJobs.REMINDERS, Duration.ofHours(25)).start());
      assertTrue(slow.getMessage().contains(HomewatchJobs.REMINDERS), slow.getMessage());
      for (Duration lookback : new Duration[] {Duration.ZERO, Duration.ofHours(25), Duration.ofSeconds(Long.MAX_VALUE)}) {
        ConfigurationException refused = assertThrows(ConfigurationException.class,
            () -> HomewatchJobs.reminders(world.homewatch, lookback), lookback.toString());
        assertTrue(refused.getMessage().contains("lookback"), refused.getMessage());
      }
    }
  }
}
