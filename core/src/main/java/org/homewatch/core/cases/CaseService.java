package org.homewatch.core.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homewatch.NotFoundException;
import org.homewatch.ValidationException;
import org.homewatch.core.access.AccessControl;
import org.homewatch.core.access.Operation;
import org.homewatch.core.directory.PeopleUnits;
import org.homewatch.core.audit.AuditLog;
import org.homewatch.core.cases.internal.CaseLimits;
import org.homewatch.core.cases.internal.DuplicateCheck;
import org.homewatch.core.internal.Arguments;
import org.homewatch.core.internal.InputValidation;
import org.homewatch.core.internal.Transactions;
import org.homewatch.core.notify.HistoryDetails;
import org.homewatch.core.schedule.MonitoringPolicy;
import org.homewatch.core.schedule.SlotCalendar;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.CaseChange;
import org.homewatch.model.CaseId;
import org.homewatch.model.CasePeriod;
import org.homewatch.model.CaseQuery;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.NewCase;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Principal;
import org.homewatch.model.Role;
import org.homewatch.model.Wording;
import org.jspecify.annotations.Nullable;

/** Registering cases from quarantine decisions and reading them. Thread-safe. */
public final class CaseService {
  private final Transactions transactions;
  private final AccessControl access;
  private final AuditLog audit;
  private final InputValidation validation;
  private final MonitoringPolicy policy;
  private final Clock clock;
  private final HistoryDetails details;

  /**
   * @param transactions runs each operation in a transaction with its access check
   * @param access decides who may do what, where
   * @param audit records reads of personal data and changes
   * @param validation checks input as a portal's form would
   * @param clock the time
   * @param policy gives each category's duration per province
   * @param details the words of case history entries
   */
  public CaseService(Transactions transactions, AccessControl access, AuditLog audit, InputValidation validation,
      MonitoringPolicy policy, Clock clock, HistoryDetails details) {
    this.details = details;
    this.transactions = transactions;
    this.access = access;
    this.audit = audit;
    this.validation = validation;
    this.policy = policy;
    this.clock = clock;
  }

  /** Days of monitoring for a category in a unit, from the province's policy. */
  int durationDays(JurisdictionPath unit, CaseCategory category) {
    return policy.forUnit(unit).category(category).days();
  }

