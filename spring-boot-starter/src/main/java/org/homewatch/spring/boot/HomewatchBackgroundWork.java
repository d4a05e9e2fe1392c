package org.homewatch.spring.boot;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.homewatch.core.BackgroundScheduler;
import org.homewatch.core.Homewatch;
import org.homewatch.core.HomewatchJobs;
import org.homewatch.model.Principal;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Homewatch's background jobs ({@link HomewatchJobs}) on a Spring {@link ThreadPoolTaskScheduler} of their own
 * (two threads named {@code homewatch-}), started with
 * the application context and stopped gracefully before it closes: no new run starts, and a run in progress may
 * finish its batch (up to {@code homewatch.background.shutdown-timeout}) before the storage closes under it.
 */
public class HomewatchBackgroundWork implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(HomewatchBackgroundWork.class);

  private final Homewatch homewatch;
  private volatile @Nullable ThreadPoolTaskScheduler taskScheduler;
  private final Principal system;
  private final HomewatchProperties.Background settings;
  private volatile @Nullable BackgroundScheduler running;

  /**
   * Background work, not yet started.
   *
   * @param homewatch whose standard jobs run
   * @param system the principal they act as ({@code Principal.system(scope)})
   * @param settings the batch size, cadences and shutdown timeout
   */
  public HomewatchBackgroundWork(Homewatch homewatch, Principal system, HomewatchProperties.Background settings) {
    this.homewatch = homewatch;
    this.system = system;
    this.settings = settings;
  }

  @Override
  public synchronized void start() {
    if (running != null) {
      return;
    }
    ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    scheduler.setPoolSize(2);
    scheduler.setThreadNamePrefix("homewatch-");
    scheduler.initialize();
    taskScheduler = scheduler;
    BackgroundScheduler.Builder builder = BackgroundScheduler.builder()
        .executor(scheduler.getScheduledExecutor())
        .principal(system)
        .batchSize(settings.getBatchSize())
        .standardJobs(homewatch)
        .every(HomewatchJobs.OUTBOX_DISPATCH, settings.getDispatchEvery())
        .every(HomewatchJobs.ALERT_ESCALATION, settings.getEscalationEvery());
    for (String caseJob : caseJobs()) {
      builder.every(caseJob, settings.getCaseWorkEvery());
    }
    if (standardJobNames().contains(HomewatchJobs.SLOT_SETTLEMENT)) {
      builder.every(HomewatchJobs.SLOT_SETTLEMENT, settings.getSlotSettlementEvery());
    }
    if (HomewatchJobs.all(homewatch, Duration.ofMinutes(1)).stream()
        .anyMatch(job -> job.name().equals(HomewatchJobs.RETENTION_PURGE))) {
      builder.every(HomewatchJobs.RETENTION_PURGE, settings.getRetentionPurgeEvery());
    }
    running = builder.start();
  }

  /**
   * The jobs that go over every case; spot-check deadlines only if this Homewatch has spot checks, random spot
   * checks only if it has a policy for them.
   */
  private List<String> caseJobs() {
    List<String> standard = standardJobNames();
    return Stream.of(HomewatchJobs.MISSED_DECLARATION_SWEEP, HomewatchJobs.REMINDERS,
            HomewatchJobs.SPOT_CHECK_DEADLINES, HomewatchJobs.RANDOM_SPOT_CHECKS, HomewatchJobs.CASE_ACTIVATION,
            HomewatchJobs.CASE_COMPLETION)
        .filter(standard::contains).toList();
  }

  /** The names of the standard jobs this Homewatch has (spot checks and reports may be off). */
  private List<String> standardJobNames() {
    return HomewatchJobs.all(homewatch, Duration.ofMinutes(1)).stream().map(job -> job.name()).toList();
  }

  /** Stops scheduling, then waits for a run in progress (at most the shutdown timeout). */
  @Override
  public synchronized void stop() {
    BackgroundScheduler scheduler = running;
    if (scheduler == null) {
      return;
    }
    running = null;
    scheduler.close();
    ScheduledExecutorService executor = java.util.Objects.requireNonNull(taskScheduler).getScheduledExecutor();
    executor.shutdown();
    try {
      if (!executor.awaitTermination(settings.getShutdownTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
        log.warn("a Homewatch background run did not finish within {}; it is interrupted",
            settings.getShutdownTimeout());
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running != null;
  }
}
