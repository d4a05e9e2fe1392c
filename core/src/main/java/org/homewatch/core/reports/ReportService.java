package org.homewatch.core.reports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.homewatch.AccessDeniedException;
import org.homewatch.ValidationException;
import org.homewatch.core.access.AccessControl;
import org.homewatch.core.access.Operation;
import org.homewatch.core.audit.AuditLog;
import org.homewatch.core.cases.CaseService;
import org.homewatch.core.cases.CaseSummary;
import org.homewatch.core.internal.Arguments;
import org.homewatch.core.internal.Transactions;
import org.homewatch.core.reports.internal.CommuneSlots;
import org.homewatch.core.reports.internal.Recount;
import org.homewatch.core.reports.internal.ReportAssembler;
import org.homewatch.core.reports.internal.SlotSettler;
import org.homewatch.core.schedule.ScheduleService;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.CaseQuery;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.Jurisdiction;
import org.homewatch.model.JurisdictionLevel;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Principal;
import org.homewatch.spi.storage.StorageTransaction;

/**
 * Reports on how home monitoring is going, for a unit and a period of local days, read from the report counters
 * (never from the raw rows: a province's month is a few thousand counters, not millions of declarations).
 *
 * <p>Who sees what: {@link Operation#READ_REPORTS} (report viewers, supervisors, administrators) for a unit inside
 * the caller's scope; a report viewer can call nothing else. Reports hold aggregates only. A supervisor drills from
 * a figure to the cases behind it with {@link #lineList}, which is the line list, masked as line lists are and
 * allowed only to those who may list cases. Every read is audited ({@code report.read}, {@code report.usage});
 * every refusal too ({@code access.denied}, {@code report.refused} for bad input).
 *
 * <p>Thread-safe.
 */
public final class ReportService {
  /**
   * The zone whose local days reports count in: Vietnam's, where every unit of both GSO schemes lies (and the
   * default zone of a case). An event belongs to the day its instant falls on in this zone.
   */
  public static final ZoneId ZONE = IsolationCase.DEFAULT_ZONE;
  /**
   * How many days up to yesterday {@link #settleSlots(Principal, PageRequest)} looks at: a day nobody settled (the
   * job did not run, the node was down) is caught up by a later run within this many days, and stays unsettled
   * (its slot figures 0) after that unless settled by hand with a longer look back.
   */
  public static final int SETTLE_LOOKBACK_DAYS = 7;

  private final Transactions transactions;
  private final AccessControl access;
  private final AuditLog audit;
  private final CaseService cases;
  private final ScheduleService schedule;
  private final Clock clock;

  /**
   * Wired by {@code Homewatch}'s builder when reports are on; integrators reach it through {@code Homewatch.reports()}.
   *
   * @param transactions runs each operation in a transaction with its access check
   * @param access decides who may do what, where
   * @param audit records reads and refusals
   * @param cases the line list, for drill-down
   * @param schedule the schedules slots are settled by
   * @param clock the time reports are generated at
   */
  public ReportService(Transactions transactions, AccessControl access, AuditLog audit, CaseService cases,
      ScheduleService schedule, Clock clock) {
    this.transactions = transactions;
    this.access = access;
    this.audit = audit;
    this.cases = cases;
    this.schedule = schedule;
    this.clock = clock;
  }

  /**
   * The report of a unit for a period, rolled up from its communes.
   *
   * @param principal a report viewer, supervisor or administrator whose scope holds the unit
   * @param request the unit and period
   * @return the report
   * @throws AccessDeniedException if the principal may not read reports, or the unit lies outside its scope
   * @throws ValidationException if the unit is unknown to the deployment (field {@code unit})
   */
  public Report report(Principal principal, ReportRequest request) {
    Arguments.required(request, "request");
    return read(principal, Operation.READ_REPORTS, request,
        (tx, unit) -> ReportAssembler.report(tx, unit, request, clock.instant()));
  }

  /**
   * {@link #report(Principal, ReportRequest)} from the parts of a request, as a portal form gives them: a bad period
   * (end before start, longer than {@link ReportRequest#MAX_DAYS} days) is refused and the refusal audited.
   *
   * @param principal a report viewer, supervisor or administrator whose scope holds the unit
   * @param unit the unit reported on
   * @param firstDay the first local day
   * @param lastDay the last local day
   * @return the report
   * @throws ValidationException if the period is bad or the unit unknown
   */
  public Report report(Principal principal, JurisdictionPath unit, LocalDate firstDay, LocalDate lastDay) {
    return report(principal, request(principal, Operation.READ_REPORTS, unit, firstDay, lastDay));
  }