  /**
   * Registers a case from a quarantine decision. The case is ACTIVE if its period has begun in its zone, PENDING
   * otherwise; with no planned end, the category's duration applies.
   *
   * @param principal an enroller, monitor, supervisor or administrator whose scope holds the case's commune
   * @param newCase what the enroller typed from the decision
   * @return the registered case, PENDING or ACTIVE
   * @throws org.homewatch.AccessDeniedException if the responsible commune is outside the principal's scope
   * @throws ValidationException if the commune is not a known unit, the schedule is not in the policy, a date
   *     is outside {@link CaseLimits} (start within 30 days of today in the case's zone, at most the category's
   *     days and 30 more, no decision dated after today, a birth date neither in the future nor over 120 years
   *     ago), or the input is malformed
   * @throws DuplicateCaseException if the person (same person id, same national id, or same phone, name and
   *     birth date) has a case PENDING or ACTIVE, unless {@link NewCase#newQuarantineOfKnownPerson()} says this is
   *     a new quarantine; then, as for a person whose earlier case is closed, the new case links to it. A case
   *     outside the principal's scope is neither named in the refusal nor linked (the link would tell an
   *     enroller that the person was quarantined elsewhere); every match is audited under the matched case's unit
   * @throws org.homewatch.ConflictException if the person id already identifies a person with another name,
   *     birth date or national id
   */
  public IsolationCase register(Principal principal, NewCase newCase) {
    validation.check(newCase, "newCase");
    Registration registration = transactions.run(principal, Operation.REGISTER_CASE, tx -> {
      access.require(principal, Operation.REGISTER_CASE, newCase.responsibleUnit());
      PeopleUnits.require(tx, newCase.responsibleUnit(), "responsibleUnit");
      PeopleUnits.requireNoCommunesBelow(tx, newCase.person().home().commune(), "person.home.commune");
      newCase.scheduleId().ifPresent(id -> {
        if (policy.forUnit(newCase.responsibleUnit()).schedule(id).isEmpty()) {
          throw ValidationException.of("scheduleId", "homewatch.validation.schedule.unknown",
              "the monitoring policy has no schedule '" + id + "' for " + newCase.responsibleUnit());
        }
      });
      ZoneId zone = newCase.zone().orElse(IsolationCase.DEFAULT_ZONE);
      LocalDate today = LocalDate.now(clock.withZone(zone));
      CaseLimits.checkNew(newCase, today, durationDays(newCase.responsibleUnit(), newCase.category()));
      DuplicateCheck.Found found = DuplicateCheck.lookUp(tx, newCase);
      if (found.monitored().isPresent() && !newCase.newQuarantineOfKnownPerson()) {
        IsolationCase existing = found.monitored().get();
        boolean inScope = principal.covers(existing.responsibleUnit());
        // Committed with the refusal: the unit whose person was looked up sees who looked, from where.
        audit.record(tx, principal, "case.duplicate", "case", existing.id(), existing.responsibleUnit(),
            Map.of("how", found.how(), "actorScope", principal.scope().toString(),
                "named", Boolean.toString(inScope)));
        return new Registration(null, inScope ? new DuplicateCaseException(existing.id(), found.how())
            : DuplicateCaseException.elsewhere());
      }
      found.latest().filter(c -> !principal.covers(c.responsibleUnit())).ifPresent(c ->
          audit.record(tx, principal, "case.duplicate", "case", c.id(), c.responsibleUnit(),
              Map.of("how", found.how(), "actorScope", principal.scope().toString(), "named", "false")));
      Optional<CaseId> previous = found.latest().filter(c -> principal.covers(c.responsibleUnit()))
          .map(IsolationCase::id);
      LocalDate plannedEnd = newCase.plannedEnd()
          .orElse(newCase.start().plusDays(durationDays(newCase.responsibleUnit(), newCase.category()) - 1L));
      CaseStatus status = newCase.start().isAfter(today) ? CaseStatus.PENDING : CaseStatus.ACTIVE;
      CaseChange registered = details.change(clock.instant(), principal.account(), CaseChange.Kind.REGISTERED,
          Wording.text("history.registered", Map.of("decision", HistoryDetails.asWritten(newCase.decision().number()),
              "issued", HistoryDetails.dayOf(newCase.decision().issuedOn()),
              "status", Wording.text("caseStatus." + status.name()), "start", HistoryDetails.dayOf(newCase.start()),
              "end", HistoryDetails.dayOf(plannedEnd))));
      IsolationCase created = IsolationCase.builder().id(CaseId.random()).person(newCase.person())
          .category(newCase.category()).decision(newCase.decision())
          .period(CasePeriod.planned(newCase.start(), plannedEnd)).status(status)
          .responsibleUnit(newCase.responsibleUnit()).riskFactors(newCase.riskFactors()).zone(zone)
          .scheduleId(newCase.scheduleId()).householdHead(newCase.householdHead()).previousCase(previous)
          .history(List.of(registered)).createdAt(clock.instant()).build();
      tx.cases().insert(created);
      audit.record(tx, principal, Operation.REGISTER_CASE, "case", created.id(), created.responsibleUnit(),
          previous.isEmpty() ? Map.of("category", created.category().name(), "status", status.name())
              : Map.of("category", created.category().name(), "status", status.name(),
                  "previousCase", previous.get().toString()));
      return new Registration(created, null);
    });
    if (registration.refused() != null) {
      throw registration.refused();
    }
    return java.util.Objects.requireNonNull(registration.created());
  }

  /** A registration's outcome: a duplicate is refused after its audit record commits. */
  private record Registration(@Nullable IsolationCase created, @Nullable DuplicateCaseException refused) {}

  /**
   * One case with its personal data in full. Audited as a read of personal data.
   *
   * @param principal staff whose scope holds the case, or the citizen it is about
   * @param id the case
   * @return the case, unmasked
   * @throws NotFoundException if there is no such case
   * @throws org.homewatch.AccessDeniedException if it is outside the principal's scope (and not their own)
   */
  public IsolationCase get(Principal principal, CaseId id) {
    return transactions.run(principal, Operation.READ_CASE, tx -> {
      IsolationCase found = tx.cases().find(id).orElseThrow(() -> new NotFoundException("case", id));
      access.require(principal, Operation.READ_CASE, found);
      audit.record(tx, principal, Operation.READ_CASE, "case", id, found.responsibleUnit());
      return found;
    });
  }

