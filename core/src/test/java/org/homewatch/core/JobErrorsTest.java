package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.homewatch.core.jobs.BackgroundJob;
import org.homewatch.core.jobs.JobReport;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Principal;
import org.homewatch.spi.notification.AlertChannel;
import org.homewatch.spi.notification.DeliveryResult;
import org.homewatch.spi.notification.Notification;
import org.homewatch.spi.storage.OutboxMessage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Probes of background work meeting an {@link Error} rather than an exception: a channel's SDK that fails to load
 * ({@code NoClassDefFoundError}), an assertion in a plugin. The work must go on, not stop for good.
 */
class JobErrorsTest {

  @Test
  @DisplayName("a job whose run throws an Error runs again at its next turn: the executor does not drop it")
  void schedulerSurvivesAnError() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    BackgroundJob failingOnce = new BackgroundJob() {
      @Override
      public String name() {
        return "fails-once";
      }

      @Override
      public JobReport runBatch(Principal principal, PageRequest page) {
        if (runs.incrementAndGet() == 1) {
          throw new NoClassDefFoundError("com/example/sms/GatewayClient");
        }
        return JobReport.queue(0, Map.of(), false);
      }
    };
    ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1);
    try (BackgroundScheduler ignored = BackgroundScheduler.builder().executor(executor)
        .principal(Principal.system(World.PROVINCE)).job(failingOnce, Duration.ofMillis(5)).start()) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (runs.get() < 3 && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
    } finally {
      executor.shutdownNow();
    }
    assertTrue(runs.get() >= 3, "the job ran " + runs.get() + " time(s) and was then dropped by the executor");
  }

  @Test
  @DisplayName("a channel that throws an Error for one message: that message is retried later, and the other "
      + "messages of the batch are still delivered")
  void channelErrorDoesNotStallTheOutbox() {
    AtomicInteger sent = new AtomicInteger();
    AlertChannel poisoned = new AlertChannel() {
      @Override
      public String name() {
        return "poisoned";
      }

      @Override
      public DeliveryResult send(Notification notification) {
        if (notification.recipient().address().equals("nurse-a")) {
          throw new NoClassDefFoundError("com/example/zalo/ZaloClient");
        }
        sent.incrementAndGet();
        return DeliveryResult.delivered();
      }
    };
    try (World world = new World(b -> b.channel(poisoned))) {
      world.homewatch.accounts().save(world.admin, new org.homewatch.model.Account(world.nurseA.account(), "Y tá A",
          world.nurseA.roles(), world.nurseA.scope(), List.of(new org.homewatch.model.ContactPoint("poisoned",
              "nurse-a")), true, true, 1));
      world.homewatch.accounts().save(world.admin, new org.homewatch.model.Account(world.nurseB.account(), "Y tá B",
          world.nurseB.roles(), world.nurseB.scope(), List.of(new org.homewatch.model.ContactPoint("poisoned",
              "nurse-b")), true, true, 1));
      IsolationCase a = world.registerF2("Hoàng Văn Sơn", World.COMMUNE_A);
      IsolationCase b = world.registerF2("Nguyễn Thị Hoà", World.COMMUNE_B);
      world.homewatch.declarations().submit(world.citizen(a), world.declaration(a, World.spo2(92)));
      world.clock.advance(Duration.ofSeconds(1));
      world.homewatch.declarations().submit(world.citizen(b), world.declaration(b, World.spo2(92)));
      try {
        world.homewatch.notifications().dispatch(world.system, 100);
      } catch (Error e) {
        // before the fix the Error ended the batch here
      }
      assertEquals(1, sent.get(), "the page to nurse B was held behind the failing one");
      assertEquals(1, world.outbox(OutboxMessage.Status.PENDING), "the failing page is retried later");
    }
  }
}