  /**
   * The report for the Department of Information and Communications: use of the system per health station and
   * per day, with no personal data (see {@link UsageReport}).
   *
   * @param principal a report viewer, supervisor or administrator whose scope holds the unit
   * @param request the unit and period
   * @return the usage report
   * @throws AccessDeniedException if the principal may not read reports, or the unit lies outside its scope
   * @throws ValidationException if the unit is unknown to the deployment
   */
  public UsageReport usage(Principal principal, ReportRequest request) {
    Arguments.required(request, "request");
    return read(principal, Operation.READ_USAGE_REPORT, request,
        (tx, unit) -> ReportAssembler.usage(tx, unit, request, clock.instant()));
  }

  /**
   * {@link #usage(Principal, ReportRequest)} from the parts of a request, refusals audited.
   *
   * @param principal a report viewer, supervisor or administrator whose scope holds the unit
   * @param unit the unit reported on
   * @param firstDay the first local day
   * @param lastDay the last local day
   * @return the usage report
   * @throws ValidationException if the period is bad or the unit unknown
   */
  public UsageReport usage(Principal principal, JurisdictionPath unit, LocalDate firstDay, LocalDate lastDay) {
    return usage(principal, request(principal, Operation.READ_USAGE_REPORT, unit, firstDay, lastDay));
  }

  /**
   * Drill-down from a case figure to the cases behind it, as they are now: the line list of {@code unit} with the
   * given status (and category, if given). It is the line list ({@link CaseService#lineList}): allowed to those who
   * may list cases in that unit (supervisors, not report viewers), masked and audited as the line list is.
   *
   * @param principal a supervisor (or anyone allowed the line list there)
   * @param unit the unit of the figure
   * @param status the case status of the figure
   * @param category the case category of the figure, or empty for all
   * @param page where to start and how many
   * @return one page of the line list
   */
  public Page<CaseSummary> lineList(Principal principal, JurisdictionPath unit, CaseStatus status,
      Optional<CaseCategory> category, PageRequest page) {
    Arguments.required(unit, "unit");
    Arguments.required(status, "status");
    Arguments.required(category, "category");
    CaseQuery query = new CaseQuery(unit, Set.of(status), category.map(Set::of).orElse(Set.of()), Optional.empty());
    return cases.lineList(principal, query, page);
  }

  /**
   * Recomputes one commune's counters from its raw rows and lists where they differ from the stored ones: flows of
   * the days from {@code firstDay} to {@code lastDay}, stocks over all days (see {@link CounterCheck} for what is
   * recomputed). Reads every case of the commune with its declarations and alerts: background work, not a report.
   * Audited ({@code report.counters.check}, with the number of differences).
   *
   * @param principal the system, or an administrator whose scope holds the commune
   * @param commune the commune to check
   * @param firstDay the first local day of the flows compared
   * @param lastDay the last local day of the flows compared
   * @return the differences found
   * @throws AccessDeniedException unless the principal may run background work in the commune
   * @throws ValidationException if the unit is not a commune known to the deployment, or the period is bad
   */
  public CounterCheck checkCounters(Principal principal, JurisdictionPath commune, LocalDate firstDay,
      LocalDate lastDay) {
    ReportRequest period = request(principal, Operation.CHECK_REPORT_COUNTERS, commune, firstDay, lastDay);
    try {
      return transactions.run(principal, Operation.CHECK_REPORT_COUNTERS, tx -> {
        access.require(principal, Operation.CHECK_REPORT_COUNTERS, commune);
        requireCommune(tx, commune);
        return checkAndAudit(tx, principal, commune, period);
      });
    } catch (ValidationException invalid) {
      auditInvalid(principal, Operation.CHECK_REPORT_COUNTERS, invalid);
      throw invalid;
    }
  }

  /**
   * One batch of {@link #checkCounters}: the next {@code page.limit()} communes of the principal's scope, in order
   * of their keys, after {@code page.after()} (the previous batch's {@link CounterCheck.Batch#next()}). Each
   * commune is checked in a transaction of its own.
   *
   * @param principal the system, or an administrator; the batch stays inside its scope
   * @param firstDay the first local day of the flows compared
   * @param lastDay the last local day of the flows compared
   * @param page the cursor of the previous batch, and how many communes
   * @return the checks and the cursor of the next batch
   */
  public CounterCheck.Batch checkCountersBatch(Principal principal, LocalDate firstDay, LocalDate lastDay,
      PageRequest page) {
    Arguments.required(principal, "principal");
    Arguments.required(page, "page");
    ReportRequest period = request(principal, Operation.CHECK_REPORT_COUNTERS, principal.scope(), firstDay,
        lastDay);
    transactions.check(principal, Operation.CHECK_REPORT_COUNTERS,
        () -> access.require(principal, Operation.CHECK_REPORT_COUNTERS, principal.scope()));
    Optional<String> after = page.after();
    List<JurisdictionPath> communes = transactions.run(principal, Operation.CHECK_REPORT_COUNTERS,
        tx -> communesAfter(tx, principal.scope(), after, page.limit() + 1));
    List<CounterCheck> checks = new ArrayList<>();
    for (JurisdictionPath commune : communes.subList(0, Math.min(page.limit(), communes.size()))) {
      checks.add(transactions.run(principal, Operation.CHECK_REPORT_COUNTERS,
          tx -> checkAndAudit(tx, principal, commune, period)));
    }
    Optional<String> next = communes.size() > page.limit()
        ? Optional.of(checks.get(checks.size() - 1).unit().toString()) : Optional.empty();
    return new CounterCheck.Batch(checks, next);
  }

