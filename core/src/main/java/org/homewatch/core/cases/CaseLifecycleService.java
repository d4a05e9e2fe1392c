package org.homewatch.core.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.homewatch.ConflictException;
import org.homewatch.NotFoundException;
import org.homewatch.ValidationException;
import org.homewatch.core.access.AccessControl;
import org.homewatch.core.access.Operation;
import org.homewatch.core.directory.PeopleUnits;
import org.homewatch.core.alerts.CaseAlerts;
import org.homewatch.core.audit.AuditLog;
import org.homewatch.core.cases.internal.CaseLimits;
import org.homewatch.core.internal.Arguments;
import org.homewatch.core.internal.Transactions;
import org.homewatch.core.feedback.CaseFeedback;
import org.homewatch.core.notify.HistoryDetails;
import org.homewatch.core.schedule.Compliance;
import org.homewatch.core.schedule.DailyCompliance;
import org.homewatch.core.schedule.ScheduleService;
import org.homewatch.core.schedule.SlotCalendar;
import org.homewatch.core.schedule.TimedDeclaration;
import org.homewatch.core.schedule.CasesByCommune;
import org.homewatch.model.AlertKind;
import org.homewatch.model.AlertOutcome;
import org.homewatch.model.AssessedDeclaration;
import org.homewatch.model.CaseChange;
import org.homewatch.model.CaseId;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Principal;
import org.homewatch.model.Wording;
import org.homewatch.spi.storage.StorageTransaction;

/**
 * The life of a case after registration, along {@link CaseLifecycle}: activation when the period begins,
 * completion at its end, escalation, transfer, cancellation, and moving the planned end. Every change carries
 * the version the caller read ({@link ConflictException} if the case changed since), is recorded in the case
 * history with who, when and why, and is audited. Thread-safe.
 */
public final class CaseLifecycleService {
  private final Transactions transactions;
  private final AccessControl access;
  private final AuditLog audit;
  private final ScheduleService schedules;
  private final CaseAlerts openAlerts;
  private final Clock clock;
  private final HistoryDetails details;

  /**
   * Wired by {@code Homewatch}'s builder; integrators reach it through {@code Homewatch.lifecycle()}.
   *
   * @param transactions runs each operation in a transaction with its access check
   * @param access decides who may do what, where
   * @param audit records the changes
   * @param schedules tells whether a case's last day was kept, for completion
   * @param openAlerts settles and moves the case's alerts
   * @param clock the time
   * @param details the words of case history entries
   */
  public CaseLifecycleService(Transactions transactions, AccessControl access, AuditLog audit,
      ScheduleService schedules, CaseAlerts openAlerts, Clock clock, HistoryDetails details) {
    this.details = details;
    this.transactions = transactions;
    this.access = access;
    this.audit = audit;
    this.schedules = schedules;
    this.openAlerts = openAlerts;
    this.clock = clock;
  }

  /**
   * Moves the planned end (an extension when a test came back positive or a visit was not cooperative, a
   * shortening when the rules changed). The previous end stays in the history.
   *
   * @param principal staff (monitor, supervisor or administrator) whose scope holds the case
   * @param id the case
   * @param expectedVersion the version the caller saw
   * @param newEnd the new last day
   * @param reason why, for the history; not blank
   * @return the case, one version on
   * @throws ValidationException if the reason is blank, the new end is before the start, or the period would be
   *     longer than the category's days and {@link CaseLimits#EXTENSION_MARGIN_DAYS} more
   * @throws ConflictException if the case is closed or changed since {@code expectedVersion}
   */
  public IsolationCase changePlannedEnd(Principal principal, CaseId id, long expectedVersion, LocalDate newEnd,
      String reason) {
    requireReason(reason);
    Arguments.required(newEnd, "plannedEnd");
    return change(principal, id, expectedVersion, Operation.CHANGE_CASE_PERIOD, (tx, c, now) -> {
      if (!CaseLifecycle.allowsPeriodChange(c.status())) {
        throw new ConflictException("case " + id + " is " + c.status() + "; its period can no longer change");
      }
      if (newEnd.isBefore(c.period().start())) {
        throw ValidationException.of("plannedEnd", "homewatch.validation.period",
            "the planned end " + newEnd + " is before the start " + c.period().start());
      }
      CaseLimits.checkPlannedEnd(c.period().start(), newEnd,
          schedules.policy().forUnit(c.responsibleUnit()).category(c.category()).days());
      LocalDate previous = c.period().plannedEnd();
      CaseChange.Kind kind = newEnd.isAfter(previous) ? CaseChange.Kind.PERIOD_EXTENDED
          : CaseChange.Kind.PERIOD_SHORTENED;
      return c.withPlannedEnd(newEnd, details.change(now, principal.account(), kind,
          Wording.text("history.plannedEnd", Map.of("from", HistoryDetails.dayOf(previous),
              "to", HistoryDetails.dayOf(newEnd), "reason", HistoryDetails.asWritten(reason.strip())))));
    });
  }

