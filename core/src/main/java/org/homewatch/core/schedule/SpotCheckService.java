package org.homewatch.core.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homewatch.ConflictException;
import org.homewatch.NotFoundException;
import org.homewatch.core.access.AccessControl;
import org.homewatch.core.access.Operation;
import org.homewatch.core.alerts.CaseAlerts;
import org.homewatch.core.audit.AuditLog;
import org.homewatch.core.internal.Arguments;
import org.homewatch.core.internal.Transactions;
import org.homewatch.core.schedule.internal.PersonMessages;
import org.homewatch.model.AlertKind;
import org.homewatch.model.AssessedDeclaration;
import org.homewatch.model.CaseChange;
import org.homewatch.model.CaseId;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.Declaration;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.model.PresenceCheck;
import org.homewatch.model.Principal;
import org.homewatch.model.Severity;
import org.homewatch.spi.storage.StorageTransaction;

/**
 * Spot checks (VHD's surprise checks): staff ask a person for an immediate check-in, a declaration with location
 * and a passed presence (face) check; the person is messaged through the outbox. If none arrives within the
 * province's {@code spotCheckAnswerWithin}, or the presence check failed, a {@code PRESENCE_FAILED} alert opens
 * for the commune. The request and its result are kept in the case history ({@code SPOT_CHECK_REQUESTED}, then
 * {@code SPOT_CHECK_ANSWERED}, {@code SPOT_CHECK_FAILED} or {@code SPOT_CHECK_UNANSWERED}). Thread-safe.
 */
public final class SpotCheckService {
  static final CaseChange.Kind REQUESTED = CaseChange.Kind.SPOT_CHECK_REQUESTED;
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  private final Transactions transactions;
  private final AccessControl access;
  private final AuditLog audit;
  private final MonitoringPolicy policy;
  private final PersonMessages messages;
  private final CaseAlerts alerts;
  private final Clock clock;

  public SpotCheckService(Transactions transactions, AccessControl access, AuditLog audit, MonitoringPolicy policy,
      PersonMessages messages, CaseAlerts alerts, Clock clock) {
    this.transactions = transactions;
    this.access = access;
    this.audit = audit;
    this.policy = policy;
    this.messages = messages;
    this.alerts = alerts;
    this.clock = clock;
  }

  /**
   * Asks the person of an ACTIVE case to check in now. Asking again while a request is pending returns that
   * request and sends nothing new.
   *
   * @throws ConflictException if the case is not being monitored
   */
  public SpotCheck request(Principal principal, CaseId caseId) {
    return transactions.run(principal, Operation.REQUEST_SPOT_CHECK, tx -> {
      IsolationCase c = tx.cases().find(caseId).orElseThrow(() -> new NotFoundException("case", caseId));
      access.require(principal, Operation.REQUEST_SPOT_CHECK, c);
      if (!c.status().isMonitored()) {
        throw new ConflictException("case " + caseId + " is " + c.status() + "; nobody to check on");
      }
      Optional<SpotCheck> pending = pending(c);
      if (pending.isPresent()) {
        return pending.get();
      }
      Instant now = clock.instant();
      Instant answerBy = now.plus(answerTime(c));
      tx.cases().update(c.noted(new CaseChange(now, principal.account(), REQUESTED, "answer by " + answerBy)));
      messages.askForSpotCheck(tx, c, now, answerBy, now);
      audit.record(tx, principal, Operation.REQUEST_SPOT_CHECK, "case", caseId, c.responsibleUnit());
      return new SpotCheck(caseId, now, answerBy, principal.account());
    });
  }

  /** The case's spot check waiting for its answer, if any. */
  public Optional<SpotCheck> pending(Principal principal, CaseId caseId) {
    return transactions.run(principal, Operation.READ_SPOT_CHECK, tx -> {
      IsolationCase c = tx.cases().find(caseId).orElseThrow(() -> new NotFoundException("case", caseId));
      access.require(principal, Operation.READ_SPOT_CHECK, c);
      return pending(c);
    });
  }

