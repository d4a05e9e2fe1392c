package org.homewatch.core.declarations;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.homewatch.AccessDeniedException;
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
import org.homewatch.core.internal.Metrics;
import org.homewatch.core.internal.Transactions;
import org.homewatch.core.rules.RuleSet;
import org.homewatch.model.AssessedDeclaration;
import org.homewatch.model.CaseId;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.NewDeclaration;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Principal;
import org.homewatch.model.Role;

/**
 * Submitting health declarations. One submission is one transaction: the declaration, its assessment, the case's
 * monitoring summary, the alert it opens or raises and the notifications to send are written together or not at
 * all. {@link #submit} and {@link #submitAll} are one flow (a single declaration is a batch of one): they check,
 * judge, store and audit alike, and give the same answer to the same declaration. Thread-safe.
 */
public final class DeclarationService {
  /**
   * The most declarations a citizen submits at once: a household head's phone syncing a few days offline for a
   * household (say 8 people, 3 days, 4 windows a day is 96).
   */
  public static final int MAX_BATCH_CITIZEN = 100;
  /**
   * The most declarations staff or the system submit at once: a health station uploading a day's declarations.
   * Larger uploads go in several calls, so that no single transaction holds a storage's locks for long.
   */
  public static final int MAX_BATCH_STAFF = 2000;

  private final Transactions transactions;
  private final AccessControl access;
  private final AuditLog audit;
  private final InputValidation validation;
  private final SubmissionFlow flow;
  private final RuleSet rules;

  /**
   * Wired by {@code Homewatch}'s builder; integrators reach it through {@code Homewatch.declarations()}.
   *
   * @param transactions runs each submission in a transaction with its access check
   * @param access decides who may declare for which case
   * @param audit records reads of health data
   * @param validation checks input as a portal's form would
   * @param rules the rule set declarations are judged by
   * @param alerts opens and raises the case's alerts
   * @param clock the server's time, stamped on each declaration
   */
  public DeclarationService(Transactions transactions, AccessControl access, AuditLog audit,
      InputValidation validation, RuleSet rules, CaseAlerts alerts, Clock clock) {
    this.transactions = transactions;
    this.access = access;
    this.audit = audit;
    this.validation = validation;
    this.flow = new SubmissionFlow(transactions, access, audit, rules, alerts, clock);
    this.rules = rules;
  }

  /**
   * Submits a declaration for a case, as the person (SELF), their household head (PROXY) or health-station staff
   * (STAFF). Submitting an id again returns the first result and stores nothing, also after the case closed or the
   * observation time became too old. A refusal is final: it is not retried inside, and the same declaration gets
   * the same refusal from {@link #submitAll}.
   *
   * @param principal the citizen (for their own case or a household member's), or a monitor of the case's commune
   * @param input the declaration as the app sent it
   * @return the stored declaration, its assessment and the alerts it opened or raised
   * @throws NotFoundException if the case does not exist
   * @throws org.homewatch.AccessDeniedException if the principal may not declare for this case
   * @throws ValidationException if a value is implausible or the observation time is off
   * @throws ConflictException if the case is not being monitored (pending or closed)
   */
  public SubmissionResult submit(Principal principal, NewDeclaration input) {
    long start = System.nanoTime();
    Metrics.SubmissionOutcome outcome = Metrics.SubmissionOutcome.REFUSED;
    try {
      validation.check(input, "input");
      Declarations.checkSymptoms(input, rules);
      BatchResult.Item item = flow.run(principal, Operation.DECLARE, List.of(input), Map.of()).items().get(0);
      if (item.rejected().isPresent()) {
        throw item.rejected().get();
      }
      SubmissionResult result = item.accepted().orElseThrow();
      outcome = counted(result);
      return result;
    } finally {
      transactions.metrics().submission(false, outcome, Duration.ofNanos(System.nanoTime() - start));
    }
  }

  /** Counts a newly stored declaration by its severity (a retried upload was counted the first time). */
  private Metrics.SubmissionOutcome counted(SubmissionResult result) {
    if (result.duplicate()) {
      return Metrics.SubmissionOutcome.DUPLICATE;
    }
    transactions.metrics().declarationJudged(result.assessment().severity());
    return Metrics.SubmissionOutcome.ACCEPTED;
  }

