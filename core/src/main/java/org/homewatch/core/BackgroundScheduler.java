package org.homewatch.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs Homewatch's background work on an executor the integrator supplies (Homewatch creates no thread): outbox
 * dispatch and alert escalation, each one bounded batch per run; and, at least a minute apart, the work that goes
 * over every active case in bounded batches (the missed-declaration sweep, reminders, spot checks, case
 * activation and completion). Every node of a portal may run one: the work is lease- and version-guarded, and
 * the case jobs are idempotent.
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
    Duration casesEvery = every.compareTo(Duration.ofMinutes(1)) < 0 ? Duration.ofMinutes(1) : every;
    // A reminder is written if it fell due since a few runs ago: a late or skipped run still sends it, and the
    // fixed outbox id of each reminder keeps the overlap from sending it twice.
    Duration reminderLookback = casesEvery.multipliedBy(3);
    scheduler.every(executor, casesEvery, "missed-declaration sweep",
        () -> homewatch.schedule().sweepAllMissedDeclarations(system, batchSize));
    scheduler.every(executor, casesEvery, "reminders", () -> allBatches(batchSize,
        page -> homewatch.schedule().sendReminders(system, page, reminderLookback).next()));
    if (homewatch.hasSpotChecks()) {
      scheduler.every(executor, casesEvery, "spot checks", () -> allBatches(batchSize,
          page -> homewatch.spotChecks().settleDue(system, page).next()));
    }
    scheduler.every(executor, casesEvery, "case activation", () -> allBatches(batchSize,
        page -> homewatch.lifecycle().activateDue(system, page).next()));
    scheduler.every(executor, casesEvery, "case completion", () -> allBatches(batchSize,
        page -> homewatch.lifecycle().completeDue(system, page).next()));
    return scheduler;
  }

  /** Runs a keyset-paged job batch after batch until its cursor runs out. */
  private static void allBatches(int batchSize, Function<PageRequest, Optional<String>> batch) {
    Optional<String> next = batch.apply(PageRequest.first(batchSize));
    while (next.isPresent()) {
      next = batch.apply(new PageRequest(next, batchSize));
    }
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
