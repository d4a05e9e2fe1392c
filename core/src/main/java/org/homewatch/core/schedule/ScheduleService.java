package org.homewatch.core.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homewatch.ConflictException;
import org.homewatch.NotFoundException;
import org.homewatch.core.access.AccessControl;
import org.homewatch.core.access.Operation;
import org.homewatch.core.audit.AuditLog;
import org.homewatch.core.internal.Transactions;
import org.homewatch.core.schedule.internal.MissedDeclarationAlerts;
import org.homewatch.core.schedule.internal.PersonMessages;
import org.homewatch.core.schedule.internal.SlotCache;
import org.homewatch.model.AssessedDeclaration;
import org.homewatch.model.CaseId;
import org.homewatch.model.CaseQuery;
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
 * background jobs are plain methods doing one bounded batch of active cases (keyset-paged by case id); call them
 * from your scheduler with the cursor of the previous batch until it is empty, on one node or several. Both are
 * idempotent: running a batch twice, or on two nodes at once, opens no second alert and sends no second reminder.
 * Thread-safe.
 */
public final class ScheduleService {
  private static final Logger log = LoggerFactory.getLogger(ScheduleService.class);
  /** More declarations than this in one case's period is not a person declaring; compliance reads no further. */
  private static final int MAX_DECLARATIONS = 5000;

  private final Transactions transactions;
  private final AccessControl access;
  private final AuditLog audit;
  private final MonitoringPolicy policy;
  private final MissedDeclarationAlerts missedAlerts;
  private final PersonMessages reminders;
  private final Clock clock;

  public ScheduleService(Transactions transactions, AccessControl access, AuditLog audit, MonitoringPolicy policy,
      MissedDeclarationAlerts missedAlerts, PersonMessages reminders, Clock clock) {
    this.transactions = transactions;
    this.access = access;
    this.audit = audit;
    this.policy = policy;
    this.missedAlerts = missedAlerts;
    this.reminders = reminders;
    this.clock = clock;
  }

  /** The policy schedules and thresholds come from. */
  public MonitoringPolicy policy() {
    return policy;
  }

  /** The schedule a case follows under the policy of its province. */
  public DeclarationSchedule scheduleOf(IsolationCase c) {
    return policy.forUnit(c.responsibleUnit()).scheduleFor(c);
  }

