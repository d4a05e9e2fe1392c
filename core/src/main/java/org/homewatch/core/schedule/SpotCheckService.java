package org.homewatch.core.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.homewatch.ConfigurationException;
import org.homewatch.ConflictException;
import org.homewatch.NotFoundException;
import org.homewatch.core.access.AccessControl;
import org.homewatch.core.access.Operation;
import org.homewatch.core.alerts.CaseAlerts;
import org.homewatch.core.audit.AuditLog;
import org.homewatch.core.internal.Arguments;
import org.homewatch.core.internal.LogSafe;
import org.slf4j.LoggerFactory;
import org.homewatch.core.internal.Transactions;
import org.homewatch.core.notify.HistoryDetails;
import org.homewatch.core.schedule.internal.PersonMessages;
import org.homewatch.core.schedule.internal.PresenceVerification;
import org.homewatch.core.schedule.internal.RandomSpotCheckPlan;
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
import org.homewatch.model.Wording;
import org.homewatch.model.SpotCheck;
import org.homewatch.model.SpotCheckState;
import org.homewatch.spi.identity.PresenceClaim;
import org.homewatch.spi.storage.SpotCheckStore;
import org.homewatch.spi.storage.StorageTransaction;

/**
 * Spot checks (VHD's surprise checks): staff ask a person for an immediate check-in, a declaration with location
 * and a presence (face) check; the person is messaged through the outbox. When the check's deadline has passed,
 * the check-ins are verified by the plugged-in {@link org.homewatch.spi.identity.PresenceVerifier} (the app's own
 * "passed" is not trusted). Unless the verifier passed one, a {@code PRESENCE_FAILED} alert opens for the commune:
 * no check-in, a failed verification, or one that could not be made (no verifier, no evidence reference, a
 * verifier that failed, gave no verdict or timed out) — which the check's state tells apart.
 *
 * <p>Each check is a {@link SpotCheck} record in the storage's {@link SpotCheckStore}: its deadline is fixed when
 * it is asked (the province's {@code spotCheckAnswerWithin} at that moment; a later policy change does not move
 * it), and its state changes through the record's named transitions. The case history gets a readable entry for
 * the request and for the result ({@code SPOT_CHECK_REQUESTED}, then {@code SPOT_CHECK_ANSWERED},
 * {@code SPOT_CHECK_FAILED}, {@code SPOT_CHECK_NOT_VERIFIED} or {@code SPOT_CHECK_UNANSWERED}), written for
 * supervisors and never read back; the audit record of the result names the verifier, its verdict and the
 * evidence reference (never the evidence).
 * Thread-safe.
 */
public final class SpotCheckService {
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
  /** More check-ins than this within one answer window is not a person answering a check; the first ones count. */
  private static final int MAX_ANSWERS_READ = 1000;
  /** Check-ins verified per spot check at most, so that one settling batch stays bounded in time. */
  private static final int MAX_VERIFIER_CALLS = 3;

  private final Transactions transactions;
  private final AccessControl access;
  private final AuditLog audit;
  private final MonitoringPolicy policy;
  private final PersonMessages messages;
  private final CaseAlerts alerts;
  private final PresenceVerification verification;
  private final Clock clock;
  private final HistoryDetails wording;
  private final Optional<RandomSpotCheckPlan> randomPlan;

  /**
   * Wired by {@code Homewatch}'s builder when the storage offers spot checks; integrators reach the service through
   * {@code Homewatch}.
   *
   * @param transactions runs each operation in a transaction with its access check
   * @param access decides who may do what, where
   * @param audit records reads and changes
   * @param policy the monitoring policy, for the answer time
   * @param messages writes the request to the person's outbox
   * @param alerts opens and raises {@code PRESENCE_FAILED} alerts
   * @param verification calls the plugged-in presence verifier (or none) with its timeout
   * @param clock the time
   * @param wording the words of case history entries
   * @param randomPlan the random spot-check policy's plan, if the builder was given one
   */
  public SpotCheckService(Transactions transactions, AccessControl access, AuditLog audit, MonitoringPolicy policy,
      PersonMessages messages, CaseAlerts alerts, PresenceVerification verification, Clock clock,
      HistoryDetails wording, Optional<RandomSpotCheckPlan> randomPlan) {
    this.wording = wording;
    this.randomPlan = randomPlan;
    this.transactions = transactions;
    this.access = access;
    this.audit = audit;
    this.policy = policy;
    this.messages = messages;
    this.alerts = alerts;
    this.verification = verification;
    this.clock = clock;
  }

