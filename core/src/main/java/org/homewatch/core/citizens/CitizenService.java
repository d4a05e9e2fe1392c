package org.homewatch.core.citizens;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.homewatch.AccessDeniedException;
import org.homewatch.NotFoundException;
import org.homewatch.core.access.AccessControl;
import org.homewatch.core.access.Operation;
import org.homewatch.core.audit.AuditLog;
import org.homewatch.core.internal.Arguments;
import org.homewatch.core.internal.Transactions;
import org.homewatch.core.schedule.DeclarationMatcher;
import org.homewatch.core.schedule.ScheduleService;
import org.homewatch.core.schedule.Slot;
import org.homewatch.core.schedule.SlotCalendar;
import org.homewatch.core.schedule.SlotFulfilment;
import org.homewatch.core.schedule.TimedDeclaration;
import org.homewatch.model.AssessedDeclaration;
import org.homewatch.model.CaseChange;
import org.homewatch.model.CaseId;
import org.homewatch.model.Feedback;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.PersonId;
import org.homewatch.model.Principal;
import org.homewatch.spi.storage.StorageTransaction;

/**
 * What a citizen sees of their own monitoring: their cases and their household's, today's declaration windows, and
 * their feedback with the station's replies. Every method takes a citizen principal (from
 * {@code homewatch.principals().resolve(..)}) and shows only cases whose person it is or whose household it heads;
 * anyone else's case is an {@link AccessDeniedException}, audited. Each case read is audited. Thread-safe.
 */
public final class CitizenService {
  /** More feedback than this about one case is not one person writing; the view reads no further. */
  static final int MAX_FEEDBACK = 200;
  /** More declarations than this in two days is not one person declaring; today's view reads no further. */
  private static final int MAX_DECLARATIONS = 500;

  private static final Set<CaseChange.Kind> CLOSING = EnumSet.of(CaseChange.Kind.COMPLETED,
      CaseChange.Kind.CANCELLED, CaseChange.Kind.ESCALATED, CaseChange.Kind.TRANSFERRED);

  private final Transactions transactions;
  private final AccessControl access;
  private final AuditLog audit;
  private final ScheduleService schedule;
  private final Clock clock;

  /**
   * Built by {@code Homewatch} only.
   *
   * @param transactions runs each call in one transaction
   * @param access checks the principal against each case
   * @param audit where reads are recorded
   * @param schedule gives each case's declaration schedule
   * @param clock the only source of time
   */
  public CitizenService(Transactions transactions, AccessControl access, AuditLog audit, ScheduleService schedule,
      Clock clock) {
    this.transactions = transactions;
    this.access = access;
    this.audit = audit;
    this.schedule = schedule;
    this.clock = clock;
  }

  /**
   * The citizen's own cases, then those of the household they head, each once, by case id within each group.
   *
   * @param citizen a citizen principal with a person
   * @return the cases, closed ones included
   * @throws AccessDeniedException if the principal is not a citizen with a person
   */
  public List<CitizenCase> cases(Principal citizen) {
    PersonId person = personOf(citizen, Operation.READ_OWN_CASES);
    return transactions.run(citizen, Operation.READ_OWN_CASES, tx -> {
      Map<CaseId, CitizenCase> cases = new LinkedHashMap<>();
      tx.cases().findByPerson(person).forEach(c -> cases.put(c.id(), CitizenCase.of(c, true)));
      tx.cases().findByHouseholdHead(person).forEach(c -> cases.putIfAbsent(c.id(), CitizenCase.of(c, false)));
      for (CitizenCase c : cases.values()) {
        audit.record(tx, citizen, Operation.READ_OWN_CASES, "case", c.id(), c.responsibleUnit(),
            Map.of("own", Boolean.toString(c.own())));
      }
      return List.copyOf(cases.values());
    });
  }

