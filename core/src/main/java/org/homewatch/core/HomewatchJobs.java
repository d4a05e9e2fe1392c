package org.homewatch.core;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.homewatch.ConfigurationException;
import org.homewatch.core.alerts.FollowUpReport;
import org.homewatch.core.cases.LifecycleReport;
import org.homewatch.core.feedback.FeedbackDeadlineReport;
import org.homewatch.core.jobs.BackgroundJob;
import org.homewatch.core.reports.CounterCheck;
import org.homewatch.core.reports.ReportRequest;
import org.homewatch.core.reports.ReportService;
import org.homewatch.core.reports.SlotSettlement;
import org.homewatch.core.retention.PurgeReport;
import org.homewatch.core.jobs.JobReport;
import org.homewatch.core.notify.DispatchReport;
import org.homewatch.core.schedule.RandomSpotCheckReport;
import org.homewatch.core.schedule.ReminderReport;
import org.homewatch.core.schedule.ScheduleService;
import org.homewatch.core.schedule.SpotCheckReport;
import org.homewatch.core.schedule.SweepReport;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Principal;

/**
 * Homewatch's own background work as {@link BackgroundJob}s, each wrapping the one-batch method an integrator
 * may also call directly (those keep their own, richer reports). The names are the ones
 * {@link BackgroundScheduler.Builder#every} takes. Counts each job reports, by name:
 *
 * <table>
 *   <caption>jobs and their counts</caption>
 *   <tr><th>name</th><th>wraps</th><th>examined</th><th>counts</th></tr>
 *   <tr><td>{@value #OUTBOX_DISPATCH}</td><td>{@code notifications().dispatch}</td><td>messages leased</td>
 *       <td>delivered, retried, failed, lostLease</td></tr>
 *   <tr><td>{@value #ALERT_ESCALATION}</td><td>{@code alerts().escalateOverdue} and
 *       {@code alerts().followUpUnresolved}</td><td>alerts escalated, plus acknowledged alerts past their resolve-by
 *       time</td><td>escalated, reminded, escalatedUnresolved</td></tr>
 *   <tr><td>{@value #MISSED_DECLARATION_SWEEP}</td><td>{@code schedule().sweepMissedDeclarations}</td>
 *       <td>active cases</td><td>missedSlots, casesBehind, opened, raised, lostRaces</td></tr>
 *   <tr><td>{@value #REMINDERS}</td><td>{@code schedule().sendReminders}</td><td>active cases</td>
 *       <td>written</td></tr>
 *   <tr><td>{@value #SPOT_CHECK_DEADLINES}</td><td>{@code spotChecks().settleDue}</td><td>active cases</td>
 *       <td>answered, failed</td></tr>
 *   <tr><td>{@value #RANDOM_SPOT_CHECKS}</td><td>{@code spotChecks().requestRandomDue}</td><td>active cases
 *       (none without a policy)</td><td>requested</td></tr>
 *   <tr><td>{@value #CASE_ACTIVATION}</td><td>{@code lifecycle().activateDue}</td><td>pending cases</td>
 *       <td>activated</td></tr>
 *   <tr><td>{@value #CASE_COMPLETION}</td><td>{@code lifecycle().completeDue}</td><td>active cases</td>
 *       <td>completed, flaggedForReview</td></tr>
 *   <tr><td>{@value #FEEDBACK_DEADLINES}</td><td>{@code feedback().raiseUnanswered}</td><td>unanswered feedback</td>
 *       <td>raised</td></tr>
 *   <tr><td>{@value #SLOT_SETTLEMENT}</td><td>{@code reports().settleSlots}</td><td>communes</td>
 *       <td>daysSettled, expected, onTime, late, missed, behind, lostRaces</td></tr>
 *   <tr><td>{@value #RETENTION_PURGE}</td><td>{@code retention().purge}</td><td>cases, messages and audit events
 *       handled</td><td>anonymised, skipped, messagesRemoved, auditEventsRemoved</td></tr>
 * </table>
 *
 * The first two and the retention purge take the oldest due work each time (no cursor; more when the batch came
 * back full); the others walk the cases of the principal's scope commune after commune (slot settlement: the
 * communes themselves).
 */
