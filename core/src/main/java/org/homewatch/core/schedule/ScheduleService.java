package org.homewatch.core.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homewatch.ConflictException;
import org.homewatch.NotFoundException;
import org.homewatch.core.access.AccessControl;
import org.homewatch.core.access.Operation;
import org.homewatch.core.audit.AuditLog;
import org.homewatch.core.internal.Arguments;
import org.homewatch.core.internal.Transactions;
import org.homewatch.core.jobs.KeysetBatches;
import org.homewatch.core.schedule.internal.MissedDeclarationAlerts;
import org.homewatch.core.schedule.internal.PersonMessages;
import org.homewatch.core.schedule.internal.SlotCache;
import org.homewatch.model.AssessedDeclaration;
import org.homewatch.model.CaseId;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Declaration schedules at work: a case's compliance, the missed-declaration sweep and the reminders. The two
 * background jobs are plain methods doing one bounded batch of active cases (keyset-paged commune after commune,
 * by case id inside each); call them from your scheduler with the cursor of the previous batch until it is empty,
 * on one node or several. Both are
 * idempotent: running a batch twice, or on two nodes at once, opens no second alert and sends no second reminder.
 * Thread-safe.
 */
public final class ScheduleService {
  private static final Logger log = LoggerFactory.getLogger(ScheduleService.class);
  /** More declarations than this in one case's period is not a person declaring; compliance reads no further. */
  private static final int MAX_DECLARATIONS = 5000;
  /**
   * The longest lookback {@link #sendReminders} takes: a reminder due longer ago than this is no reminder any more,
   * the window it was for has closed.
   */
  public static final Duration MAX_REMINDER_LOOKBACK = Duration.ofDays(1);

  private final Transactions transactions;
  private final AccessControl access;
  private final AuditLog audit;
  private final MonitoringPolicy policy;
  private final MissedDeclarationAlerts missedAlerts;
  private final PersonMessages messages;
  private final Clock clock;

  /**
   * Wired by {@code Homewatch}'s builder; integrators reach the service through {@code Homewatch}.
   *
   * @param transactions runs each operation in a transaction with its access check
   * @param access decides who may do what, where
   * @param audit records reads and changes
   * @param policy the monitoring policy schedules and thresholds come from
   * @param missedAlerts opens and raises missed-declaration alerts
   * @param messages writes reminders to the outbox
   * @param clock the time
   */
  public ScheduleService(Transactions transactions, AccessControl access, AuditLog audit, MonitoringPolicy policy,
      MissedDeclarationAlerts missedAlerts, PersonMessages messages, Clock clock) {
    this.transactions = transactions;
    this.access = access;
    this.audit = audit;
    this.policy = policy;
    this.missedAlerts = missedAlerts;
    this.messages = messages;
    this.clock = clock;
  }

  /**
   * The policy schedules and thresholds come from.
   *
   * @return the policy
   */
  public MonitoringPolicy policy() {
    return policy;
  }

  /**
   * The schedule a case follows under the policy of its province.
   *
   * @param c the case
   * @return its schedule
   */
  public DeclarationSchedule scheduleOf(IsolationCase c) {
    return policy.forUnit(c.responsibleUnit()).scheduleFor(c);
  }

  /**
   * A case's compliance over its period as of now: per local day expected, on time, late, missed, pending, and
   * the consecutive missed slots. Reads the case's declarations: audited like reading them.
   *
   * @param principal who asks; must be allowed to read the case's compliance
   * @param caseId the case
   * @return the compliance as of now
   */
  public Compliance compliance(Principal principal, CaseId caseId) {
    return transactions.run(principal, Operation.READ_COMPLIANCE, tx -> {
      IsolationCase c = tx.cases().find(caseId).orElseThrow(() -> new NotFoundException("case", caseId));
      access.require(principal, Operation.READ_COMPLIANCE, c);
      SlotCalendar calendar = SlotCalendar.forCase(c, scheduleOf(c));
      Instant now = clock.instant();
      List<TimedDeclaration> declarations = tx.declarations()
          .observedBetween(caseId, calendar.start().minus(Duration.ofDays(1)),
              calendar.end().plus(Duration.ofDays(2)), MAX_DECLARATIONS)
          .stream().map(AssessedDeclaration::declaration).map(TimedDeclaration::of).toList();
      audit.record(tx, principal, Operation.READ_COMPLIANCE, "case", caseId, c.responsibleUnit(),
          Map.of("declarations", Integer.toString(declarations.size())));
      return Compliance.of(calendar, declarations, now);
    });
  }

