package org.homewatch.core.declarations;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homewatch.ConflictException;
import org.homewatch.HomewatchException;
import org.homewatch.NotFoundException;
import org.homewatch.ValidationException;
import org.homewatch.core.access.AccessControl;
import org.homewatch.core.access.Operation;
import org.homewatch.core.alerts.CaseAlerts;
import org.homewatch.core.audit.AuditLog;
import org.homewatch.core.internal.Arguments;
import org.homewatch.core.internal.InputValidation;
import org.homewatch.core.internal.Transactions;
import org.homewatch.core.rules.CaseFacts;
import org.homewatch.core.rules.RuleSet;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertKind;
import org.homewatch.model.AssessedDeclaration;
import org.homewatch.model.Assessment;
import org.homewatch.model.CaseId;
import org.homewatch.model.Declaration;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NewDeclaration;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Principal;
import org.homewatch.model.Severity;
import org.homewatch.spi.storage.InsertOutcome;
import org.homewatch.spi.storage.StorageTransaction;

/**
 * Submitting health declarations. One submission is one transaction: the declaration, its assessment, the case's
 * monitoring summary, the alert it opens or raises and the notifications to send are written together or not at
 * all. Thread-safe.
 */
public final class DeclarationService {
  private static final int MAX_HISTORY = 500;
  /** Enough for a household declaring all at once; a case is not written by dozens of writers at the same time. */
  private static final int ATTEMPTS = 10;

  private final Transactions transactions;
  private final AccessControl access;
  private final AuditLog audit;
  private final InputValidation validation;
  private final RuleSet rules;
  private final CaseAlerts alerts;
  private final Clock clock;
  private final BatchSubmission batches;

  public DeclarationService(Transactions transactions, AccessControl access, AuditLog audit,
      InputValidation validation, RuleSet rules, CaseAlerts alerts, Clock clock) {
    this.transactions = transactions;
    this.access = access;
    this.audit = audit;
    this.validation = validation;
    this.rules = rules;
    this.alerts = alerts;
    this.clock = clock;
    this.batches = new BatchSubmission(transactions, access, audit, validation, rules, alerts, clock);
  }

  /**
   * Submits a declaration for a case, as the person (SELF), their household head (PROXY) or health-station staff
   * (STAFF). Submitting an id again returns the first result and stores nothing.
   *
   * @throws NotFoundException if the case does not exist
   * @throws org.homewatch.AccessDeniedException if the principal may not declare for this case
   * @throws ValidationException if a value is implausible or the observation time is off
   * @throws ConflictException if the case is not being monitored (pending or closed)
   */
  public SubmissionResult submit(Principal principal, NewDeclaration input) {
    validation.check(input, "input");
    Declarations.checkSymptoms(input, rules);
    // Two declarations of one case at once (the person and their household head, a double tap on a slow network)
    // race for the case's summary; the loser's transaction rolls back and runs again on the winner's state.
    // Submission is idempotent, so running it again is always safe.
    for (int attempt = 1; ; attempt++) {
      try {
        return submitOnce(principal, input);
      } catch (ConflictException raced) {
        if (attempt == ATTEMPTS) {
          throw raced;
        }
        backOff(attempt);
      }
    }
  }

  /** A short random pause, growing with the attempts, so that racing writers of one case fall out of step. */
  static void backOff(int attempt) {
    try {
      Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 2L << Math.min(attempt, 6)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConflictException("interrupted while retrying a conflicting submission");
    }
  }