  /**
   * One batch of slot settling: for each of the next {@code page.limit()} communes of the principal's scope (in
   * order of their keys, after {@code page.after()}), the days of the last {@value #SETTLE_LOOKBACK_DAYS} up to
   * yesterday (in {@link #ZONE}) that are not settled yet and are over are settled into the report counters: every
   * slot of the commune's cases that day as on time, late or missed, and the people behind by 2 or more slots at
   * the day's close (see {@link Figures.Declarations}). A day is over for a commune once every slot of it, of every
   * one of its cases, is past its grace. Each commune is settled in a transaction of its own, all its open days at
   * once; a commune-day is counted once, ever, also when two nodes run this at the same moment (the loser's
   * transaction rolls back: {@link SlotSettlement#lostRaces()}). Audited per commune settled
   * ({@code report.slots.settle}).
   *
   * @param principal the system or an administrator
   * @param page the batch size (communes) and the previous batch's cursor
   * @return what the batch settled, and where to go on from
   * @throws AccessDeniedException unless the principal may run background work in its scope
   */
  public SlotSettlement settleSlots(Principal principal, PageRequest page) {
    return settleSlots(principal, SETTLE_LOOKBACK_DAYS, page);
  }

  /**
   * {@link #settleSlots(Principal, PageRequest)} looking back {@code lookbackDays} days instead of
   * {@value #SETTLE_LOOKBACK_DAYS}: to catch up, by hand, days a long outage left unsettled.
   *
   * @param principal the system or an administrator
   * @param lookbackDays how many days up to yesterday are looked at, 1 to {@value ReportRequest#MAX_DAYS}
   * @param page the batch size (communes) and the previous batch's cursor
   * @return what the batch settled, and where to go on from
   * @throws ValidationException if {@code lookbackDays} is out of range (field {@code lookbackDays})
   */
  public SlotSettlement settleSlots(Principal principal, int lookbackDays, PageRequest page) {
    Arguments.required(principal, "principal");
    Arguments.required(page, "page");
    if (lookbackDays < 1 || lookbackDays > ReportRequest.MAX_DAYS) {
      throw ValidationException.of("lookbackDays", "homewatch.validation.range",
          "lookbackDays is 1 to " + ReportRequest.MAX_DAYS + ", was " + lookbackDays);
    }
    transactions.check(principal, Operation.SETTLE_SLOTS,
        () -> access.require(principal, Operation.SETTLE_SLOTS, principal.scope()));
    Instant now = clock.instant();
    LocalDate yesterday = LocalDate.ofInstant(now, ZONE).minusDays(1);
    List<LocalDate> candidates = new ArrayList<>(lookbackDays);
    for (LocalDate d = yesterday.minusDays(lookbackDays - 1L); !d.isAfter(yesterday); d = d.plusDays(1)) {
      candidates.add(d);
    }
    Optional<String> after = page.after();
    List<JurisdictionPath> communes = transactions.run(principal, Operation.SETTLE_SLOTS,
        tx -> communesAfter(tx, principal.scope(), after, page.limit() + 1));
    List<JurisdictionPath> batch = communes.subList(0, Math.min(page.limit(), communes.size()));
    SlotSettlement total = new SlotSettlement(0, 0, 0, 0, 0, 0, 0, 0, Optional.empty());
    for (JurisdictionPath commune : batch) {
      SlotSettlement one;
      try {
        one = transactions.run(principal, Operation.SETTLE_SLOTS, tx -> {
          List<CommuneSlots.Day> days =
              SlotSettler.settle(tx, commune, candidates, now, schedule::scheduleOf);
          SlotSettlement settled = new SlotSettlement(1, days.size(),
              days.stream().mapToLong(CommuneSlots.Day::expected).sum(),
              days.stream().mapToLong(CommuneSlots.Day::onTime).sum(),
              days.stream().mapToLong(CommuneSlots.Day::late).sum(),
              days.stream().mapToLong(CommuneSlots.Day::missed).sum(),
              days.stream().mapToLong(CommuneSlots.Day::behind).sum(), 0, Optional.empty());
          if (!days.isEmpty()) {
            audit.record(tx, principal, Operation.SETTLE_SLOTS, "report", commune, commune, Map.of(
                "firstDay", days.get(0).day().toString(), "lastDay", days.get(days.size() - 1).day().toString(),
                "days", Integer.toString(days.size()), "expected", Long.toString(settled.expected()),
                "missed", Long.toString(settled.missed())));
          }
          return settled;
        });
      } catch (SlotSettler.LostRace raced) {
        one = new SlotSettlement(1, 0, 0, 0, 0, 0, 0, 1, Optional.empty());
      }
      total = total.plus(one);
    }
    Optional<String> next = communes.size() > page.limit()
        ? Optional.of(batch.get(batch.size() - 1).toString()) : Optional.empty();
    return new SlotSettlement(total.communes(), total.daysSettled(), total.expected(), total.onTime(), total.late(),
        total.missed(), total.behind(), total.lostRaces(), next);
  }