  /**
   * Asks the person of an ACTIVE case to check in now, by the province's answer time from now. Asking again while
   * a request is open returns that request and sends nothing new.
   *
   * @param principal staff allowed to request spot checks for the case's commune
   * @param caseId the case
   * @return the open request
   * @throws ConflictException if the case is not being monitored, or another node asked at the same moment
   */
  public SpotCheck request(Principal principal, CaseId caseId) {
    return transactions.run(principal, Operation.REQUEST_SPOT_CHECK, tx -> {
      IsolationCase c = tx.cases().find(caseId).orElseThrow(() -> new NotFoundException("case", caseId));
      access.require(principal, Operation.REQUEST_SPOT_CHECK, c);
      if (!c.status().isMonitored()) {
        throw new ConflictException("case " + caseId + " is " + c.status() + "; nobody to check on");
      }
      Optional<SpotCheck> open = store(tx).findOpen(caseId);
      if (open.isPresent()) {
        return open.get();
      }
      SpotCheck check = ask(tx, principal, c, clock.instant());
      audit.record(tx, principal, Operation.REQUEST_SPOT_CHECK, "case", caseId, c.responsibleUnit());
      return check;
    });
  }

  /** Inserts a new check of {@code c} asked by {@code principal}, notes it in the history and messages the person. */
  private SpotCheck ask(StorageTransaction tx, Principal principal, IsolationCase c, Instant now) {
    SpotCheck check = SpotCheck.requested(c.id(), principal.account(), now,
        now.plus(policy.forUnit(c.responsibleUnit()).spotCheckAnswerTime()));
    store(tx).insert(check);
    tx.cases().update(c.noted(wording.change(now, principal.account(), CaseChange.Kind.SPOT_CHECK_REQUESTED,
        Wording.text("history.spotCheckRequested",
            Map.of("deadline", HistoryDetails.timeOf(check.answerBy(), c.zone()))))));
    messages.askForSpotCheck(tx, c, now, check.answerBy(), now);
    return check;
  }

  /**
   * One batch over the ACTIVE cases in scope: asks each case the builder's {@link RandomSpotChecks} policy covers
   * for a spot check when one of its random times today has come and no policy check was asked since (nor one is
   * open, nor {@code perDay} were asked today). The checks are then settled by {@link #settleDue} like any other,
   * verified by the presence verifier. Without a policy it asks nothing and reads nothing. Each request is its own
   * transaction, audited as {@code spotcheck.random}; safe on several nodes (a second open check is refused).
   *
   * @param principal the system or an administrator, whose scope is walked; the checks are asked in its name
   * @param page the cursor of the previous batch and the batch size
   * @return how many cases were looked at and checks asked, and the cursor for the next batch
   */
  public RandomSpotCheckReport requestRandomDue(Principal principal, PageRequest page) {
    Arguments.required(principal, "principal");
    Arguments.required(page, "page");
    transactions.check(principal, Operation.REQUEST_RANDOM_SPOT_CHECKS,
        () -> access.require(principal, Operation.REQUEST_RANDOM_SPOT_CHECKS, principal.scope()));
    if (randomPlan.isEmpty()) {
      return new RandomSpotCheckReport(0, 0, Optional.empty());
    }
    RandomSpotCheckPlan plan = randomPlan.get();
    Instant now = clock.instant();
    Page<IsolationCase> cases = transactions.storage().inTransaction(
        tx -> CasesByCommune.page(tx, principal.scope(), CaseStatus.ACTIVE, page));
    int asked = 0;
    for (IsolationCase listed : cases.items()) {
      if (!plan.policy().covers(listed.category()) || !randomCheckDue(plan, principal, listed, now)) {
        continue;
      }
      try {
        asked += transactions.run(principal, Operation.REQUEST_RANDOM_SPOT_CHECKS, tx -> {
          IsolationCase c = tx.cases().find(listed.id()).orElseThrow(() -> new NotFoundException("case", listed.id()));
          // Read again: closed, or moved out of the job's scope, since the batch listed it.
          if (c.status() != CaseStatus.ACTIVE || !principal.covers(c.responsibleUnit())
              || !plan.policy().covers(c.category())
              || !randomCheckDue(plan, principal, c, now) || store(tx).findOpen(c.id()).isPresent()) {
            return 0;
          }
          SpotCheck check = ask(tx, principal, c, now);
          audit.record(tx, principal, Operation.REQUEST_RANDOM_SPOT_CHECKS, "case", c.id(), c.responsibleUnit(),
              Map.of("spotCheck", check.id().toString(), "answerBy", check.answerBy().toString()));
          return 1;
        });
      } catch (ConflictException | NotFoundException raced) {
        // Another node asked at the same moment, or the case changed: the next batch looks again.
      }
    }
    return new RandomSpotCheckReport(cases.items().size(), asked, cases.next());
  }