  /**
   * One batch of the missed-declaration sweep over the ACTIVE cases in the principal's scope: for each, the run of
   * slots missed since the person was last heard from (read from the case's summary, no declaration is loaded);
   * where it reaches a threshold of the province's policy, a {@code MISSED_DECLARATIONS} alert is opened or
   * raised, with the latest slot counted recorded on it so that no slot is counted twice. Each case is written in
   * a transaction of its own; a case changed meanwhile (by a declaration, or another node) is left to the next
   * sweep.
   *
   * @param principal the system or an administrator, whose scope is swept
   * @return what the batch did, and the cursor for the next
   * @param page the cursor of the previous batch's report ({@link SweepReport#next()}), and the batch size
   */
  public SweepReport sweepMissedDeclarations(Principal principal, PageRequest page) {
    Arguments.required(principal, "principal");
    Arguments.required(page, "page");
    transactions.check(principal, Operation.SWEEP_MISSED_DECLARATIONS,
        () -> access.require(principal, Operation.SWEEP_MISSED_DECLARATIONS, principal.scope()));
    Instant now = clock.instant();
    SweepBatch batch = new SweepBatch(now);
    // One read transaction finds the batch's cases and decides for each; only a case with something to do gets a
    // write transaction of its own, where the decision is taken again on what is stored then.
    Page<IsolationCase> cases = transactions.storage().inTransaction(tx -> {
      Page<IsolationCase> listed = CasesByCommune.page(tx, principal.scope(), CaseStatus.ACTIVE, page);
      for (IsolationCase c : listed.items()) {
        PolicyRules rules = batch.rules(c);
        List<Slot> run = batch.run(c, rules);
        batch.missed += run.size();
        if (run.size() >= rules.missedDeclarations().get(0).consecutive()) {
          batch.behind++;
          if (!(missedAlerts.decide(tx, c, rules, run) instanceof MissedDeclarations.Nothing)) {
            batch.toAct.add(c);
          }
        }
      }
      return listed;
    });
    for (IsolationCase c : batch.toAct) {
      try {
        MissedDeclarationAlerts.Outcome outcome =
            transactions.run(principal, Operation.SWEEP_MISSED_DECLARATIONS, tx -> {
          IsolationCase fresh = tx.cases().find(c.id()).orElse(c);
          if (fresh.status() != CaseStatus.ACTIVE) {
            return MissedDeclarationAlerts.Outcome.NOTHING;
          }
          PolicyRules rules = batch.rules(fresh);
          return missedAlerts.apply(tx, principal, fresh, rules, batch.run(fresh, rules), now);
        });
        batch.opened += outcome == MissedDeclarationAlerts.Outcome.OPENED ? 1 : 0;
        batch.raised += outcome == MissedDeclarationAlerts.Outcome.RAISED ? 1 : 0;
      } catch (ConflictException raced) {
        batch.lost++;
        log.debug("case {} changed while sweeping it; the next sweep sees it again", c.id());
      }
    }
    return new SweepReport(cases.items().size(), batch.missed, batch.behind, batch.opened, batch.raised, batch.lost,
        cases.next());
  }

  /** The working state of one sweep batch: caches shared by its cases, and its counts. */
  private final class SweepBatch {
    final Instant now;
    final SlotCache slots = new SlotCache(512);
    final Map<JurisdictionPath, PolicyRules> rulesByProvince = new HashMap<>();
    // Keyed by the policy's schedule instances (few, shared by all cases), then by zone.
    final Map<DeclarationSchedule, Map<ZoneId, Instant>> latestOver = new IdentityHashMap<>();
    final List<IsolationCase> toAct = new ArrayList<>();
    long missed;
    int behind;
    int opened;
    int raised;
    int lost;

    SweepBatch(Instant now) {
      this.now = now;
    }

    PolicyRules rules(IsolationCase c) {
      if (policy.provinces().isEmpty()) {
        return policy.defaults();
      }
      JurisdictionPath unit = c.responsibleUnit();
      return rulesByProvince.computeIfAbsent(new JurisdictionPath(unit.scheme(), unit.codes().subList(0, 1)),
          policy::forUnit);
    }