  /**
   * The person went to a hospital or a facility: home monitoring ends, open alerts are settled so.
   *
   * @param principal staff (monitor, supervisor or administrator) whose scope holds the case
   * @param id the case
   * @param expectedVersion the version the caller saw
   * @param destination where the person went, for the history; not blank
   * @return the escalated case
   */
  public IsolationCase escalate(Principal principal, CaseId id, long expectedVersion, String destination) {
    requireReason(destination);
    return close(principal, id, expectedVersion, Operation.ESCALATE_CASE, CaseStatus.ESCALATED,
        CaseChange.Kind.ESCALATED, destination, AlertOutcome.TRANSFERRED_TO_HOSPITAL);
  }

  /**
   * The case was entered in error. Open alerts are closed with it.
   *
   * @param principal staff (monitor, supervisor or administrator) whose scope holds the case
   * @param id the case
   * @param expectedVersion the version the caller saw
   * @param reason why, for the history; not blank
   * @return the cancelled case
   */
  public IsolationCase cancel(Principal principal, CaseId id, long expectedVersion, String reason) {
    requireReason(reason);
    return close(principal, id, expectedVersion, Operation.CANCEL_CASE, CaseStatus.CANCELLED,
        CaseChange.Kind.CANCELLED, reason, AlertOutcome.CASE_CLOSED);
  }

  /**
   * Completes a case by hand after review (its period has ended; the automatic completion flagged it because a
   * declaration was missing or an alert open). Alerts still open are closed with it.
   *
   * @param principal staff (monitor, supervisor or administrator) whose scope holds the case
   * @param id the case
   * @param expectedVersion the version the caller saw
   * @param note what was decided, for the history; not blank
   * @return the completed case
   */
  public IsolationCase complete(Principal principal, CaseId id, long expectedVersion, String note) {
    requireReason(note);
    return close(principal, id, expectedVersion, Operation.COMPLETE_CASE, CaseStatus.COMPLETED,
        CaseChange.Kind.COMPLETED, note, AlertOutcome.CASE_CLOSED);
  }

  /**
   * Hands a case to another commune. If this deployment knows the commune, monitoring continues there: the case
   * stays ACTIVE (or PENDING) with the new responsible unit, its history keeps the old one, and its open alerts
   * follow, addressed to the new commune's staff (who are notified). If the commune lies outside this deployment
   * (another province's system), the case becomes TRANSFERRED and closes here (the record stays with the old
   * commune, the destination in its history), and its open alerts are closed.
   *
   * @param principal staff (monitor, supervisor or administrator) whose scope holds both communes (or the case's,
   *     for a move out of the deployment)
   * @param id the case
   * @param expectedVersion the version the caller saw
   * @param newUnit the commune that answers for the case from now on
   * @param reason why, for the history; not blank
   * @return the moved (or transferred and closed) case
   */
  public IsolationCase transfer(Principal principal, CaseId id, long expectedVersion, JurisdictionPath newUnit,
      String reason) {
    requireReason(reason);
    if (!Arguments.required(newUnit, "responsibleUnit").holdsPeople()) {
      throw ValidationException.of("responsibleUnit", "homewatch.validation.case.unit",
          "a case is the responsibility of a commune (or of a district without communes), was " + newUnit);
    }
    return change(principal, id, expectedVersion, Operation.TRANSFER_CASE, (tx, c, now) -> {
      if (newUnit.equals(c.responsibleUnit())) {
        throw ValidationException.of("responsibleUnit", "homewatch.validation.case.sameUnit",
            "case " + id + " is already the responsibility of " + newUnit);
      }
      Wording from = HistoryDetails.unitOf(tx, c.responsibleUnit());
      if (tx.jurisdictions().find(newUnit).isEmpty()) {
        // a unit this deployment does not know is named by its full code, for whoever takes the case there
        Wording detail = Wording.text("history.transferredOut", Map.of("from", from,
            "to", Wording.literal(newUnit.toString()), "reason", HistoryDetails.asWritten(reason.strip())));
        CaseLifecycle.requireAllowed(id, c.status(), CaseStatus.TRANSFERRED);
        // The record stays with the commune that had it: nobody in this deployment could see it under a unit it
        // does not know. The destination is in the history.
        IsolationCase closed = c.closed(CaseStatus.TRANSFERRED, endDay(c, now), details.change(now,
            principal.account(), CaseChange.Kind.TRANSFERRED, detail));
        openAlerts.resolveAll(tx, principal, c, AlertOutcome.CASE_CLOSED,
            Wording.text("history.caseTransferredOut", Map.of("detail", detail)), now);
        return closed;
      }
      if (c.status().isClosed()) {
        throw new ConflictException("case " + id + " is " + c.status() + " and can no longer be transferred");
      }
      PeopleUnits.requireNoCommunesBelow(tx, newUnit, "responsibleUnit");
      IsolationCase moved = c.transferredTo(newUnit, details.change(now, principal.account(),
          CaseChange.Kind.TRANSFERRED, Wording.text("history.transferred", Map.of("from", from,
              "to", HistoryDetails.unitOf(tx, newUnit), "reason", HistoryDetails.asWritten(reason.strip())))));
      openAlerts.follow(tx, principal, moved, now);
      CaseFeedback.follow(tx, moved);
      return moved;
    });
  }