  /**
   * Whether the policy wants the case checked now: now is inside the daily window (a check whose time passed while
   * nothing ran, or while another check was open, is not asked after the window closed: never a check at night
   * because a node was down), a random time today has come since the last check the policy (this principal) asked
   * today, and fewer were asked today than times have come. Counting the times come, not only {@code perDay}, keeps
   * the checks spread when several nodes run the job, each with its own secret and so its own times: the second
   * node's morning time finds the morning's check asked already. Read from the case's history, so that the cases the
   * policy does not want cost no read.
   */
  private static boolean randomCheckDue(RandomSpotCheckPlan plan, Principal principal, IsolationCase c, Instant now) {
    List<Instant> come = plan.timesComeBy(c.id(), c.zone(), now);
    if (come.isEmpty() || !plan.stillAsking(c.zone(), now)) {
      return false;
    }
    Instant due = come.get(come.size() - 1);
    Instant dayStarts = LocalDate.ofInstant(now, c.zone()).atStartOfDay(c.zone()).toInstant();
    List<Instant> askedToday = c.history().stream()
        .filter(h -> h.kind() == CaseChange.Kind.SPOT_CHECK_REQUESTED && h.by().equals(principal.account())
            && !h.at().isBefore(dayStarts))
        .map(CaseChange::at).toList();
    return askedToday.size() < come.size() && askedToday.stream().noneMatch(at -> !at.isBefore(due));
  }

  /**
   * The case's spot check waiting for its answer, if any.
   *
   * @param principal who asks; must be allowed to read the case's spot checks
   * @param caseId the case
   * @return the open check, or empty
   */
  public Optional<SpotCheck> pending(Principal principal, CaseId caseId) {
    return transactions.run(principal, Operation.READ_SPOT_CHECK, tx -> {
      IsolationCase c = tx.cases().find(caseId).orElseThrow(() -> new NotFoundException("case", caseId));
      access.require(principal, Operation.READ_SPOT_CHECK, c);
      return store(tx).findOpen(caseId);
    });
  }

  /**
   * Every spot check of the case, settled ones with their result and evidence, oldest first.
   *
   * @param principal who asks; must be allowed to read the case's spot checks
   * @param caseId the case
   * @return the checks, oldest first
   */
  public List<SpotCheck> history(Principal principal, CaseId caseId) {
    return transactions.run(principal, Operation.READ_SPOT_CHECK, tx -> {
      IsolationCase c = tx.cases().find(caseId).orElseThrow(() -> new NotFoundException("case", caseId));
      access.require(principal, Operation.READ_SPOT_CHECK, c);
      return store(tx).listForCase(caseId);
    });
  }

