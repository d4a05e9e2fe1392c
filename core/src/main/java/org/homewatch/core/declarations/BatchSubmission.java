package org.homewatch.core.declarations;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.homewatch.AccessDeniedException;
import org.homewatch.ConflictException;
import org.homewatch.HomewatchException;
import org.homewatch.NotFoundException;
import org.homewatch.core.access.AccessControl;
import org.homewatch.core.access.Operation;
import org.homewatch.core.alerts.CaseAlerts;
import org.homewatch.core.audit.AuditLog;
import org.homewatch.core.internal.InputValidation;
import org.homewatch.core.internal.Transactions;
import org.homewatch.core.rules.CaseFacts;
import org.homewatch.core.rules.RuleSet;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertKind;
import org.homewatch.model.AssessedDeclaration;
import org.homewatch.model.Assessment;
import org.homewatch.model.AuditEvent;
import org.homewatch.model.AuditEventId;
import org.homewatch.model.CaseId;
import org.homewatch.model.Declaration;
import org.homewatch.model.DeclarationId;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NewDeclaration;
import org.homewatch.model.Principal;
import org.homewatch.model.Severity;
import org.homewatch.spi.storage.InsertOutcome;
import org.homewatch.spi.storage.StorageTransaction;

/**
 * One batch of declarations in one transaction: cases read with one call, declarations, case summaries and audit
 * events written with batched calls. Per-declaration failures found before writing are reported by index; a
 * storage conflict (a case changed by someone else meanwhile) retries the whole batch, which is safe because
 * submission is idempotent.
 */
final class BatchSubmission {
  private static final int ATTEMPTS = 3;
  private static final int MAX_HISTORY = 500;

  private final Transactions transactions;
  private final AccessControl access;
  private final AuditLog audit;
  private final InputValidation validation;
  private final RuleSet rules;
  private final CaseAlerts alerts;
  private final Clock clock;

  BatchSubmission(Transactions transactions, AccessControl access, AuditLog audit, InputValidation validation,
      RuleSet rules, CaseAlerts alerts, Clock clock) {
    this.transactions = transactions;
    this.access = access;
    this.audit = audit;
    this.validation = validation;
    this.rules = rules;
    this.alerts = alerts;
    this.clock = clock;
  }