  /**
   * A case's declarations with their assessments, newest first. Health data: audited.
   *
   * @param principal staff whose scope holds the case, or the citizen it is about
   * @param caseId the case
   * @param page where to start and how many
   * @return one page of declarations, newest first
   */
  public Page<AssessedDeclaration> history(Principal principal, CaseId caseId, PageRequest page) {
    Arguments.required(caseId, "caseId");
    Arguments.required(page, "page");
    return transactions.run(principal, Operation.READ_DECLARATIONS, tx -> {
      IsolationCase isolationCase = tx.cases().find(caseId).orElseThrow(() -> new NotFoundException("case", caseId));
      access.require(principal, Operation.READ_DECLARATIONS, isolationCase);
      Page<AssessedDeclaration> result = tx.declarations().listForCase(caseId, page);
      audit.record(tx, principal, Operation.READ_DECLARATIONS, "case", caseId, isolationCase.responsibleUnit(),
          Map.of("count", Integer.toString(result.items().size())));
      return result;
    });
  }

  /**
   * Submits a batch (an organisation uploading a day's declarations, an app syncing after being offline) in one
   * transaction per batch with batched statements. A declaration that fails (bad time, unknown case, not the
   * caller's, case not monitored) is reported by its index with the exception {@link #submit} would throw, and
   * does not sink the others.
   *
   * @param principal a citizen (for their own household's cases) or a monitor
   * @param inputs the declarations, in order
   * @return each one's outcome at its index
   * @throws ValidationException (path {@code inputs}) if the batch holds more than {@link #MAX_BATCH_CITIZEN}
   *     declarations from a citizen, or more than {@link #MAX_BATCH_STAFF} from staff or the system; nothing is
   *     stored
   * @throws org.homewatch.AccessDeniedException if the principal may not declare at all
   */
  public BatchResult submitAll(Principal principal, List<NewDeclaration> inputs) {
    long start = System.nanoTime();
    Metrics.SubmissionOutcome outcome = Metrics.SubmissionOutcome.REFUSED;
    try {
      BatchResult result = submitBatch(principal, inputs);
      result.items().forEach(item -> item.accepted().ifPresent(this::counted));
      outcome = Metrics.SubmissionOutcome.ACCEPTED;
      return result;
    } finally {
      transactions.metrics().submission(true, outcome, Duration.ofNanos(System.nanoTime() - start));
    }
  }

  private BatchResult submitBatch(Principal principal, List<NewDeclaration> inputs) {
    Arguments.required(principal, "principal");
    Arguments.elements(inputs, "inputs");
    try {
      access.requireRole(principal, Operation.DECLARE_BATCH);
    } catch (AccessDeniedException denied) {
      auditRefusalUnderCases(principal, inputs, denied);
      throw denied;
    }
    int limit = maxBatch(principal);
    if (inputs.size() > limit) {
      throw ValidationException.of("inputs", "homewatch.validation.batchSize", "a batch from "
          + (principal.has(Role.CITIZEN) ? "a citizen" : "staff or the system") + " holds at most " + limit
          + " declarations, this one " + inputs.size() + "; send it in several calls");
    }
    if (inputs.isEmpty()) {
      return new BatchResult(List.of());
    }
    Map<Integer, BatchResult.Item> early = new HashMap<>();
    for (int i = 0; i < inputs.size(); i++) {
      try {
        validation.check(inputs.get(i), "inputs[" + i + "]");
        Declarations.checkSymptoms(inputs.get(i), rules);
      } catch (HomewatchException e) {
        early.put(i, BatchResult.Item.rejected(i, e));
      }
    }
    return flow.run(principal, Operation.DECLARE_BATCH, inputs, early);
  }

  /**
   * The most declarations {@code principal} may submit in one {@link #submitAll} call.
   *
   * @param principal who submits
   * @return {@link #MAX_BATCH_CITIZEN} for a citizen, {@link #MAX_BATCH_STAFF} otherwise
   */
  public static int maxBatch(Principal principal) {
    return principal.has(Role.CITIZEN) ? MAX_BATCH_CITIZEN : MAX_BATCH_STAFF;
  }

  /**
   * A principal who may not declare at all is refused before anything is judged; the refusal is filed under the
   * unit of every case the batch named (one lookup), where those cases' staff look.
   */
  private void auditRefusalUnderCases(Principal principal, List<NewDeclaration> inputs, AccessDeniedException denied) {
    Set<CaseId> named = new HashSet<>();
    for (NewDeclaration input : inputs) {
      if (input != null && input.caseId() != null) {
        named.add(input.caseId());
      }
    }
    transactions.storage().useTransaction(tx -> {
      Set<JurisdictionPath> units = new TreeSet<>(Comparator.comparing(JurisdictionPath::key));
      tx.cases().findAll(named).values().forEach(c -> units.add(c.responsibleUnit()));
      if (units.isEmpty()) {
        units.add(principal.scope());
      }
      for (JurisdictionPath unit : units) {
        audit.record(tx, principal, "access.denied", "operation", Operation.DECLARE_BATCH.auditAction(), unit,
            Map.of("reason", denied.getMessage(), "actorScope", principal.scope().toString()));
      }
    });
  }
}