public final class HomewatchJobs {
  /** The name of {@link #outboxDispatch}. */
  public static final String OUTBOX_DISPATCH = "outbox-dispatch";
  /** The name of {@link #alertEscalation}. */
  public static final String ALERT_ESCALATION = "alert-escalation";
  /** The name of {@link #missedDeclarationSweep}. */
  public static final String MISSED_DECLARATION_SWEEP = "missed-declaration-sweep";
  /** The name of {@link #reminders}. */
  public static final String REMINDERS = "reminders";
  /** The name of {@link #spotCheckDeadlines}. */
  public static final String SPOT_CHECK_DEADLINES = "spot-check-deadlines";
  /** The name of {@link #randomSpotChecks}. */
  public static final String RANDOM_SPOT_CHECKS = "random-spot-checks";
  /** The name of {@link #caseActivation}. */
  public static final String CASE_ACTIVATION = "case-activation";
  /** The name of {@link #caseCompletion}. */
  public static final String CASE_COMPLETION = "case-completion";
  /** The name of {@link #feedbackDeadlines}. */
  public static final String FEEDBACK_DEADLINES = "feedback-deadlines";
  /** The name of {@link #slotSettlement}. */
  public static final String SLOT_SETTLEMENT = "slot-settlement";
  /** The name of {@link #retentionPurge}. */
  public static final String RETENTION_PURGE = "retention-purge";

  private HomewatchJobs() {}

  /**
   * The jobs, in the order above: eight, less spot-check deadlines when the instance was built with
   * {@code spotChecks(false)}, plus random spot checks when a policy was set, plus slot settlement when reports are
   * on, plus the retention purge unless {@code retention(false)}; reminders look back {@code reminderLookback} (see
   * {@link #reminders}).
   *
   * @param homewatch the instance the jobs work on
   * @param reminderLookback how far back a reminder may have fallen due
   * @return the jobs
   */
  public static List<BackgroundJob> all(Homewatch homewatch, Duration reminderLookback) {
    List<BackgroundJob> jobs = new ArrayList<>(List.of(outboxDispatch(homewatch), alertEscalation(homewatch),
        missedDeclarationSweep(homewatch), reminders(homewatch, reminderLookback)));
    if (homewatch.hasSpotChecks()) {
      jobs.add(spotCheckDeadlines(homewatch));
    }
    if (homewatch.hasRandomSpotChecks()) {
      jobs.add(randomSpotChecks(homewatch));
    }
    jobs.addAll(List.of(caseActivation(homewatch), caseCompletion(homewatch), feedbackDeadlines(homewatch)));
    if (homewatch.hasReports()) {
      jobs.add(slotSettlement(homewatch));
    }
    if (homewatch.hasRetention()) {
      jobs.add(retentionPurge(homewatch));
    }
    return List.copyOf(jobs);
  }

  /**
   * Delivers due outbox messages (see {@code NotificationDispatcher#dispatch}).
   *
   * @param homewatch the instance the job works on
   * @return the job
   */
  public static BackgroundJob outboxDispatch(Homewatch homewatch) {
    Objects.requireNonNull(homewatch, "homewatch");
    return job(OUTBOX_DISPATCH, (principal, page) -> {
      DispatchReport r = homewatch.notifications().dispatch(principal, page.limit());
      return JobReport.queue(r.leased(), counts("delivered", r.delivered(), "retried", r.retried(),
          "failed", r.failed(), "lostLease", r.lostLease()), r.leased() >= page.limit());
    });
  }

  /**
   * Escalates alerts nobody acknowledged in time (see {@code AlertService#escalateOverdue}), then follows up
   * acknowledged alerts nobody resolved in time: reminds the handler, or escalates them unresolved (see
   * {@code AlertService#followUpUnresolved}). {@code escalateOverdue} reports only how many it escalated, so
   * examined counts those plus the acknowledged alerts looked at.
   *
   * @param homewatch the instance the job works on
   * @return the job
   */
  public static BackgroundJob alertEscalation(Homewatch homewatch) {
    Objects.requireNonNull(homewatch, "homewatch");
    return job(ALERT_ESCALATION, (principal, page) -> {
      int escalated = homewatch.alerts().escalateOverdue(principal, page.limit());
      FollowUpReport followUp = homewatch.alerts().followUpUnresolved(principal, page.limit());
      return JobReport.queue(escalated + followUp.due(), counts("escalated", escalated, "reminded",
          followUp.reminded(), "escalatedUnresolved", followUp.escalated()),
          escalated >= page.limit() || followUp.due() >= page.limit());
    });
  }

  /**
   * Opens or raises missed-declaration alerts (see {@code ScheduleService#sweepMissedDeclarations}).
   *
   * @param homewatch the instance the job works on
   * @return the job
   */
  public static BackgroundJob missedDeclarationSweep(Homewatch homewatch) {
    Objects.requireNonNull(homewatch, "homewatch");
    return job(MISSED_DECLARATION_SWEEP, (principal, page) -> {
      SweepReport r = homewatch.schedule().sweepMissedDeclarations(principal, page);
      return JobReport.keyset(r.casesChecked(), counts("missedSlots", r.missedSlots(), "casesBehind",
          r.casesBehind(), "opened", r.opened(), "raised", r.raised(), "lostRaces", r.lostRaces()), r.next());
    });
  }

