package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.function.IntConsumer;
import org.homewatch.ConfigurationException;
import org.homewatch.ValidationException;
import org.homewatch.core.jobs.BackgroundJob;
import org.homewatch.core.jobs.JobReport;
import org.homewatch.model.PageRequest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Probes of the background jobs' bounds: batch sizes and cadences out of range are refused, by name, up front. */
class JobBoundsTest {

  @Test
  @DisplayName("escalation, the follow-up of acknowledged alerts and outbox dispatch refuse a batch size of 0, a "
      + "negative one or one over the page limit with a ValidationException on the limit, as the purge does, "
      + "instead of silently doing nothing or an unbounded batch")
  void batchSizesOutOfRange() {
    try (World world = new World()) {
      List<IntConsumer> entryPoints = List.of(
          n -> world.homewatch.alerts().escalateOverdue(world.system, n),
          n -> world.homewatch.alerts().followUpUnresolved(world.system, n),
          n -> world.homewatch.notifications().dispatch(world.system, n),
          n -> world.homewatch.notifications().drain(world.system, n, 1));
      for (int i = 0; i < entryPoints.size(); i++) {
        for (int size : new int[] {0, -1, Integer.MIN_VALUE, PageRequest.MAX_LIMIT + 1, Integer.MAX_VALUE}) {
          IntConsumer entry = entryPoints.get(i);
          ValidationException refused = assertThrows(ValidationException.class, () -> entry.accept(size),
              "entry point " + i + " with " + size);
          assertEquals("limit", refused.violations().get(0).path());
        }
        entryPoints.get(i).accept(PageRequest.MAX_LIMIT);
      }
    }
  }

  @Test
  @DisplayName("a cadence the executor cannot take (under a millisecond, or too long for milliseconds) is a "
      + "ConfigurationException naming the job when it is set, and nothing is left scheduled")
  void cadencesOutOfRange() {
    BackgroundJob job = new BackgroundJob() {
      @Override
      public String name() {
        return "probe";
      }

      @Override
      public JobReport runBatch(org.homewatch.model.Principal principal, PageRequest page) {
        return JobReport.queue(0, java.util.Map.of(), false);
      }
    };
    for (Duration every : List.of(Duration.ofNanos(1), Duration.ofNanos(999_999), Duration.ofSeconds(Long.MAX_VALUE),
        Duration.ofDays(400_000_000_000L))) {
      ConfigurationException refused = assertThrows(ConfigurationException.class,
          () -> BackgroundScheduler.builder().job(job, every), every.toString());
      assertTrue(refused.getMessage().contains("probe"), refused.getMessage());
      ConfigurationException override = assertThrows(ConfigurationException.class,
          () -> BackgroundScheduler.builder().every(HomewatchJobs.OUTBOX_DISPATCH, every), every.toString());
      assertTrue(override.getMessage().contains(HomewatchJobs.OUTBOX_DISPATCH), override.getMessage());
    }
    try (World world = new World()) {
      assertThrows(ConfigurationException.class, () -> BackgroundScheduler.start(world.homewatch,
          new ScheduledThreadPoolExecutor(1), world.system, Duration.ofNanos(10), 10));
      // A real executor refuses a zero delay; before the fix the jobs registered before the bad one kept running.
      ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1);
      try {
        assertThrows(ConfigurationException.class, () -> BackgroundScheduler.builder().executor(executor)
            .principal(world.system).standardJobs(world.homewatch).job(job, Duration.ofNanos(1)).start());
        assertEquals(0, executor.getQueue().size(), "tasks were left scheduled");
      } finally {
        executor.shutdownNow();
      }
    }
  }
}