  /**
   * One batch: PENDING cases in scope whose period has begun in their zone become ACTIVE.
   *
   * @param principal the system or an administrator, whose scope is walked
   * @param page the cursor of the previous batch and the batch size
   * @return what the batch did
   */
  public LifecycleReport activateDue(Principal principal, PageRequest page) {
    Arguments.required(principal, "principal");
    Arguments.required(page, "page");
    transactions.check(principal, Operation.ACTIVATE_DUE_CASES,
        () -> access.require(principal, Operation.ACTIVATE_DUE_CASES, principal.scope()));
    return batch(principal, page, CaseStatus.PENDING, Operation.ACTIVATE_DUE_CASES, (tx, c, now) -> {
      if (c.period().start().isAfter(today(c, now))) {
        return Step.NONE;
      }
      CaseLifecycle.requireAllowed(c.id(), c.status(), CaseStatus.ACTIVE);
      tx.cases().update(c.activated(details.change(now, principal.account(), CaseChange.Kind.ACTIVATED,
          Wording.text("history.activated", Map.of("start", HistoryDetails.dayOf(c.period().start()))))));
      return Step.CHANGED;
    });
  }

  /**
   * One batch of completion: an ACTIVE case whose last day is over (the grace of its last slot has ended)
   * completes on its own if every slot of its last day was fulfilled and no alert is open; otherwise it is
   * flagged for review once (a {@code REVIEW_NEEDED} entry in its history) and a supervisor completes it with
   * {@link #complete}, extends it, or escalates it.
   *
   * @param principal the system or an administrator, whose scope is walked
   * @param page the cursor of the previous batch and the batch size
   * @return what the batch did
   */
  public LifecycleReport completeDue(Principal principal, PageRequest page) {
    Arguments.required(principal, "principal");
    Arguments.required(page, "page");
    transactions.check(principal, Operation.COMPLETE_DUE_CASES,
        () -> access.require(principal, Operation.COMPLETE_DUE_CASES, principal.scope()));
    return batch(principal, page, CaseStatus.ACTIVE, Operation.COMPLETE_DUE_CASES, (tx, c, now) -> {
      SlotCalendar calendar = SlotCalendar.forCase(c, schedules.scheduleOf(c));
      // The planned end, unless the stored period is longer than any calendar (SlotCalendar.MAX_DAYS).
      LocalDate lastDay = calendar.lastDay();
      var lastSlots = calendar.slotsOn(lastDay);
      // No slot on the last day: it ended before the case was registered; the period is over when the day is.
      Instant over = lastSlots.isEmpty() ? calendar.end() : lastSlots.get(lastSlots.size() - 1).graceEnds();
      if (now.isBefore(over)) {
        return Step.NONE;
      }
      List<TimedDeclaration> declarations = tx.declarations().observedBetween(c.id(),
          calendar.start(), over, 5000).stream()
          .map(AssessedDeclaration::declaration).map(TimedDeclaration::of).toList();
      DailyCompliance last = Compliance.of(calendar, declarations, now).on(lastDay).orElseThrow();
      List<AlertKind> open = openAlerts.kindsOpen(tx, c);
      if (last.fulfilled() == last.expected() && open.isEmpty()) {
        CaseLifecycle.requireAllowed(c.id(), c.status(), CaseStatus.COMPLETED);
        tx.cases().update(c.closed(CaseStatus.COMPLETED, lastDay, details.change(now, principal.account(),
            CaseChange.Kind.COMPLETED,
            Wording.text("history.completed", Map.of("end", HistoryDetails.dayOf(lastDay))))));
        return Step.CHANGED;
      }
      boolean alreadyFlagged = !c.history().isEmpty()
          && c.history().get(c.history().size() - 1).kind() == CaseChange.Kind.REVIEW_NEEDED;
      if (!alreadyFlagged) {
        tx.cases().update(c.noted(details.change(now, principal.account(), CaseChange.Kind.REVIEW_NEEDED,
            Wording.text(open.isEmpty() ? "history.reviewNeeded" : "history.reviewNeeded.alerts", Map.of(
                "end", HistoryDetails.dayOf(lastDay), "fulfilled", Wording.literal(Integer.toString(last.fulfilled())),
                "expected", Wording.literal(Integer.toString(last.expected())), "kinds", HistoryDetails.list(
                    open.stream().map(k -> Wording.text("alertKind." + k.name())).toList()))))));
        audit.record(tx, principal, "case.review", "case", c.id(), c.responsibleUnit(),
            Map.of("fulfilled", Integer.toString(last.fulfilled()), "expected", Integer.toString(last.expected())));
      }
      return Step.FLAGGED;
    });
  }