  /**
   * Writes the reminders that fell due in the last {@code lookback} (see {@code ScheduleService#sendReminders}).
   * Run it more often than {@code lookback}: a reminder is written if it fell due since a few runs ago, so a late
   * or skipped run still sends it, and its fixed outbox id keeps the overlap from sending it twice.
   *
   * @param homewatch the instance the job works on
   * @param lookback how far back a reminder may have fallen due, more than zero and at most
   *     {@link ScheduleService#MAX_REMINDER_LOOKBACK}
   * @return the job
   * @throws ConfigurationException if the lookback is out of range (every run would fail)
   */
  public static BackgroundJob reminders(Homewatch homewatch, Duration lookback) {
    Objects.requireNonNull(homewatch, "homewatch");
    if (lookback.isNegative() || lookback.isZero() || lookback.compareTo(ScheduleService.MAX_REMINDER_LOOKBACK) > 0) {
      throw new ConfigurationException("the reminder lookback must be more than zero and at most "
          + ScheduleService.MAX_REMINDER_LOOKBACK + ", was " + lookback);
    }
    return job(REMINDERS, (principal, page) -> {
      ReminderReport r = homewatch.schedule().sendReminders(principal, page, lookback);
      return JobReport.keyset(r.casesChecked(), counts("written", r.written()), r.next());
    });
  }

  /**
   * Settles spot checks whose answer time is over (see {@code SpotCheckService#settleDue}).
   *
   * @param homewatch the instance the job works on
   * @return the job
   */
  public static BackgroundJob spotCheckDeadlines(Homewatch homewatch) {
    Objects.requireNonNull(homewatch, "homewatch");
    return job(SPOT_CHECK_DEADLINES, (principal, page) -> {
      SpotCheckReport r = homewatch.spotChecks().settleDue(principal, page);
      return JobReport.keyset(r.casesChecked(), counts("answered", r.answered(), "failed", r.failed()), r.next());
    });
  }

  /**
   * Asks the spot checks the builder's random spot-check policy wants now (see
   * {@code SpotCheckService#requestRandomDue}); {@link #spotCheckDeadlines} settles them. Among {@link #all} only
   * when a policy was set.
   *
   * @param homewatch the instance the job works on
   * @return the job
   */
  public static BackgroundJob randomSpotChecks(Homewatch homewatch) {
    Objects.requireNonNull(homewatch, "homewatch");
    return job(RANDOM_SPOT_CHECKS, (principal, page) -> {
      RandomSpotCheckReport r = homewatch.spotChecks().requestRandomDue(principal, page);
      return JobReport.keyset(r.casesChecked(), counts("requested", r.requested()), r.next());
    });
  }

  /**
   * Activates pending cases whose period began (see {@code CaseLifecycleService#activateDue}).
   *
   * @param homewatch the instance the job works on
   * @return the job
   */
  public static BackgroundJob caseActivation(Homewatch homewatch) {
    Objects.requireNonNull(homewatch, "homewatch");
    return job(CASE_ACTIVATION, (principal, page) -> {
      LifecycleReport r = homewatch.lifecycle().activateDue(principal, page);
      return JobReport.keyset(r.casesChecked(), counts("activated", r.changed().size()), r.next());
    });
  }

  /**
   * Completes cases whose period ended, or flags them for review (see {@code CaseLifecycleService#completeDue}).
   *
   * @param homewatch the instance the job works on
   * @return the job
   */
  public static BackgroundJob caseCompletion(Homewatch homewatch) {
    Objects.requireNonNull(homewatch, "homewatch");
    return job(CASE_COMPLETION, (principal, page) -> {
      LifecycleReport r = homewatch.lifecycle().completeDue(principal, page);
      return JobReport.keyset(r.casesChecked(), counts("completed", r.changed().size(),
          "flaggedForReview", r.flaggedForReview().size()), r.next());
    });
  }

  /**
   * Raises FEEDBACK alerts for feedback nobody answered in time (see {@code FeedbackService#raiseUnanswered}).
   *
   * @param homewatch the instance the job works on
   * @return the job
   */
  public static BackgroundJob feedbackDeadlines(Homewatch homewatch) {
    Objects.requireNonNull(homewatch, "homewatch");
    return job(FEEDBACK_DEADLINES, (principal, page) -> {
      FeedbackDeadlineReport r = homewatch.feedback().raiseUnanswered(principal, page);
      return JobReport.keyset(r.checked(), counts("raised", r.raised()), r.next());
    });
  }