  /**
   * A page of the line list inside the principal's scope (narrowed further by {@code query.scope()}), ordered by
   * case id. Names and phones are masked for everyone but health-station staff (MONITOR) and enrollers; a search by
   * name, phone or national id is open to everyone who may list the scope (a supervisor looking for a person called
   * in by a hospital gets the masked line) and is audited with its kind, never with what was typed.
   *
   * <p>"Today" for {@link CaseQuery#declaredToday} is the calendar day in {@link IsolationCase#DEFAULT_ZONE}, the
   * zone of the line list's dates. {@link CaseQuery#minimumMissedInARow} is judged per case with its own schedule
   * (the count the missed-declaration alerts use); the store narrows first to the scope, the other filters and
   * "not heard from since now", and core keeps the cases at or over the count, reading at most
   * {@value #MISSED_FILTER_ROUNDS} store pages for one page: a page may then hold fewer cases than asked and still
   * have a next cursor, which continues after the last case looked at.
   *
   * @param principal staff whose scope holds {@code query.scope()}
   * @param query the scope and filters
   * @param page where to start and how many
   * @return one page of summaries, masked for supervisors and administrators
   */
  public Page<CaseSummary> lineList(Principal principal, CaseQuery query, PageRequest page) {
    Arguments.required(query, "query");
    Arguments.required(page, "page");
    return transactions.run(principal, Operation.LIST_CASES, tx -> {
      access.require(principal, Operation.LIST_CASES, query.scope());
      boolean masked = !(principal.has(Role.MONITOR) || principal.has(Role.ENROLLER));
      Instant now = clock.instant();
      LocalDate today = LocalDate.ofInstant(now, IsolationCase.DEFAULT_ZONE);
      CaseQuery storeQuery = forStore(query, now, today);
      Page<IsolationCase> found = query.minimumMissedInARow() == 0 ? tx.cases().list(storeQuery, page)
          : missedAtLeast(tx, storeQuery, page, now);
      Page<CaseSummary> result = found.map(c -> CaseSummary.of(c, masked, today));
      Map<String, String> details = new java.util.TreeMap<>(Map.of("count",
          Integer.toString(result.items().size()), "masked", Boolean.toString(masked)));
      query.search().ifPresent(search -> details.put("search", search.kind().name()));
      audit.record(tx, principal, Operation.LIST_CASES, "case", "*", query.scope(), details);
      return result;
    });
  }

  /** Store pages one line-list page may read when filtering by missed slots in a row. */
  static final int MISSED_FILTER_ROUNDS = 20;

  /** The query with the staff's filters turned into bounds on the last declaration, which a store reads. */
  private static CaseQuery forStore(CaseQuery query, Instant now, LocalDate today) {
    Instant startOfToday = today.atStartOfDay(IsolationCase.DEFAULT_ZONE).toInstant();
    Optional<Instant> from = query.lastDeclaredFrom();
    Optional<Instant> before = query.lastDeclaredBefore();
    if (query.declaredToday().isPresent()) {
      if (query.declaredToday().get()) {
        from = Optional.of(from.filter(f -> f.isAfter(startOfToday)).orElse(startOfToday));
      } else {
        before = Optional.of(earlier(before, startOfToday));
      }
    }
    if (query.minimumMissedInARow() > 0) {
      // A missed slot opened after the last declaration and is over by now: the last declaration is before now.
      before = Optional.of(earlier(before, now));
    }
    return query.withLastDeclared(from, before);
  }

  private static Instant earlier(Optional<Instant> bound, Instant other) {
    return bound.filter(b -> b.isBefore(other)).orElse(other);
  }

  private Page<IsolationCase> missedAtLeast(org.homewatch.spi.storage.StorageTransaction tx, CaseQuery query,
      PageRequest page, Instant now) {
    List<IsolationCase> kept = new java.util.ArrayList<>();
    Optional<String> after = page.after();
    for (int round = 0; round < MISSED_FILTER_ROUNDS; round++) {
      Page<IsolationCase> read = tx.cases().list(query, new PageRequest(after, page.limit() - kept.size()));
      for (IsolationCase c : read.items()) {
        if (missedInARow(c, now) >= query.minimumMissedInARow()) {
          kept.add(c);
        }
      }
      after = read.next();
      if (after.isEmpty() || kept.size() == page.limit()) {
        break;
      }
    }
    return new Page<>(kept, after);
  }

  /** Slots missed since the case was last heard from, as {@link org.homewatch.core.schedule.Compliance} counts. */
  private int missedInARow(IsolationCase c, Instant now) {
    SlotCalendar calendar = SlotCalendar.forCase(c, policy.forUnit(c.responsibleUnit()).scheduleFor(c));
    Instant after = c.monitoring().lastDeclaredAt().orElse(calendar.start().minusSeconds(1));
    return calendar.overSince(after, now).size();
  }
}