  BatchResult submit(Principal principal, List<NewDeclaration> inputs) {
    transactions.check(principal, "declaration.submitAll", () -> access.requireRole(principal, Operation.DECLARE));
    Map<Integer, BatchResult.Item> early = new HashMap<>();
    for (int i = 0; i < inputs.size(); i++) {
      try {
        validation.check(inputs.get(i), "inputs[" + i + "]");
        Declarations.checkSymptoms(inputs.get(i), rules);
      } catch (HomewatchException e) {
        early.put(i, BatchResult.Item.rejected(i, e));
      }
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return transactions.run(principal, "declaration.submitAll", tx -> inOneTransaction(tx, principal, inputs,
            early));
      } catch (ConflictException raced) {
        if (attempt == ATTEMPTS) {
          throw raced;
        }
        DeclarationService.backOff(attempt);
      }
    }
  }

  private BatchResult inOneTransaction(StorageTransaction tx, Principal principal, List<NewDeclaration> inputs,
      Map<Integer, BatchResult.Item> early) {
    Instant now = clock.instant();
    Set<CaseId> caseIds = new HashSet<>();
    for (NewDeclaration input : inputs) {
      caseIds.add(input.caseId());
    }
    Map<CaseId, IsolationCase> cases = new HashMap<>(tx.cases().findAll(caseIds));
    BatchResult.Item[] items = new BatchResult.Item[inputs.size()];
    early.forEach((i, item) -> items[i] = item);

    // 1. Check each declaration against its case; stamp the ones that pass.
    List<Integer> candidates = new ArrayList<>();
    List<Declaration> stamped = new ArrayList<>();
    Set<DeclarationId> seenInBatch = new HashSet<>();
    for (int i = 0; i < inputs.size(); i++) {
      if (items[i] != null) {
        continue;
      }
      NewDeclaration input = inputs.get(i);
      try {
        IsolationCase c = cases.get(input.caseId());
        if (c == null) {
          throw new NotFoundException("case", input.caseId());
        }
        try {
          access.require(principal, Operation.DECLARE, c);
        } catch (AccessDeniedException denied) {
          // Refused items are audited with the batch, under the case's unit (where its staff look).
          audit.record(tx, principal, "access.denied", "operation", "declaration.submitAll",
              denied.target().orElse(principal.scope()),
              Map.of("reason", denied.getMessage(), "actorScope", principal.scope().toString(), "item",
                  Integer.toString(i)));
          throw denied;
        }
        Declarations.checkObservationTime(input.observedAt(), now, c);
        if (!c.status().isMonitored()) {
          throw new ConflictException("case " + c.id() + " is " + c.status() + " and takes no declarations");
        }
        if (!seenInBatch.add(input.id())) {
          throw new ConflictException("declaration " + input.id() + " appears twice in the batch");
        }
        candidates.add(i);
        stamped.add(input.stamped(now, Declarations.submitter(principal, c)));
      } catch (HomewatchException e) {
        items[i] = BatchResult.Item.rejected(i, e);
      }
    }

    // 2. Judge them, with the history of the cases that need it (a trend rule could fire) read in one call.
    List<CaseFacts> facts = new ArrayList<>(stamped.size());
    boolean[] readsHistory = new boolean[stamped.size()];
    List<Declaration> readingHistory = new ArrayList<>();
    for (int k = 0; k < stamped.size(); k++) {
      Declaration d = stamped.get(k);
      IsolationCase c = cases.get(d.caseId());
      CaseFacts f = CaseFacts.of(c, LocalDate.ofInstant(d.observedAt(), c.zone()));
      facts.add(f);
      readsHistory[k] = rules.readsHistory(d, f);
      if (readsHistory[k]) {
        readingHistory.add(d);
      }
    }
    Map<CaseId, List<AssessedDeclaration>> history = history(tx, readingHistory);
    List<AssessedDeclaration> assessed = new ArrayList<>(stamped.size());
    for (int k = 0; k < stamped.size(); k++) {
      Declaration d = stamped.get(k);
      List<Declaration> earlier = readsHistory[k]
          ? inWindowBefore(d, history.getOrDefault(d.caseId(), List.of())) : List.of();
      Assessment assessment = rules.assess(d, facts.get(k), earlier, now);
      AssessedDeclaration judged = new AssessedDeclaration(d, assessment);
      assessed.add(judged);
      // A later declaration of the same case in this batch sees this one in its history, as it would one by one.
      history.computeIfAbsent(d.caseId(), id -> new ArrayList<>()).add(judged);
    }

    // 3. Store them; a duplicate id keeps its first submission and changes nothing else.
    List<InsertOutcome> outcomes = tx.declarations().insertAll(assessed);
    Map<CaseId, IsolationCase> changed = new LinkedHashMap<>();
    List<AuditEvent> events = new ArrayList<>();
    List<int[]> fresh = new ArrayList<>();
    for (int k = 0; k < assessed.size(); k++) {
      int i = candidates.get(k);
      AssessedDeclaration ad = assessed.get(k);
      if (outcomes.get(k) == InsertOutcome.ALREADY_PRESENT) {
        AssessedDeclaration first = tx.declarations().find(ad.declaration().caseId(), ad.declaration().id())
            .orElseThrow();
        items[i] = BatchResult.Item.accepted(i,
            new SubmissionResult(first.declaration(), first.assessment(), true, List.of()));
        continue;
      }
      IsolationCase c = changed.getOrDefault(ad.declaration().caseId(), cases.get(ad.declaration().caseId()));
      IsolationCase next = c.withMonitoring(c.monitoring().with(ad.declaration().observedAt(),
          ad.assessment().severity()));
      // Several declarations of one case in a batch: one update, from the version read, with every summary step.
      changed.put(c.id(), changed.containsKey(c.id()) ? next.atVersion(c.version()) : next);
      events.add(new AuditEvent(AuditEventId.timeOrdered(now), now, principal.account(), "declaration.submit",
          "declaration", ad.declaration().id().toString(), c.responsibleUnit(),
          Map.of("case", c.id().toString(), "severity", ad.assessment().severity().name(),
              "submittedBy", ad.declaration().submittedBy().kind().name(), "batch", "true")));
      fresh.add(new int[] {i, k});
    }
    tx.cases().updateMonitoringAll(List.copyOf(changed.values()));

    // 4. Alerts for the abnormal ones (rare), in order, against the updated cases.
    for (int[] pair : fresh) {
      AssessedDeclaration ad = assessed.get(pair[1]);
      List<Alert> raised = new ArrayList<>(1);
      IsolationCase c = changed.get(ad.declaration().caseId());
      for (AlertKind kind : List.of(AlertKind.HEALTH, AlertKind.OFF_SITE)) {
        Severity severity = ad.assessment().severityOf(kind);
        if (severity != Severity.NORMAL) {
          alerts.raise(tx, c, kind, severity, alerts.summarize(ad.assessment(), kind),
                  Optional.of(ad.declaration().id()), now)
              .filter(CaseAlerts.Outcome::notified)
              .ifPresent(outcome -> raised.add(outcome.alert()));
        }
      }
      items[pair[0]] = BatchResult.Item.accepted(pair[0],
          new SubmissionResult(ad.declaration(), ad.assessment(), false, raised));
    }
    tx.audit().appendAll(events);
    return new BatchResult(List.of(items));
  }

  /** The case's declarations the rules may read for {@code d}: within the window, observed before it. */
  private List<Declaration> inWindowBefore(Declaration d, List<AssessedDeclaration> caseHistory) {
    List<Declaration> earlier = new ArrayList<>();
    Instant from = d.observedAt().minus(rules.historyWindow());
    for (AssessedDeclaration h : caseHistory) {
      Instant at = h.declaration().observedAt();
      if (!at.isBefore(from) && at.isBefore(d.observedAt())) {
        earlier.add(h.declaration());
      }
    }
    return earlier;
  }

  private Map<CaseId, List<AssessedDeclaration>> history(StorageTransaction tx, List<Declaration> declarations) {
    if (rules.historyWindow().isZero() || declarations.isEmpty()) {
      return new HashMap<>();
    }
    Instant from = declarations.get(0).observedAt();
    Instant to = from;
    Set<CaseId> ids = new HashSet<>();
    for (Declaration d : declarations) {
      from = d.observedAt().isBefore(from) ? d.observedAt() : from;
      to = d.observedAt().isAfter(to) ? d.observedAt() : to;
      ids.add(d.caseId());
    }
    Map<CaseId, List<AssessedDeclaration>> found =
        tx.declarations().observedBetweenForCases(ids, from.minus(rules.historyWindow()), to, MAX_HISTORY);
    Map<CaseId, List<AssessedDeclaration>> mutable = new HashMap<>();
    found.forEach((id, list) -> mutable.put(id, new ArrayList<>(list)));
    return mutable;
  }
}
