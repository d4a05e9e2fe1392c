package org.homewatch.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.homewatch.ConfigurationException;
import org.homewatch.core.internal.LogSafe;
import org.homewatch.core.internal.Metrics;
import org.homewatch.core.schedule.ScheduleService;
import org.homewatch.core.jobs.BackgroundJob;
import org.homewatch.core.jobs.JobReport;
import org.homewatch.core.jobs.KeysetBatches;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a list of {@link BackgroundJob}s, each at its own cadence, on an executor the integrator supplies
 * (Homewatch creates no thread). Each run of a job does batch after batch while the job has more, at most
 * {@link Builder#maxBatchesPerRun} of them; a job that walks a keyset and stops at that bound goes on from its
 * cursor at its next run. Every node of a portal may run one: the jobs are lease- and version-guarded and
 * idempotent.
 *
 * <pre>{@code
 * BackgroundScheduler scheduler = BackgroundScheduler.builder()
 *     .executor(executor)
 *     .principal(Principal.system(province))
 *     .batchSize(500)
 *     .standardJobs(homewatch)                                        // Homewatch's nine, at default cadences 
 *     .every(HomewatchJobs.MISSED_DECLARATION_SWEEP, Duration.ofMinutes(5))
 *     .job(new MyRetentionPurge(..), Duration.ofHours(1))            // a job of your own
 *     .start();
 * }</pre>
 *
 * <p>A run that throws is logged (at ERROR, with the job's name) and the job runs again at its next time; the
 * other jobs are not affected. {@link ScheduledExecutorService} would otherwise stop a task silently after its
 * first exception, and a province would stop getting alerts without anyone noticing.
 */
public final class BackgroundScheduler implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(BackgroundScheduler.class);

  /** Default cadence of outbox dispatch: a notification should leave within seconds of its commit. */
  public static final Duration DEFAULT_DISPATCH_EVERY = Duration.ofSeconds(5);
  /** Default cadence of escalation: acknowledgement deadlines are minutes (EMERGENCY: 15). */
  public static final Duration DEFAULT_ESCALATION_EVERY = Duration.ofSeconds(30);
  /** Default cadence of the jobs that go over every case: slots, reminders and periods are minutes apart. */
  public static final Duration DEFAULT_CASE_WORK_EVERY = Duration.ofMinutes(1);
  /**
   * Default cadence of slot settlement: a day is settled once after it is over, so a run every 10 minutes settles it
   * soon after its last grace ends, and reads only each commune's markers otherwise.
   */
  public static final Duration DEFAULT_SLOT_SETTLEMENT_EVERY = Duration.ofMinutes(10);
  /**
   * Default cadence of the retention purge: retention is counted in days, so hourly is prompt, and a purge that
   * finds nothing costs three small queries per province.
   */
  public static final Duration DEFAULT_RETENTION_EVERY = Duration.ofHours(1);
  /**
   * Three runs back, but at most the day {@code sendReminders} takes (a longer lookback failed every run); a cadence
   * over a day would let reminders fall due between two runs unseen, so it is refused.
   */
  private static Duration reminderLookback(Duration every) {
    if (every.compareTo(ScheduleService.MAX_REMINDER_LOOKBACK) > 0) {
      throw new ConfigurationException("every(" + HomewatchJobs.REMINDERS + ") must be at most "
          + ScheduleService.MAX_REMINDER_LOOKBACK + ": a reminder a day late is none, was " + every);
    }
    Duration threeRuns = every.multipliedBy(REMINDER_LOOKBACK_RUNS);
    return threeRuns.compareTo(ScheduleService.MAX_REMINDER_LOOKBACK) > 0 ? ScheduleService.MAX_REMINDER_LOOKBACK
        : threeRuns;
  }

  /** The shortest cadence a job may have: the executor counts in milliseconds. */
  public static final Duration MIN_CADENCE = Duration.ofMillis(1);
  /** The longest cadence a job may have: a job that runs less than once a year would not be background work. */
  public static final Duration MAX_CADENCE = Duration.ofDays(366);
  /** Reminders look back this many of their own periods, so that a late or skipped run still sends them. */
  private static final int REMINDER_LOOKBACK_RUNS = 3;

  private final List<ScheduledFuture<?>> tasks = new ArrayList<>();

  private BackgroundScheduler() {}

  /**
   * A scheduler to set up. The builder is not thread-safe.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts Homewatch's nine jobs: outbox dispatch and escalation {@code every}, and the jobs that go over every
   * case (missed-declaration sweep, reminders, spot-check deadlines, activation, completion) at the same
   * interval but at least a minute apart, and the retention purge {@link #DEFAULT_RETENTION_EVERY hourly}. The
   * same as
   * {@code builder().executor(executor).principal(system).batchSize(batchSize).standardJobs(homewatch)} with
   * those cadences.
   *
   * @param homewatch the instance whose jobs run
   * @param executor runs the jobs; it stays the integrator's to shut down
   * @return the running scheduler; close it before the executor
   * @param system the principal the work acts as, e.g. {@code Principal.system(provincePath)}
   * @param every how often dispatch and escalation run
   * @param batchSize the most items one batch handles (1 to {@value PageRequest#MAX_LIMIT})
   */
  public static BackgroundScheduler start(Homewatch homewatch, ScheduledExecutorService executor, Principal system,
      Duration every, int batchSize) {
    requireCadence("every", every);
    Duration casesEvery = every.compareTo(DEFAULT_CASE_WORK_EVERY) < 0 ? DEFAULT_CASE_WORK_EVERY : every;
    Builder builder = builder().executor(executor).principal(system).batchSize(batchSize).standardJobs(homewatch)
        .every(HomewatchJobs.OUTBOX_DISPATCH, every)
        .every(HomewatchJobs.ALERT_ESCALATION, every);
    for (String caseJob : List.of(HomewatchJobs.MISSED_DECLARATION_SWEEP, HomewatchJobs.REMINDERS,
        HomewatchJobs.CASE_ACTIVATION, HomewatchJobs.CASE_COMPLETION, HomewatchJobs.FEEDBACK_DEADLINES)) {
      builder.every(caseJob, casesEvery);
    }
    if (homewatch.hasSpotChecks()) {
      builder.every(HomewatchJobs.SPOT_CHECK_DEADLINES, casesEvery);
    }
    if (homewatch.hasRandomSpotChecks()) {
      builder.every(HomewatchJobs.RANDOM_SPOT_CHECKS, casesEvery);
    }
    return builder.start();
  }

  /** Stops scheduling further runs (a run in progress finishes). The executor stays the integrator's. */
  @Override
  public void close() {
    tasks.forEach(t -> t.cancel(false));
  }

  /** One registered job, its cadence and where its next run goes on from. */
  private static final class Scheduled implements Runnable {
    private final BackgroundJob job;
    private final Duration every;
    private final Principal principal;
    private final int batchSize;
    private final int maxBatches;
    // One run at a time per job (scheduleWithFixedDelay never overlaps a task with itself); volatile because
    // successive runs may be on different threads of the executor.
    private volatile PageRequest resumeFrom;

    Scheduled(BackgroundJob job, Duration every, Principal principal, int batchSize, int maxBatches) {
      this.job = job;
      this.every = every;
      this.principal = principal;
      this.batchSize = batchSize;
      this.maxBatches = maxBatches;
      this.resumeFrom = PageRequest.first(batchSize);
    }

    @Override
    public void run() {
      try {
        JobReport report = KeysetBatches.run(job, principal, resumeFrom, maxBatches);
        // Stopped at the bound with more to do: a keyset job goes on from its cursor next time.
        resumeFrom = report.next().isPresent()
            ? new PageRequest(report.next(), batchSize) : PageRequest.first(batchSize);
        log.debug("background job {}: {}", job.name(), report);
      } catch (RuntimeException | Error e) {
        // An Error too (a plugin's class that failed to load, an assertion): a task that throws is dropped for good
        // by the executor, so letting it out would stop this job silently, e.g. every page from then on.
        // The exception's message may quote a row or a recipient: the log gets its type and stack only.
        log.error("background job {} failed; it runs again in {}", job.name(), every, LogSafe.withoutMessages(e));
      }
    }
  }

  /**
   * Sets up a {@link BackgroundScheduler}: the executor, the principal the work acts as, the batch size, and
   * the jobs with their cadences. Every option may be set once; {@link #start()} refuses a missing one.
   */
  public static final class Builder {
    private static final int DEFAULT_BATCH_SIZE = 500;
    private static final int DEFAULT_MAX_BATCHES_PER_RUN = 1000;

    private ScheduledExecutorService executor;
    private Principal principal;
    private Integer batchSize;
    private Integer maxBatchesPerRun;
    private boolean standardJobs;
    /** The metrics of the Homewatch whose standard jobs run here; they time every job's batches, own ones too. */
    private Metrics metrics = Metrics.NONE;
    /** Jobs by name, each made once its cadence is known (the reminders' lookback follows their cadence). */
    private final Map<String, Function<Duration, BackgroundJob>> jobs = new LinkedHashMap<>();
    private final Map<String, Duration> cadences = new LinkedHashMap<>();
    private final Map<String, Duration> cadenceOverrides = new LinkedHashMap<>();

    private Builder() {}

    /**
     * The executor the jobs run on (required); it stays the integrator's to shut down.
     *
     * @param executor the executor
     * @return this builder
     */
    public Builder executor(ScheduledExecutorService executor) {
      requireUnset("executor", this.executor);
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * The principal the jobs act as (required), usually {@code Principal.system(province)}.
     *
     * @param principal the principal
     * @return this builder
     */
    public Builder principal(Principal principal) {
      requireUnset("principal", this.principal);
      this.principal = Objects.requireNonNull(principal, "principal");
      return this;
    }

    /**
     * The most items one batch handles, 1 to {@value PageRequest#MAX_LIMIT}; default 500.
     *
     * @param batchSize the batch size
     * @return this builder
     */
    public Builder batchSize(int batchSize) {
      requireUnset("batchSize", this.batchSize);
      if (batchSize < 1 || batchSize > PageRequest.MAX_LIMIT) {
        throw new ConfigurationException(
            "batchSize must be 1 to " + PageRequest.MAX_LIMIT + ", was " + batchSize);
      }
      this.batchSize = batchSize;
      return this;
    }

    /**
     * The most batches one run of a job does before it yields to the executor's other work; default 1000. A job
     * walking a keyset goes on from where it stopped at its next run.
     *
     * @param maxBatchesPerRun the most batches per run, at least 1
     * @return this builder
     */
    public Builder maxBatchesPerRun(int maxBatchesPerRun) {
      requireUnset("maxBatchesPerRun", this.maxBatchesPerRun);
      if (maxBatchesPerRun < 1) {
        throw new ConfigurationException("maxBatchesPerRun must be at least 1, was " + maxBatchesPerRun);
      }
      this.maxBatchesPerRun = maxBatchesPerRun;
      return this;
    }

    /**
     * Registers Homewatch's jobs ({@link HomewatchJobs#all}) at the default cadences: dispatch every
     * {@link #DEFAULT_DISPATCH_EVERY 5 s}, escalation every {@link #DEFAULT_ESCALATION_EVERY 30 s}, the case work
     * every {@link #DEFAULT_CASE_WORK_EVERY minute}, slot settlement (when reports are on) every
     * {@link #DEFAULT_SLOT_SETTLEMENT_EVERY 10 minutes}, the retention purge (when on) every
     * {@link #DEFAULT_RETENTION_EVERY hour}. Reminders look back three of their own periods, at most a day; a
     * reminders cadence over a day is refused by {@link #start()}.
     *
     * @param homewatch the instance whose jobs are registered
     * @return this builder
     */
    public Builder standardJobs(Homewatch homewatch) {
      Objects.requireNonNull(homewatch, "homewatch");
      if (standardJobs) {
        throw new ConfigurationException("standardJobs was already registered");
      }
      standardJobs = true;
      metrics = homewatch.metrics();
      register(HomewatchJobs.OUTBOX_DISPATCH, DEFAULT_DISPATCH_EVERY, d -> HomewatchJobs.outboxDispatch(homewatch));
      register(HomewatchJobs.ALERT_ESCALATION, DEFAULT_ESCALATION_EVERY,
          d -> HomewatchJobs.alertEscalation(homewatch));
      register(HomewatchJobs.MISSED_DECLARATION_SWEEP, DEFAULT_CASE_WORK_EVERY,
          d -> HomewatchJobs.missedDeclarationSweep(homewatch));
      register(HomewatchJobs.REMINDERS, DEFAULT_CASE_WORK_EVERY, d -> HomewatchJobs.reminders(homewatch,
          reminderLookback(d)));
      if (homewatch.hasSpotChecks()) {
        register(HomewatchJobs.SPOT_CHECK_DEADLINES, DEFAULT_CASE_WORK_EVERY,
            d -> HomewatchJobs.spotCheckDeadlines(homewatch));
      }
      if (homewatch.hasRandomSpotChecks()) {
        register(HomewatchJobs.RANDOM_SPOT_CHECKS, DEFAULT_CASE_WORK_EVERY,
            d -> HomewatchJobs.randomSpotChecks(homewatch));
      }
      register(HomewatchJobs.CASE_ACTIVATION, DEFAULT_CASE_WORK_EVERY, d -> HomewatchJobs.caseActivation(homewatch));
      register(HomewatchJobs.CASE_COMPLETION, DEFAULT_CASE_WORK_EVERY, d -> HomewatchJobs.caseCompletion(homewatch));
      register(HomewatchJobs.FEEDBACK_DEADLINES, DEFAULT_CASE_WORK_EVERY,
          d -> HomewatchJobs.feedbackDeadlines(homewatch));
      if (homewatch.hasReports()) {
        register(HomewatchJobs.SLOT_SETTLEMENT, DEFAULT_SLOT_SETTLEMENT_EVERY,
            d -> HomewatchJobs.slotSettlement(homewatch));
      }
      if (homewatch.hasRetention()) {
        register(HomewatchJobs.RETENTION_PURGE, DEFAULT_RETENTION_EVERY, d -> HomewatchJobs.retentionPurge(homewatch));
      }
      return this;
    }

    /**
     * Registers a job of your own to run {@code every} (names must be unique).
     *
     * @param job the job
     * @param every how often it runs, {@link #MIN_CADENCE} to {@link #MAX_CADENCE}
     * @return this builder
     */
    public Builder job(BackgroundJob job, Duration every) {
      Objects.requireNonNull(job, "job");
      register(job.name(), every, d -> job);
      return this;
    }

    /**
     * Sets the cadence of a registered job by its name, e.g. {@link HomewatchJobs#OUTBOX_DISPATCH}.
     *
     * @param jobName the job's name
     * @param every how often it runs, {@link #MIN_CADENCE} to {@link #MAX_CADENCE}
     * @return this builder
     */
    public Builder every(String jobName, Duration every) {
      Objects.requireNonNull(jobName, "jobName");
      requireCadence("every(" + jobName + ")", every);
      if (cadenceOverrides.putIfAbsent(jobName, every) != null) {
        throw new ConfigurationException(
            "the cadence of " + jobName + " was already set to " + cadenceOverrides.get(jobName));
      }
      return this;
    }

    /**
     * Schedules every job on the executor, each first run at once, and returns the scheduler to
     * {@linkplain BackgroundScheduler#close() close}.
     *
     * @return the running scheduler
     * @throws ConfigurationException if the executor or principal is missing, no job is registered, or a cadence
     *     names a job that is not registered
     */
    public BackgroundScheduler start() {
      if (executor == null) {
        throw new ConfigurationException("executor is required: the scheduler runs on the integrator's executor");
      }
      if (principal == null) {
        throw new ConfigurationException("principal is required, e.g. Principal.system(province)");
      }
      if (jobs.isEmpty()) {
        throw new ConfigurationException("no job registered: call standardJobs(homewatch) or job(..)");
      }
      for (String name : cadenceOverrides.keySet()) {
        if (!jobs.containsKey(name)) {
          throw new ConfigurationException("every(" + name + ", ..) names no registered job; registered: "
              + jobs.keySet());
        }
      }
      int size = batchSize == null ? DEFAULT_BATCH_SIZE : batchSize;
      int maxBatches = maxBatchesPerRun == null ? DEFAULT_MAX_BATCHES_PER_RUN : maxBatchesPerRun;
      BackgroundScheduler scheduler = new BackgroundScheduler();
      try {
        jobs.forEach((name, make) -> {
          Duration every = cadenceOverrides.getOrDefault(name, cadences.get(name));
          Scheduled scheduled = new Scheduled(metrics.observed(make.apply(every)), every, principal, size, maxBatches);
          scheduler.tasks.add(executor.scheduleWithFixedDelay(scheduled, 0, every.toMillis(), TimeUnit.MILLISECONDS));
        });
      } catch (RuntimeException refused) {
        // e.g. an executor shut down meanwhile: no half-started scheduler whose running jobs nobody can close
        scheduler.close();
        throw refused;
      }
      return scheduler;
    }

    private void register(String name, Duration every, Function<Duration, BackgroundJob> make) {
      requireCadence("every(" + name + ")", every);
      if (jobs.putIfAbsent(name, make) != null) {
        throw new ConfigurationException("a job named " + name + " is already registered");
      }
      cadences.put(name, every);
    }

    private static void requireUnset(String option, Object current) {
      if (current != null) {
        throw new ConfigurationException(option + " was already set to " + current);
      }
    }
  }

  /**
   * A cadence the executor can take: it counts in whole milliseconds (a zero delay is refused by
   * {@code ScheduledThreadPoolExecutor} when the job is started, after the jobs before it were scheduled), and a
   * cadence longer than {@link #MAX_CADENCE} is a mistake, not a plan (and past {@code Long.MAX_VALUE}
   * milliseconds it cannot be converted at all).
   */
  private static void requireCadence(String option, Duration every) {
    Objects.requireNonNull(every, option);
    if (every.compareTo(MIN_CADENCE) < 0 || every.compareTo(MAX_CADENCE) > 0) {
      throw new ConfigurationException(option + " must be " + MIN_CADENCE + " to " + MAX_CADENCE + ", was " + every);
    }
  }
}
