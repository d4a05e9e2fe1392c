package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.homewatch.model.AlertKind;
import org.homewatch.model.IsolationCase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ScheduledCaseWorkTest {

  @Test
  @DisplayName("the background scheduler also runs the missed-declaration sweep over every active case")
  void sweepRunsInTheBackground() throws Exception {
    try (World world = new World()) {
      IsolationCase c = world.registerF2("Lâm Văn Phúc", World.COMMUNE_A);
      world.clock.advance(Duration.ofHours(9)); // 17:00 local: morning and afternoon missed
      ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
      try (BackgroundScheduler ignored =
          BackgroundScheduler.start(world.homewatch, executor, world.system, Duration.ofMillis(20), 10)) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (world.storage.inTransaction(tx -> tx.alerts().findActive(c.id(), AlertKind.MISSED_DECLARATIONS))
            .isEmpty()) {
          assertTrue(System.nanoTime() < deadline, "timed out waiting for the sweep");
          Thread.sleep(10);
        }
      } finally {
        executor.shutdownNow();
        assertTrue(executor.awaitTermination(5, TimeUnit.SECONDS));
      }
    }
  }
}