  private CounterCheck checkAndAudit(StorageTransaction tx, Principal principal, JurisdictionPath commune,
      ReportRequest period) {
    CounterCheck check = Recount.check(tx, commune, period.firstDay(), period.lastDay(), schedule::scheduleOf);
    audit.record(tx, principal, Operation.CHECK_REPORT_COUNTERS, "report", commune, commune, Map.of(
        "firstDay", period.firstDay().toString(), "lastDay", period.lastDay().toString(),
        "differences", Integer.toString(check.differences().size())));
    return check;
  }

  private static void requireCommune(StorageTransaction tx, JurisdictionPath unit) {
    if (unit.level() != JurisdictionLevel.COMMUNE || tx.jurisdictions().find(unit).isEmpty()) {
      throw ValidationException.of("unit", "homewatch.validation.report.commune",
          "counters are checked per commune known to this deployment, " + unit + " is not one");
    }
  }

  /** Communes inside {@code scope} whose path sorts after the cursor, in path-key order, at most {@code limit}. */
  private static List<JurisdictionPath> communesAfter(StorageTransaction tx, JurisdictionPath scope,
      Optional<String> after, int limit) {
    String from;
    try {
      from = after.map(a -> JurisdictionPath.parse(a).key()).orElse("");
    } catch (RuntimeException e) {
      throw ValidationException.of("after", "homewatch.validation.cursor",
          "not a cursor this operation issued: " + after.orElse(""));
    }
    List<JurisdictionPath> communes = new ArrayList<>();
    collectCommunes(tx, scope, communes);
    communes.sort(java.util.Comparator.comparing(JurisdictionPath::key));
    return communes.stream().filter(c -> c.key().compareTo(from) > 0).limit(limit).toList();
  }

  private static void collectCommunes(StorageTransaction tx, JurisdictionPath unit, List<JurisdictionPath> into) {
    if (unit.level() == JurisdictionLevel.COMMUNE) {
      into.add(unit);
      return;
    }
    for (Jurisdiction child : tx.jurisdictions().children(unit)) {
      collectCommunes(tx, child.path(), into);
    }
  }

  private interface Assembly<T> {
    T assemble(StorageTransaction tx, Jurisdiction unit);
  }

  private <T> T read(Principal principal, Operation action, ReportRequest request, Assembly<T> assembly) {
    Arguments.required(principal, "principal");
    try {
      return transactions.run(principal, action, tx -> {
        access.require(principal, action, request.unit());
        Jurisdiction unit = tx.jurisdictions().find(request.unit()).orElseThrow(() -> ValidationException.of("unit",
            "homewatch.validation.report.unit", "the unit " + request.unit() + " is unknown to this deployment"));
        T result = assembly.assemble(tx, unit);
        audit.record(tx, principal, action, "report", request.unit(), request.unit(), Map.of(
            "firstDay", request.firstDay().toString(), "lastDay", request.lastDay().toString()));
        return result;
      });
    } catch (ValidationException invalid) {
      auditInvalid(principal, action, invalid);
      throw invalid;
    }
  }

  private ReportRequest request(Principal principal, Operation action, JurisdictionPath unit, LocalDate firstDay,
      LocalDate lastDay) {
    Arguments.required(principal, "principal");
    try {
      return new ReportRequest(unit, firstDay, lastDay);
    } catch (ValidationException invalid) {
      auditInvalid(principal, action, invalid);
      throw invalid;
    }
  }

  private void auditInvalid(Principal principal, Operation action, ValidationException invalid) {
    transactions.storage().useTransaction(tx -> audit.record(tx, principal, "report.refused", "report",
        action.auditAction(), principal.scope(), Map.of("reason", invalid.getMessage())));
  }
}