    /**
     * The case's run of missed slots. Most people declared in their last window: if the last declaration is at
     * or after the opening of the latest slot (of any day) whose grace has ended, no over slot opened after it,
     * and nothing is computed for the case. That bound is worked out once per schedule and zone.
     */
    List<Slot> run(IsolationCase c, PolicyRules rules) {
      DeclarationSchedule schedule = rules.scheduleFor(c);
      Optional<Instant> heard = c.monitoring().lastDeclaredAt();
      if (heard.isPresent()) {
        Instant bound = latestOver.computeIfAbsent(schedule, k -> new HashMap<>(4))
            .computeIfAbsent(c.zone(), zone -> latestOverOpening(schedule, zone));
        if (!heard.get().isBefore(bound)) {
          return List.of();
        }
      }
      SlotCalendar calendar = SlotCalendar.forCase(c, schedule);
      return calendar.overSince(heard.isPresent() ? heard.get() : calendar.start().minusNanos(1), now, slots);
    }

    private Instant latestOverOpening(DeclarationSchedule schedule, ZoneId zone) {
      LocalDate today = LocalDate.ofInstant(now, zone);
      Instant latest = Instant.MIN;
      for (Slot s : new SlotCalendar(schedule, zone, today.minusDays(2), today.plusDays(1)).all()) {
        if (s.isOverAt(now) && s.opens().isAfter(latest)) {
          latest = s.opens();
        }
      }
      return latest;
    }
  }

  /**
   * Runs {@link #sweepMissedDeclarations} batch after batch to the end, and adds the reports up.
   *
   * @param principal the system or an administrator, whose scope is swept
   * @param batchSize cases per batch, 1 to {@value PageRequest#MAX_LIMIT}
   * @return what the batches did, added up
   */
  public SweepReport sweepAllMissedDeclarations(Principal principal, int batchSize) {
    Arguments.required(principal, "principal");
    // Bounded by the number of active cases in scope, which the cursor walks once.
    return KeysetBatches.runAll(PageRequest.first(batchSize), Integer.MAX_VALUE,
        page -> sweepMissedDeclarations(principal, page),
        report -> report.next().map(cursor -> new PageRequest(report.next(), batchSize)), SweepReport::plus);
  }

  /**
   * One batch of reminders over the ACTIVE cases in the principal's scope: every reminder that fell due in the
   * last {@code lookback} for a window the person has not declared in yet is written to the outbox, addressed
   * to the person's phone. A reminder has a fixed outbox id (case, slot, offset), so a second run within the
   * lookback, on any node, writes nothing new. Run it more often than {@code lookback}.
   *
   * @param principal the system or an administrator, whose scope is served
   * @param page the cursor of the previous batch and the batch size
   * @param lookback how far back a reminder may have fallen due, more than zero and at most a day
   * @throws org.homewatch.ValidationException if {@code lookback} is out of range
   * @return how many reminders were written, and the cursor for the next batch
   */
  public ReminderReport sendReminders(Principal principal, PageRequest page, Duration lookback) {
    Arguments.required(principal, "principal");
    Arguments.required(page, "page");
    transactions.check(principal, Operation.SEND_REMINDERS,
        () -> access.require(principal, Operation.SEND_REMINDERS, principal.scope()));
    if (Arguments.required(lookback, "lookback").isNegative() || lookback.isZero()
        || lookback.compareTo(MAX_REMINDER_LOOKBACK) > 0) {
      throw org.homewatch.ValidationException.of("lookback", "homewatch.validation.range",
          "lookback must be more than zero and at most " + MAX_REMINDER_LOOKBACK + ", was " + lookback);
    }
    Instant now = clock.instant();
    try {
      return remindBatch(principal, page, lookback, now);
    } catch (ConflictException raced) {
      // Another node wrote one of these reminders between our look and our write, and our batch rolled back;
      // once more, the look sees its messages and writes only the rest.
      log.debug("reminders raced with another node; retrying the batch once");
      return remindBatch(principal, page, lookback, now);
    }
  }

  private ReminderReport remindBatch(Principal principal, PageRequest page, Duration lookback, Instant now) {
    return transactions.run(principal, Operation.SEND_REMINDERS, tx -> {
      Page<IsolationCase> batch = CasesByCommune.page(tx, principal.scope(), CaseStatus.ACTIVE, page);
      int written = 0;
      for (IsolationCase c : batch.items()) {
        SlotCalendar calendar = SlotCalendar.forCase(c, scheduleOf(c));
        for (Reminder r : Reminders.dueBetween(calendar, c.monitoring().lastDeclaredAt(), now.minus(lookback), now)) {
          if (messages.enqueueOnce(tx, c, r, now)) {
            written++;
          }
        }
      }
      if (written > 0) {
        audit.record(tx, principal, Operation.SEND_REMINDERS, "case", "*", principal.scope(),
            Map.of("reminders", Integer.toString(written), "cases", Integer.toString(batch.items().size())));
      }
      return new ReminderReport(batch.items().size(), written, batch.next());
    });
  }
}