  /**
   * Settles the slots of the days that are over into the report counters, commune after commune (see
   * {@code ReportService#settleSlots}): the last {@code ReportService.SETTLE_LOOKBACK_DAYS} days up to yesterday
   * that are not settled yet. Each commune-day counts once, whichever node settles it.
   *
   * @param homewatch the instance whose reports are settled; reports must be on
   * @return the job
   */
  public static BackgroundJob slotSettlement(Homewatch homewatch) {
    Objects.requireNonNull(homewatch, "homewatch");
    return job(SLOT_SETTLEMENT, (principal, page) -> {
      SlotSettlement r = homewatch.reports().settleSlots(principal, page);
      return JobReport.keyset(r.communes(), counts("daysSettled", r.daysSettled(), "expected", r.expected(),
          "onTime", r.onTime(), "late", r.late(), "missed", r.missed(), "behind", r.behind(),
          "lostRaces", r.lostRaces()), r.next());
    });
  }

  /**
   * The retention purge under Decree 13/2023 (see {@code RetentionService#purge}): anonymises closed cases past
   * their retention, removes finished outbox messages and audit events past theirs. Idempotent and resumable: the
   * stored data is its only state.
   *
   * @param homewatch the instance whose purge runs
   * @return the job
   */
  public static BackgroundJob retentionPurge(Homewatch homewatch) {
    Objects.requireNonNull(homewatch, "homewatch");
    return job(RETENTION_PURGE, (principal, page) -> {
      PurgeReport r = homewatch.retention().purge(principal, page.limit());
      return JobReport.queue(r.examined(), counts("anonymised", r.casesAnonymised(), "skipped", r.casesSkipped(),
          "messagesRemoved", r.messagesRemoved(), "auditEventsRemoved", r.auditEventsRemoved(), "linkCodesRemoved", r.linkCodesRemoved(),
          "citizenLinksRemoved", r.citizenLinksRemoved()), r.hasMore());
    });
  }

  private interface Batch {
    JobReport run(Principal principal, PageRequest page);
  }

  /** The name of {@link #counterCheck}. */
  public static final String COUNTER_CHECK = "report-counter-check";

  /**
   * Checks the report counters against the raw rows, commune after commune of the principal's scope, over the
   * {@code days} days up to yesterday in {@code ReportService.ZONE} (see {@code ReportService#checkCountersBatch}):
   * examined = communes checked, counts {@code differences} (counters that differ) and {@code inconsistentCommunes}.
   * Not among {@link #all}: it reads every case of a commune, so an integrator chooses its cadence (nightly).
   *
   * @param homewatch the instance the job works on
   * @param clock the clock that says which day is yesterday
   * @param days how many days back to check, at least 1
   * @return the job
   */
  public static BackgroundJob counterCheck(Homewatch homewatch, Clock clock, int days) {
    Objects.requireNonNull(homewatch, "homewatch");
    Objects.requireNonNull(clock, "clock");
    if (days < 1 || days > ReportRequest.MAX_DAYS) {
      throw new IllegalArgumentException("days must be 1 to " + ReportRequest.MAX_DAYS + ", was " + days);
    }
    return job(COUNTER_CHECK, (principal, page) -> {
      LocalDate yesterday = LocalDate.now(clock.withZone(ReportService.ZONE)).minusDays(1);
      CounterCheck.Batch batch = homewatch.reports().checkCountersBatch(principal, yesterday.minusDays(days - 1L),
          yesterday, page);
      long differences = batch.checks().stream().mapToLong(c -> c.differences().size()).sum();
      long inconsistent = batch.checks().stream().filter(c -> !c.consistent()).count();
      return JobReport.keyset(batch.checks().size(), counts("differences", differences, "inconsistentCommunes",
          inconsistent), batch.next());
    });
  }

  private static BackgroundJob job(String name, Batch batch) {
    return new BackgroundJob() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public JobReport runBatch(Principal principal, PageRequest page) {
        return batch.run(principal, page);
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }

  /** Names and numbers, alternating, in order. */
  private static Map<String, Long> counts(Object... namesAndNumbers) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (int i = 0; i < namesAndNumbers.length; i += 2) {
      counts.put((String) namesAndNumbers[i], ((Number) namesAndNumbers[i + 1]).longValue());
    }
    return counts;
  }
}