  /**
   * One batch over the ACTIVE cases in scope: each open spot check whose deadline has passed is settled. Its
   * check-ins (in time, with location and a presence check) are verified by the presence verifier, outside any
   * transaction and each call cut off after the builder's {@code presenceVerificationTimeout}; then, in one
   * transaction per check: PASSED if the verifier passed one, else a {@code PRESENCE_FAILED} alert and FAILED (the
   * verifier failed one), NOT_VERIFIED (answered, but nothing could be verified) or EXPIRED (no answer).
   * Idempotent (a settled check is no longer open) and safe on several nodes (the check's update is
   * version-checked; the slower node's transaction rolls back). A check whose case closed, or moved out of the
   * principal's scope, after the batch listed it is left as it is: no alert is written for a closed case nor outside
   * the scope. If the calling thread is interrupted while it waits
   * for the verifier, the batch stops there and leaves the rest open for the next one.
   *
   * @param principal the system or an administrator, whose scope is settled
   * @param page the cursor of the previous batch and the batch size
   * @return how many spot checks failed (alerts opened or raised), and the cursor for the next batch
   */
  public SpotCheckReport settleDue(Principal principal, PageRequest page) {
    Arguments.required(principal, "principal");
    Arguments.required(page, "page");
    transactions.check(principal, Operation.SETTLE_SPOT_CHECKS,
        () -> access.require(principal, Operation.SETTLE_SPOT_CHECKS, principal.scope()));
    Instant now = clock.instant();
    record Batch(Page<IsolationCase> cases, Map<CaseId, SpotCheck> open) {}
    Batch batch = transactions.storage().inTransaction(tx -> {
      Page<IsolationCase> cases = CasesByCommune.page(tx, principal.scope(), CaseStatus.ACTIVE, page);
      return new Batch(cases, store(tx).findOpen(cases.items().stream().map(IsolationCase::id).toList()));
    });
    int answered = 0;
    int failed = 0;
    for (SpotCheck due : batch.open().values()) {
      if (!due.isDueAt(now)) {
        continue;
      }
      List<Answer> answers;
      try {
        answers = verifiedAnswers(due, now);
      } catch (PresenceVerification.Interrupted stop) {
        break;
      } catch (ConflictException | NotFoundException gone) {
        continue;
      }
      try {
        SpotCheckState result = transactions.run(principal, Operation.SETTLE_SPOT_CHECKS,
            tx -> settle(tx, principal, due, answers, now));
        answered += result == SpotCheckState.PASSED ? 1 : 0;
        failed += result == SpotCheckState.PASSED ? 0 : 1;
      } catch (ConflictException raced) {
        // Settled by another node, or the case changed: the next batch sees it again if still open.
      } catch (RuntimeException broken) {
        // This check only (e.g. its unit's duty roster throws): it stays open for the next run; the batch goes on.
        LoggerFactory.getLogger(SpotCheckService.class).warn("spot check {} could not be settled; tried again at "
            + "the next run", due.id(), LogSafe.withoutMessages(broken));
      }
    }
    return new SpotCheckReport(batch.cases().items().size(), answered, failed, batch.cases().next());
  }

  /** A check-in that answers a spot check, and what the presence verifier made of it. */
  private record Answer(Declaration declaration, PresenceVerification.Verdict verdict) {}

  /** The verdict's reason in the deployment's language. */
  private static Wording verdict(Answer answer) {
    return Wording.text("presenceVerdict." + answer.verdict().name());
  }

  /**
   * The check's answers, oldest first, each with its verdict, up to the first that passed. Read in a short
   * transaction; the verifier is called after it has ended, so that a slow verifier holds no connection.
   */
  private List<Answer> verifiedAnswers(SpotCheck check, Instant now) {
    record Read(IsolationCase isolationCase, List<Declaration> answers) {}
    Read read = transactions.storage().inTransaction(tx -> {
      store(tx).find(check.caseId(), check.id()).filter(s -> s.state() == SpotCheckState.REQUESTED)
          .orElseThrow(() -> new ConflictException("spot check " + check.id() + " was settled"));
      IsolationCase c = tx.cases().find(check.caseId())
          .orElseThrow(() -> new NotFoundException("case", check.caseId()));
      return new Read(c, answers(tx, check, now));
    });
    List<Answer> verified = new ArrayList<>();
    int calls = 0;
    for (Declaration d : read.answers()) {
      Optional<String> reference = d.presence().flatMap(PresenceCheck::evidenceReference).filter(r -> !r.isBlank());
      if (reference.isPresent() && calls == MAX_VERIFIER_CALLS) {
        break;
      }
      PresenceVerification.Verdict verdict = PresenceVerification.Verdict.NO_EVIDENCE_REFERENCE;
      if (reference.isPresent()) {
        calls++;
        verdict = verification.verify(new PresenceClaim(check.caseId(), read.isolationCase().person().id(), d.id(),
            reference.get(), d.submittedAt()));
      }
      verified.add(new Answer(d, verdict));
      if (verdict == PresenceVerification.Verdict.PASSED) {
        break;
      }
    }
    return verified;
  }

  /** The check-ins submitted while the check was open, with location and a presence check, oldest first. */
  private static List<Declaration> answers(StorageTransaction tx, SpotCheck check, Instant now) {
    return tx.declarations()
        .observedBetween(check.caseId(), check.requestedAt().minus(CLOCK_SKEW), now.plus(CLOCK_SKEW),
            MAX_ANSWERS_READ).stream()
        .map(AssessedDeclaration::declaration)
        .filter(d -> !d.submittedAt().isBefore(check.requestedAt()) && d.submittedAt().isBefore(check.answerBy()))
        .filter(d -> d.location().isPresent() && d.presence().isPresent())
        .sorted(Comparator.comparing(Declaration::submittedAt))
        .toList();
  }

