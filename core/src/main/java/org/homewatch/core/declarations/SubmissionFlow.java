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
import org.homewatch.core.internal.Transactions;
import org.homewatch.core.rules.CaseFacts;
import org.homewatch.core.rules.RuleSet;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertKind;
import org.homewatch.model.AssessedDeclaration;
import org.homewatch.model.Assessment;
import org.homewatch.model.AuditEvent;
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
 * The one submission flow: a single declaration is a batch of one. All of a submission's declarations go in one
 * transaction: cases read with one call, declarations, case summaries and audit events written with one call
 * each (a batch of one uses the stores' one-row calls, which are cheaper than a batch call with one row).
 *
 * <p>A declaration that cannot be taken (unknown case, not the caller's, bad time, case not monitored, its id
 * twice in the submission) is a refusal reported at its index, found before anything is written. A refusal is an
 * answer, not a race: it is never retried, because running again would give the same answer. Only a storage
 * conflict (a case changed by another writer meanwhile) runs the whole submission again, which is safe because
 * submission is idempotent. A declaration refused for its time or its case's status whose id is already stored
 * (a retry of a declaration stored before the case closed) gets its first result instead.
 */
final class SubmissionFlow {
  /** Enough for a household declaring all at once; a case is not written by dozens of writers at the same time. */
  private static final int SINGLE_ATTEMPTS = 10;
  /** A batch is larger and costlier to run again, and an app syncing will send it again anyway. */
  private static final int BATCH_ATTEMPTS = 3;
  private static final int MAX_HISTORY = 500;

  private final Transactions transactions;
  private final AccessControl access;
  private final AuditLog audit;
  private final RuleSet rules;
  private final CaseAlerts alerts;
  private final Clock clock;

  SubmissionFlow(Transactions transactions, AccessControl access, AuditLog audit, RuleSet rules,
      CaseAlerts alerts, Clock clock) {
    this.transactions = transactions;
    this.access = access;
    this.audit = audit;
    this.rules = rules;
    this.alerts = alerts;
    this.clock = clock;
  }

  /**
   * Runs the flow with retries on storage conflicts.
   *
   * @param operation {@link Operation#DECLARE} or {@link Operation#DECLARE_BATCH}: what a refusal is audited as
   * @param early refusals found before the transaction (validation), by index
   */
  BatchResult run(Principal principal, Operation operation, List<NewDeclaration> inputs,
      Map<Integer, BatchResult.Item> early) {
    int attempts = inputs.size() == 1 ? SINGLE_ATTEMPTS : BATCH_ATTEMPTS;
    for (int attempt = 1; ; attempt++) {
      try {
        return transactions.run(principal, operation,
            tx -> inOneTransaction(tx, principal, operation, inputs, early));
      } catch (ConflictException raced) {
        if (attempt == attempts) {
          throw raced;
        }
        backOff(attempt);
      }
    }
  }

  /** A short random pause, growing with the attempts, so that racing writers of one case fall out of step. */
  private static void backOff(int attempt) {
    try {
      Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 2L << Math.min(attempt, 6)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConflictException("interrupted while retrying a conflicting submission");
    }
  }

  private BatchResult inOneTransaction(StorageTransaction tx, Principal principal, Operation operation,
      List<NewDeclaration> inputs, Map<Integer, BatchResult.Item> early) {
    Instant now = clock.instant();
    Map<CaseId, IsolationCase> cases = readCases(tx, inputs);
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
        requireAccess(tx, principal, operation, c, i);
        Optional<AssessedDeclaration> earlier = refusedByTimeOrStatus(tx, input, c, now);
        if (earlier.isPresent()) {
          items[i] = BatchResult.Item.accepted(i, duplicate(earlier.get()));
          continue;
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
    List<AssessedDeclaration> assessed = assess(tx, stamped, cases, now);

    // 3. Store them; a duplicate id keeps its first submission and changes nothing else.
    List<InsertOutcome> outcomes = assessed.size() == 1
        ? List.of(tx.declarations().insert(assessed.get(0))) : tx.declarations().insertAll(assessed);
    Map<CaseId, IsolationCase> changed = new LinkedHashMap<>();
    List<AuditEvent> events = new ArrayList<>();
    List<int[]> fresh = new ArrayList<>();
    for (int k = 0; k < assessed.size(); k++) {
      int i = candidates.get(k);
      AssessedDeclaration ad = assessed.get(k);
      if (outcomes.get(k) == InsertOutcome.ALREADY_PRESENT) {
        // A retry of an id stored before, or a concurrent retry that won: theirs is the first submission.
        items[i] = BatchResult.Item.accepted(i,
            duplicate(tx.declarations().find(ad.declaration().caseId(), ad.declaration().id()).orElseThrow()));
        continue;
      }
      IsolationCase c = changed.getOrDefault(ad.declaration().caseId(), cases.get(ad.declaration().caseId()));
      IsolationCase next = c.withMonitoring(c.monitoring().with(ad.declaration().observedAt(),
          ad.assessment().severity()));
      // Several declarations of one case in a batch: one update, from the version read, with every summary step.
      changed.put(c.id(), changed.containsKey(c.id()) ? next.atVersion(c.version()) : next);
      events.add(submitted(principal, ad, c, inputs.size() > 1));
      fresh.add(new int[] {i, k});
    }
    tx.cases().updateMonitoringAll(List.copyOf(changed.values()));

    // 4. Alerts for the abnormal ones (rare), in order, against the updated cases.
    for (int[] pair : fresh) {
      AssessedDeclaration ad = assessed.get(pair[1]);
      IsolationCase c = changed.get(ad.declaration().caseId());
      items[pair[0]] = BatchResult.Item.accepted(pair[0],
          new SubmissionResult(ad.declaration(), ad.assessment(), false, raiseAlerts(tx, c, ad, now)));
    }
    if (events.size() == 1) {
      tx.audit().append(events.get(0));
    } else if (!events.isEmpty()) {
      tx.audit().appendAll(events);
    }
    return new BatchResult(List.of(items));
  }

  private static Map<CaseId, IsolationCase> readCases(StorageTransaction tx, List<NewDeclaration> inputs) {
    if (inputs.size() == 1) {
      CaseId id = inputs.get(0).caseId();
      return tx.cases().find(id).map(c -> Map.of(id, c)).orElse(Map.of());
    }
    Set<CaseId> caseIds = new HashSet<>();
    for (NewDeclaration input : inputs) {
      caseIds.add(input.caseId());
    }
    return new HashMap<>(tx.cases().findAll(caseIds));
  }

  /** Refused items are audited with the submission, under the case's unit (where its staff look). */
  private void requireAccess(StorageTransaction tx, Principal principal, Operation operation, IsolationCase c,
      int i) {
    try {
      access.require(principal, operation, c);
    } catch (AccessDeniedException denied) {
      audit.record(tx, principal, "access.denied", "operation", operation.auditAction(),
          denied.target().orElse(principal.scope()),
          Map.of("reason", denied.getMessage(), "actorScope", principal.scope().toString(), "item",
              Integer.toString(i)));
      throw denied;
    }
  }

  /**
   * Throws if the declaration's time or its case's status refuses it, unless its id is stored already: then the
   * first result stands. Only a refusal looks the id up; an accepted retry is caught by the insert, which saves
   * a query on every submission.
   */
  private static Optional<AssessedDeclaration> refusedByTimeOrStatus(StorageTransaction tx, NewDeclaration input,
      IsolationCase c, Instant now) {
    try {
      Declarations.checkObservationTime(input.observedAt(), now, c);
      if (!c.status().isMonitored()) {
        throw new ConflictException("case " + c.id() + " is " + c.status() + " and takes no declarations");
      }
      return Optional.empty();
    } catch (HomewatchException refused) {
      Optional<AssessedDeclaration> earlier = tx.declarations().find(input.caseId(), input.id());
      if (earlier.isPresent()) {
        return earlier;
      }
      throw refused;
    }
  }

  private List<AssessedDeclaration> assess(StorageTransaction tx, List<Declaration> stamped,
      Map<CaseId, IsolationCase> cases, Instant now) {
    List<CaseFacts> facts = new ArrayList<>(stamped.size());
    boolean[] readsHistory = new boolean[stamped.size()];
    List<Declaration> readingHistory = new ArrayList<>();
    for (int k = 0; k < stamped.size(); k++) {
      Declaration d = stamped.get(k);
      IsolationCase c = cases.get(d.caseId());
      CaseFacts f = CaseFacts.of(c, LocalDate.ofInstant(d.observedAt(), c.zone()));
      facts.add(f);
      // most declarations (no fever, a normal SpO2) cannot fire a trend rule: they need no history read
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
      AssessedDeclaration judged = new AssessedDeclaration(d, rules.assess(d, facts.get(k), earlier, now));
      assessed.add(judged);
      // A later declaration of the same case in this batch sees this one in its history, as it would one by one.
      history.computeIfAbsent(d.caseId(), id -> new ArrayList<>()).add(judged);
    }
    return assessed;
  }

  private List<Alert> raiseAlerts(StorageTransaction tx, IsolationCase c, AssessedDeclaration ad, Instant now) {
    List<Alert> raised = new ArrayList<>(1);
    Assessment assessment = ad.assessment();
    for (AlertKind kind : List.of(AlertKind.HEALTH, AlertKind.OFF_SITE)) {
      Severity severity = assessment.severityOf(kind);
      if (severity != Severity.NORMAL) {
        alerts.raise(tx, c, kind, severity, alerts.summarize(c, assessment, kind), Optional.of(ad.declaration().id()),
                now)
            .filter(CaseAlerts.Outcome::notified)
            .ifPresent(outcome -> raised.add(outcome.alert()));
      }
    }
    return raised;
  }

  /** The one audit event of a stored declaration, whichever way it came. */
  private AuditEvent submitted(Principal principal, AssessedDeclaration ad, IsolationCase c, boolean inBatch) {
    return audit.event(principal, Operation.DECLARE, "declaration", ad.declaration().id(), c.responsibleUnit(),
        Map.of("case", c.id().toString(), "severity", ad.assessment().severity().name(),
            "submittedBy", ad.declaration().submittedBy().kind().name(), "batch", Boolean.toString(inBatch)));
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
    Map<CaseId, List<AssessedDeclaration>> mutable = new HashMap<>();
    if (declarations.size() == 1) {
      Declaration d = declarations.get(0);
      mutable.put(d.caseId(), new ArrayList<>(tx.declarations().observedBetween(d.caseId(),
          d.observedAt().minus(rules.historyWindow()), d.observedAt(), MAX_HISTORY)));
      return mutable;
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
    found.forEach((id, list) -> mutable.put(id, new ArrayList<>(list)));
    return mutable;
  }

  private static SubmissionResult duplicate(AssessedDeclaration earlier) {
    return new SubmissionResult(earlier.declaration(), earlier.assessment(), true, List.of());
  }
}
