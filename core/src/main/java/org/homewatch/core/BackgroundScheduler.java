package org.homewatch.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.homewatch.model.Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs Homewatch's background work on an executor the integrator supplies (Homewatch creates no thread): outbox
 * dispatch and alert escalation, each one bounded batch per run. Every node of a portal may run one: the work is
 * lease- and version-guarded.
 *
 * <p>A run that throws is logged and the schedule goes on: {@link ScheduledExecutorService} would otherwise stop
 * a task silently after its first exception, and a province would stop getting alerts without anyone noticing.
 */
public final class BackgroundScheduler implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(BackgroundScheduler.class);

  private final List<ScheduledFuture<?>> tasks = new ArrayList<>();

  private BackgroundScheduler() {}

  /**
   * Starts the work.
   *
   * @param system the principal the work acts as, e.g. {@code Principal.system(provincePath)}
   * @param every how often each job runs (a few seconds suits dispatch; escalation checks deadlines in minutes)
   * @param batchSize the most items one run handles
   */
  public static BackgroundScheduler start(Homewatch homewatch, ScheduledExecutorService executor, Principal system,
      Duration every, int batchSize) {
    Objects.requireNonNull(homewatch, "homewatch");
    Objects.requireNonNull(executor, "executor");
    if (every.isNegative() || every.isZero() || batchSize < 1) {
      throw new IllegalArgumentException("the interval and the batch size must be positive");
    }
    BackgroundScheduler scheduler = new BackgroundScheduler();
    scheduler.every(executor, every, "notification dispatch",
        () -> homewatch.notifications().dispatch(system, batchSize));
    scheduler.every(executor, every, "alert escalation", () -> homewatch.alerts().escalateOverdue(system, batchSize));
    return scheduler;
  }

  private void every(ScheduledExecutorService executor, Duration every, String name, Runnable job) {
    tasks.add(executor.scheduleWithFixedDelay(() -> {
      try {
        job.run();
      } catch (RuntimeException e) {
        log.error("{} failed; it will run again in {}", name, every, e);
      }
    }, 0, every.toMillis(), TimeUnit.MILLISECONDS));
  }

  /** Stops scheduling further runs (a run in progress finishes). The executor stays the integrator's. */
  @Override
  public void close() {
    tasks.forEach(t -> t.cancel(false));
  }
}