  private SpotCheckState settle(StorageTransaction tx, Principal principal, SpotCheck listed, List<Answer> answers,
      Instant now) {
    CaseId id = listed.caseId();
    SpotCheck check = store(tx).find(id, listed.id()).filter(s -> s.state() == SpotCheckState.REQUESTED)
        .orElseThrow(() -> new ConflictException("spot check " + listed.id() + " of case " + id + " was settled"));
    IsolationCase c = tx.cases().find(id).orElseThrow(() -> new NotFoundException("case", id));
    // Closed or moved out of the job's scope since the batch listed it: an alert on a closed case would never be
    // resolved (and would keep it from the retention purge), and one outside the scope is another job's work.
    if (c.status() != CaseStatus.ACTIVE || !principal.covers(c.responsibleUnit())) {
      throw new ConflictException("case " + id + " is no longer an active case of " + principal.scope());
    }
    Optional<Answer> passed = answers.stream()
        .filter(a -> a.verdict() == PresenceVerification.Verdict.PASSED).findFirst();
    Optional<Answer> presenceFailed = answers.stream()
        .filter(a -> a.verdict() == PresenceVerification.Verdict.FAILED).findFirst();
    // The answer the outcome rests on: the passed one, else the failed one, else the first (not verified).
    Optional<Answer> decisive = passed.or(() -> presenceFailed).or(() -> answers.stream().findFirst());
    SpotCheck settled;
    CaseChange.Kind kind;
    Wording said;
    if (passed.isPresent()) {
      settled = check.passed(passed.get().declaration().id(), now);
      kind = CaseChange.Kind.SPOT_CHECK_ANSWERED;
      said = Wording.text("history.spotCheckAnswered", Map.of("declaration",
          Wording.literal(passed.get().declaration().id().toString()), "reason", verdict(passed.get())));
    } else {
      if (presenceFailed.isPresent()) {
        settled = check.failed(presenceFailed.get().declaration().id(), now);
        kind = CaseChange.Kind.SPOT_CHECK_FAILED;
        said = Wording.text("history.spotCheckPresenceFailed", Map.of("reason", verdict(presenceFailed.get())));
      } else if (decisive.isPresent()) {
        settled = check.notVerified(decisive.get().declaration().id(), now);
        kind = CaseChange.Kind.SPOT_CHECK_NOT_VERIFIED;
        said = Wording.text("history.spotCheckNotVerified", Map.of("reason", verdict(decisive.get())));
      } else {
        settled = check.expired(now);
        kind = CaseChange.Kind.SPOT_CHECK_UNANSWERED;
        said = Wording.text("history.spotCheckUnanswered",
            Map.of("deadline", Wording.literal(HistoryDetails.time(check.answerBy(), c.zone()))));
      }
      // the alert line keeps the words, so that each staff member reads it in their language
      alerts.raise(tx, c, AlertKind.PRESENCE_FAILED, Severity.ABNORMAL,
          Wording.text("summary.spotCheck", Map.of("detail", said)), decisive.map(a -> a.declaration().id()), now);
    }
    store(tx).update(settled);
    tx.cases().update(c.noted(wording.change(now, principal.account(), kind, said)));
    // The reference and the verdict only: the evidence itself stays with the verifier.
    Map<String, String> details = new TreeMap<>(Map.of("result", kind.name()));
    decisive.ifPresent(a -> {
      details.put("verdict", a.verdict().name());
      details.put("verifier", verification.verifierName());
      details.put("declaration", a.declaration().id().toString());
      a.declaration().presence().flatMap(PresenceCheck::evidenceReference)
          .ifPresent(r -> details.put("evidenceReference", r));
    });
    audit.record(tx, principal, Operation.SETTLE_SPOT_CHECKS, "case", id, c.responsibleUnit(), details);
    return settled.state();
  }

  /** Present whenever this service exists: {@code Homewatch.builder().build()} refuses a storage without it. */
  private static SpotCheckStore store(StorageTransaction tx) {
    return tx.store(SpotCheckStore.class).orElseThrow(() -> new ConfigurationException(
        "the storage offers no SpotCheckStore although it was built with spot checks on"));
  }
}