  /**
   * A case's compliance over its period as of now: per local day expected, on time, late, missed, pending, and
   * the consecutive missed slots. Reads the case's declarations: audited like reading them.
   */
  public Compliance compliance(Principal principal, CaseId caseId) {
    return transactions.run(principal, "case.compliance", tx -> {
      IsolationCase c = tx.cases().find(caseId).orElseThrow(() -> new NotFoundException("case", caseId));
      access.require(principal, Operation.READ_DECLARATIONS, c);
      SlotCalendar calendar = SlotCalendar.forCase(c, scheduleOf(c));
      Instant now = clock.instant();
      List<TimedDeclaration> declarations = tx.declarations()
          .observedBetween(caseId, calendar.start().minus(Duration.ofDays(1)),
              calendar.end().plus(Duration.ofDays(2)), MAX_DECLARATIONS)
          .stream().map(AssessedDeclaration::declaration).map(TimedDeclaration::of).toList();
      audit.record(tx, principal, "case.compliance", "case", caseId, c.responsibleUnit(),
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
   * @param page the cursor of the previous batch's report ({@link SweepReport#next()}), and the batch size
   */
  public SweepReport sweepMissedDeclarations(Principal principal, PageRequest page) {
    access.require(principal, Operation.RUN_BACKGROUND_WORK, principal.scope());
    Instant now = clock.instant();
    Page<IsolationCase> batch = transactions.storage().inTransaction(tx -> tx.cases()
        .list(CaseQuery.in(principal.scope()).withStatuses(CaseStatus.ACTIVE), page));
    SlotCache slots = new SlotCache(512);
    Map<String, PolicyRules> rulesByProvince = new HashMap<>();
    long missed = 0;
    int behind = 0;
    int opened = 0;
    int raised = 0;
    int lost = 0;
    for (IsolationCase c : batch.items()) {
      PolicyRules rules = rulesByProvince.computeIfAbsent(provinceKey(c.responsibleUnit()),
          k -> policy.forUnit(c.responsibleUnit()));
      List<Slot> run = run(c, rules, now, slots);
      missed += run.size();
      if (run.size() < rules.missedDeclarations().get(0).consecutive()) {
        continue;
      }
      behind++;
      try {
        MissedDeclarationAlerts.Outcome outcome = transactions.run(principal, "schedule.sweep", tx -> {
          IsolationCase fresh = tx.cases().find(c.id()).orElse(c);
          if (fresh.status() != CaseStatus.ACTIVE) {
            return MissedDeclarationAlerts.Outcome.NOTHING;
          }
          return missedAlerts.apply(tx, principal, fresh, rules, run(fresh, rules, now, slots), now);
        });
        opened += outcome == MissedDeclarationAlerts.Outcome.OPENED ? 1 : 0;
        raised += outcome == MissedDeclarationAlerts.Outcome.RAISED ? 1 : 0;
      } catch (ConflictException raced) {
        lost++;
        log.debug("case {} changed while sweeping it; the next sweep sees it again", c.id());
      }
    }
    return new SweepReport(batch.items().size(), missed, behind, opened, raised, lost, batch.next());
  }

  /** Runs {@link #sweepMissedDeclarations} batch after batch to the end, and adds the reports up. */
  public SweepReport sweepAllMissedDeclarations(Principal principal, int batchSize) {
    SweepReport total = sweepMissedDeclarations(principal, PageRequest.first(batchSize));
    while (total.next().isPresent()) {
      total = total.plus(sweepMissedDeclarations(principal, new PageRequest(total.next(), batchSize)));
    }
    return total;
  }

  /**
   * One batch of reminders over the ACTIVE cases in the principal's scope: every reminder that fell due in the
   * last {@code lookback} for a window the person has not declared in yet is written to the outbox, addressed
   * to the person's phone. A reminder has a fixed outbox id (case, slot, offset), so a second run within the
   * lookback, on any node, writes nothing new. Run it more often than {@code lookback}.
   *
   * @return how many reminders were written, and the cursor for the next batch
   */
  public ReminderReport sendReminders(Principal principal, PageRequest page, Duration lookback) {
    access.require(principal, Operation.RUN_BACKGROUND_WORK, principal.scope());
    Instant now = clock.instant();
    return transactions.run(principal, "schedule.remind", tx -> {
      Page<IsolationCase> batch = tx.cases().list(CaseQuery.in(principal.scope()).withStatuses(CaseStatus.ACTIVE),
          page);
      int written = 0;
      for (IsolationCase c : batch.items()) {
        SlotCalendar calendar = SlotCalendar.forCase(c, scheduleOf(c));
        for (Reminder r : Reminders.dueBetween(calendar, c.monitoring().lastDeclaredAt(), now.minus(lookback), now)) {
          if (reminders.enqueueOnce(tx, c, r, now)) {
            written++;
          }
        }
      }
      if (written > 0) {
        audit.record(tx, principal, "schedule.remind", "case", "*", principal.scope(),
            Map.of("reminders", Integer.toString(written), "cases", Integer.toString(batch.items().size())));
      }
      return new ReminderReport(batch.items().size(), written, batch.next());
    });
  }

  private List<Slot> run(IsolationCase c, PolicyRules rules, Instant now, SlotCache slots) {
    SlotCalendar calendar = SlotCalendar.forCase(c, rules.scheduleFor(c));
    Optional<Instant> heard = c.monitoring().lastDeclaredAt();
    return calendar.overSince(heard.orElse(calendar.start().minusNanos(1)), now, slots);
  }

  private static String provinceKey(JurisdictionPath unit) {
    return unit.scheme() + ":" + unit.codes().get(0);
  }
}