  /**
   * Today's declaration windows of a case the citizen acts for, in the case's zone, as of now. A closed case shows
   * only the windows that opened before it closed, judged as of its closing, and none is open.
   *
   * @param citizen a citizen principal
   * @param caseId their case or a household member's
   * @return the windows with what is open, due and missed
   * @throws AccessDeniedException if the case is neither theirs nor their household's
   * @throws NotFoundException if there is no such case
   */
  public TodaySchedule today(Principal citizen, CaseId caseId) {
    Arguments.required(caseId, "caseId");
    return transactions.run(citizen, Operation.READ_TODAY, tx -> {
      IsolationCase c = actedFor(tx, citizen, caseId, Operation.READ_TODAY);
      Instant now = clock.instant();
      ZoneId zone = c.zone();
      LocalDate today = LocalDate.ofInstant(now, zone);
      SlotCalendar calendar = SlotCalendar.forCase(c, schedule.scheduleOf(c));
      // Yesterday's last window may still be in grace this morning: match both days, show today's.
      List<Slot> slots = new ArrayList<>(calendar.slotsOn(today.minusDays(1)));
      slots.addAll(calendar.slotsOn(today));
      // A closed case expects nothing after it closed: the slots it still shows are judged as of its closing, so one
      // that was running then stays pending and none is open for a declaration that would be refused.
      Optional<Instant> closedAt = closedAt(c);
      Instant asOf = closedAt.filter(now::isAfter).orElse(now);
      slots.removeIf(s -> !calendar.expects(s) || closedAt.map(t -> !s.opens().isBefore(t)).orElse(false));
      List<TimedDeclaration> declarations = tx.declarations().observedBetween(caseId,
              today.minusDays(1).atStartOfDay(zone).toInstant(), today.plusDays(1).atStartOfDay(zone).toInstant(),
              MAX_DECLARATIONS)
          .stream().map(AssessedDeclaration::declaration).map(TimedDeclaration::of).toList();
      List<TodaySlot> shown = new ArrayList<>();
      for (SlotFulfilment f : DeclarationMatcher.match(slots, declarations, asOf).slots()) {
        Slot s = f.slot();
        if (s.localDate().equals(today)) {
          shown.add(new TodaySlot(s.window(), s.opens(), s.closes(), s.graceEnds(),
              s.opens().atZone(zone).toLocalTime(), s.closes().atZone(zone).toLocalTime(), f.status(),
              closedAt.isEmpty() && s.isOpenAt(now)));
        }
      }
      audit.record(tx, citizen, Operation.READ_TODAY, "case", caseId, c.responsibleUnit(),
          Map.of("declarations", Integer.toString(declarations.size())));
      return new TodaySchedule(caseId, today, zone, now, shown);
    });
  }

  /**
   * The feedback about a case the citizen acts for, with every reply, oldest first (at most 200).
   *
   * @param citizen a citizen principal
   * @param caseId their case or a household member's
   * @return the feedback and its threads
   * @throws AccessDeniedException if the case is neither theirs nor their household's
   * @throws NotFoundException if there is no such case
   */
  public List<Feedback> feedback(Principal citizen, CaseId caseId) {
    Arguments.required(caseId, "caseId");
    return transactions.run(citizen, Operation.READ_OWN_FEEDBACK, tx -> {
      IsolationCase c = actedFor(tx, citizen, caseId, Operation.READ_OWN_FEEDBACK);
      List<Feedback> feedback = tx.feedback().forCase(caseId, MAX_FEEDBACK);
      audit.record(tx, citizen, Operation.READ_OWN_FEEDBACK, "case", caseId, c.responsibleUnit(),
          Map.of("count", Integer.toString(feedback.size())));
      return feedback;
    });
  }

  /** When a closed case closed: its latest closing change. */
  private static Optional<Instant> closedAt(IsolationCase c) {
    if (!c.status().isClosed()) {
      return Optional.empty();
    }
    return c.history().stream().filter(h -> CLOSING.contains(h.kind())).map(CaseChange::at)
        .max(Comparator.naturalOrder());
  }

  private IsolationCase actedFor(StorageTransaction tx, Principal citizen, CaseId caseId, Operation operation) {
    IsolationCase c = tx.cases().find(caseId).orElseThrow(() -> new NotFoundException("case", caseId));
    access.require(citizen, operation, c);
    if (!AccessControl.actsForPerson(citizen, c)) {
      // staff roles that also hold CITIZEN pass the scope check above; these views are the person's own only
      throw new AccessDeniedException(citizen.account() + " may not " + operation.auditAction() + " for case "
          + caseId + ": it is neither their case nor one of their household", c.responsibleUnit());
    }
    return c;
  }

  private PersonId personOf(Principal citizen, Operation operation) {
    Arguments.required(citizen, "principal");
    transactions.check(citizen, operation, () -> access.requireRole(citizen, operation));
    return citizen.person().orElseThrow(() -> {
      AccessDeniedException denied = new AccessDeniedException(citizen.account() + " has no person: only a "
          + "citizen linked to a person has cases of their own", citizen.scope());
      transactions.auditRefusal(citizen, operation, denied);
      return denied;
    });
  }
}
