package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.homewatch.model.Alert;
import org.homewatch.model.ContactPoint;
import org.homewatch.model.IsolationCase;
import org.homewatch.spi.identity.OnDutyStaff;
import org.homewatch.spi.storage.OutboxMessage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BackgroundSchedulerTest {
  /** A duty roster that is down for the next {@code failures} look-ups. */
  private final AtomicInteger failures = new AtomicInteger();

  private World world() {
    return new World(b -> b.staffDirectory((unit, at) -> {
      if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        throw new IllegalStateException("duty roster unreachable");
      }
      return List.of(new OnDutyStaff(new org.homewatch.model.AccountId("oncall-" + unit.code()), "on call",
          List.of(new ContactPoint("test", "oncall-" + unit.code()))));
    }));
  }

  @Test
  @DisplayName("the scheduler dispatches and escalates on the integrator's executor, and goes on after a run fails")
  void runsAndSurvivesFailures() throws Exception {
    try (World world = world()) {
      IsolationCase c = world.registerF2("Ngô Văn Út", World.COMMUNE_A);
      Alert alert = world.homewatch.declarations().submit(world.citizen(c), world.declaration(c, World.spo2(92)))
          .alert().orElseThrow();
      world.clock.advance(Duration.ofMinutes(16));
      failures.set(2);
      ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
      try (BackgroundScheduler ignored =
          BackgroundScheduler.start(world.homewatch, executor, world.system, Duration.ofMillis(20), 10)) {
        waitUntil(() -> world.homewatch.alerts().get(world.supervisor, alert.id()).escalationLevel() == 1);
        waitUntil(() -> world.outbox(OutboxMessage.Status.PENDING) == 0);
      } finally {
        executor.shutdownNow();
        assertTrue(executor.awaitTermination(5, TimeUnit.SECONDS));
      }
      assertEquals(0, failures.get(), "the failing runs happened");
      assertEquals(1, world.channel.sentTo("oncall-" + World.DISTRICT.code()).size(), "the district was paged");
    }
  }

  private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      assertTrue(System.nanoTime() < deadline, "timed out waiting");
      Thread.sleep(10);
    }
  }
}