  private SubmissionResult submitOnce(Principal principal, NewDeclaration input) {
    return transactions.run(principal, "declaration.submit", tx -> {
      IsolationCase isolationCase = tx.cases().find(input.caseId())
          .orElseThrow(() -> new NotFoundException("case", input.caseId()));
      access.require(principal, Operation.DECLARE, isolationCase);

      Instant now = clock.instant();
      try {
        Declarations.checkObservationTime(input.observedAt(), now, isolationCase);
        if (!isolationCase.status().isMonitored()) {
          throw new ConflictException("case " + isolationCase.id() + " is " + isolationCase.status()
              + " and takes no declarations");
        }
      } catch (HomewatchException refused) {
        // A retry of a declaration stored before its case closed (or before its time passed) still gets its first
        // result. Only a refusal looks: an accepted retry is caught by the insert below, which saves a query on
        // every submission.
        Optional<AssessedDeclaration> earlier = tx.declarations().find(input.caseId(), input.id());
        if (earlier.isPresent()) {
          return duplicate(earlier.get());
        }
        throw refused;
      }
      Declaration declaration = input.stamped(now, Declarations.submitter(principal, isolationCase));
      Assessment assessment = assess(tx, declaration, isolationCase, now);
      if (tx.declarations().insert(new AssessedDeclaration(declaration, assessment)) == InsertOutcome.ALREADY_PRESENT) {
        // Lost a race with a concurrent retry of the same id: theirs is the first submission.
        return duplicate(tx.declarations().find(input.caseId(), input.id()).orElseThrow());
      }
      IsolationCase updated = isolationCase.withMonitoring(
          isolationCase.monitoring().with(declaration.observedAt(), assessment.severity()));
      tx.cases().updateMonitoringAll(List.of(updated));

      List<Alert> raised = new ArrayList<>(1);
      for (AlertKind kind : List.of(AlertKind.HEALTH, AlertKind.OFF_SITE)) {
        Severity severity = assessment.severityOf(kind);
        if (severity != Severity.NORMAL) {
          alerts.raise(tx, updated, kind, severity, alerts.summarize(assessment, kind), Optional.of(declaration.id()), now)
              .filter(CaseAlerts.Outcome::notified)
              .ifPresent(outcome -> raised.add(outcome.alert()));
        }
      }
      audit.record(tx, principal, "declaration.submit", "declaration", declaration.id(),
          isolationCase.responsibleUnit(), Map.of("case", isolationCase.id().toString(),
              "severity", assessment.severity().name(), "submittedBy", declaration.submittedBy().kind().name()));
      return new SubmissionResult(declaration, assessment, false, raised);
    });
  }

  /**
   * A case's declarations with their assessments, newest first. Health data: audited.
   */
  public Page<AssessedDeclaration> history(Principal principal, CaseId caseId, PageRequest page) {
    Arguments.required(caseId, "caseId");
    Arguments.required(page, "page");
    return transactions.run(principal, "declaration.list", tx -> {
      IsolationCase isolationCase = tx.cases().find(caseId).orElseThrow(() -> new NotFoundException("case", caseId));
      access.require(principal, Operation.READ_DECLARATIONS, isolationCase);
      Page<AssessedDeclaration> result = tx.declarations().listForCase(caseId, page);
      audit.record(tx, principal, "declaration.list", "case", caseId, isolationCase.responsibleUnit(),
          Map.of("count", Integer.toString(result.items().size())));
      return result;
    });
  }

  /**
   * Submits a batch (an organisation uploading a day's declarations, an app syncing after being offline) in one
   * transaction per batch with batched statements. A declaration that fails (bad time, unknown case, not the
   * caller's, case not monitored) is reported by its index and does not sink the others.
   */
  public BatchResult submitAll(Principal principal, List<NewDeclaration> inputs) {
    Arguments.required(principal, "principal");
    Arguments.elements(inputs, "inputs");
    return batches.submit(principal, inputs);
  }

  private Assessment assess(StorageTransaction tx, Declaration declaration, IsolationCase c, Instant now) {
    CaseFacts facts = CaseFacts.of(c, LocalDate.ofInstant(declaration.observedAt(), c.zone()));
    List<Declaration> history = List.of();
    // most declarations (no fever, a normal SpO2) cannot fire a trend rule: they need no history read
    if (rules.readsHistory(declaration, facts)) {
      history = tx.declarations()
          .observedBetween(c.id(), declaration.observedAt().minus(rules.historyWindow()), declaration.observedAt(),
              MAX_HISTORY)
          .stream().map(AssessedDeclaration::declaration).toList();
    }
    return rules.assess(declaration, facts, history, now);
  }

  private static SubmissionResult duplicate(AssessedDeclaration earlier) {
    return new SubmissionResult(earlier.declaration(), earlier.assessment(), true, List.of());
  }
}