  private IsolationCase close(Principal principal, CaseId id, long expectedVersion, Operation operation,
      CaseStatus to, CaseChange.Kind kind, String reason, AlertOutcome outcome) {
    return change(principal, id, expectedVersion, operation,
        (tx, c, now) -> {
          CaseLifecycle.requireAllowed(id, c.status(), to);
          // the reason alone, as staff typed it: it reads the same in every language
          IsolationCase closed = c.closed(to, endDay(c, now), details.change(now, principal.account(), kind,
              HistoryDetails.asWritten(reason.strip())));
          openAlerts.resolveAll(tx, principal, c, outcome, Wording.text("history.caseClosed",
              Map.of("change", Wording.text("caseChange." + kind.name()),
                  "reason", HistoryDetails.asWritten(reason.strip()))), now);
          return closed;
        });
  }

  private interface Change {
    IsolationCase apply(StorageTransaction tx, IsolationCase current, Instant now);
  }

  private IsolationCase change(Principal principal, CaseId id, long expectedVersion, Operation operation,
      Change change) {
    return transactions.run(principal, operation, tx -> {
      IsolationCase c = tx.cases().find(id).orElseThrow(() -> new NotFoundException("case", id));
      access.require(principal, operation, c);
      if (c.version() != expectedVersion) {
        throw ConflictException.staleVersion("case", id, expectedVersion, c.version());
      }
      Instant now = clock.instant();
      IsolationCase changed = change.apply(tx, c, now);
      tx.cases().update(changed);
      audit.record(tx, principal, operation, "case", id, c.responsibleUnit(),
          Map.of("status", changed.status().name(), "unit", changed.responsibleUnit().toString()));
      return changed;
    });
  }

  private enum Step {
    NONE,
    CHANGED,
    FLAGGED
  }

  private interface BatchStep {
    Step apply(StorageTransaction tx, IsolationCase c, Instant now);
  }

  private LifecycleReport batch(Principal principal, PageRequest page, CaseStatus status, Operation operation,
      BatchStep step) {
    Instant now = clock.instant();
    Page<IsolationCase> cases = transactions.storage()
        .inTransaction(tx -> CasesByCommune.page(tx, principal.scope(), status, page));
    List<CaseId> changed = new ArrayList<>();
    List<CaseId> flagged = new ArrayList<>();
    for (IsolationCase listed : cases.items()) {
      try {
        Step done = transactions.run(principal, operation, tx -> {
          IsolationCase c = tx.cases().find(listed.id()).orElse(listed);
          if (c.status() != status) {
            return Step.NONE;
          }
          Step result = step.apply(tx, c, now);
          if (result == Step.CHANGED) {
            audit.record(tx, principal, operation, "case", c.id(), c.responsibleUnit());
          }
          return result;
        });
        if (done == Step.CHANGED) {
          changed.add(listed.id());
        } else if (done == Step.FLAGGED) {
          flagged.add(listed.id());
        }
      } catch (ConflictException raced) {
        // Changed meanwhile (a declaration, another node): the next batch sees it again.
      }
    }
    return new LifecycleReport(cases.items().size(), changed, flagged, cases.next());
  }

  /** The actual end of a case closed now: today, or its start if it closes before it began. */
  private static LocalDate endDay(IsolationCase c, Instant now) {
    LocalDate today = today(c, now);
    return today.isBefore(c.period().start()) ? c.period().start() : today;
  }

  private static LocalDate today(IsolationCase c, Instant now) {
    return LocalDate.ofInstant(now, c.zone());
  }

  private static void requireReason(String reason) {
    Arguments.text(reason, "reason", 1000);
  }
}