  /**
   * One batch over the ACTIVE cases in scope: each spot check whose answer time has run out is settled —
   * answered, or a {@code PRESENCE_FAILED} alert. Idempotent (a settled check is no longer pending) and safe on
   * several nodes (the case update is version-checked; the slower node's transaction rolls back).
   *
   * @return how many spot checks failed (alerts opened or raised), and the cursor for the next batch
   */
  public SpotCheckReport settleDue(Principal principal, PageRequest page) {
    Arguments.required(principal, "principal");
    Arguments.required(page, "page");
    transactions.check(principal, Operation.SETTLE_SPOT_CHECKS,
        () -> access.require(principal, Operation.SETTLE_SPOT_CHECKS, principal.scope()));
    Instant now = clock.instant();
    Page<IsolationCase> batch = transactions.storage()
        .inTransaction(tx -> CasesByCommune.page(tx, principal.scope(), CaseStatus.ACTIVE, page));
    int answered = 0;
    int failed = 0;
    for (IsolationCase listed : batch.items()) {
      Optional<SpotCheck> due = pending(listed).filter(s -> !now.isBefore(s.answerBy()));
      if (due.isEmpty()) {
        continue;
      }
      try {
        boolean ok = transactions.run(principal, Operation.SETTLE_SPOT_CHECKS,
            tx -> settle(tx, principal, listed.id(), now));
        answered += ok ? 1 : 0;
        failed += ok ? 0 : 1;
      } catch (ConflictException raced) {
        // Settled by another node, or the case changed: the next batch sees it again if still pending.
      }
    }
    return new SpotCheckReport(batch.items().size(), answered, failed, batch.next());
  }

  private boolean settle(StorageTransaction tx, Principal principal, CaseId id, Instant now) {
    IsolationCase c = tx.cases().find(id).orElseThrow(() -> new NotFoundException("case", id));
    SpotCheck check = pending(c).orElseThrow(() -> new ConflictException("spot check of " + id + " settled"));
    List<Declaration> answers = tx.declarations()
        .observedBetween(id, check.requestedAt().minus(CLOCK_SKEW), now.plus(CLOCK_SKEW), 1000).stream()
        .map(AssessedDeclaration::declaration)
        .filter(d -> !d.submittedAt().isBefore(check.requestedAt()) && d.submittedAt().isBefore(check.answerBy()))
        .filter(d -> d.location().isPresent() && d.presence().isPresent())
        .toList();
    Optional<Declaration> passed = answers.stream()
        .filter(d -> d.presence().get().result() == PresenceCheck.Result.PASSED).findFirst();
    CaseChange.Kind kind;
    String detail;
    if (passed.isPresent()) {
      kind = CaseChange.Kind.SPOT_CHECK_ANSWERED;
      detail = "declaration " + passed.get().id();
    } else {
      boolean presenceFailed = answers.stream()
          .anyMatch(d -> d.presence().get().result() == PresenceCheck.Result.FAILED);
      kind = presenceFailed ? CaseChange.Kind.SPOT_CHECK_FAILED : CaseChange.Kind.SPOT_CHECK_UNANSWERED;
      detail = presenceFailed ? "the presence check failed" : "no check-in with location and presence by "
          + check.answerBy();
      alerts.raise(tx, c, AlertKind.PRESENCE_FAILED, Severity.ABNORMAL, "spot check: " + detail,
          answers.stream().map(Declaration::id).findFirst(), now);
    }
    tx.cases().update(c.noted(new CaseChange(now, principal.account(), kind, detail)));
    audit.record(tx, principal, Operation.SETTLE_SPOT_CHECKS, "case", id, c.responsibleUnit(),
        Map.of("result", kind.name()));
    return passed.isPresent();
  }

  private Duration answerTime(IsolationCase c) {
    return policy.forUnit(c.responsibleUnit()).spotCheckAnswerTime();
  }

  /** The latest spot-check entry of the history, if it is a request: that request is pending. */
  private Optional<SpotCheck> pending(IsolationCase c) {
    List<CaseChange> history = c.history();
    for (int i = history.size() - 1; i >= 0; i--) {
      CaseChange change = history.get(i);
      if (change.kind().name().startsWith("SPOT_CHECK_")) {
        return change.kind() == REQUESTED
            ? Optional.of(new SpotCheck(c.id(), change.at(), change.at().plus(answerTime(c)), change.by()))
            : Optional.empty();
      }
    }
    return Optional.empty();
  }
}
