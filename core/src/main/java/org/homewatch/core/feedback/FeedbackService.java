package org.homewatch.core.feedback;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.homewatch.core.alerts.CaseAlerts;
import org.homewatch.core.feedback.internal.FeedbackNotices;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertId;
import org.homewatch.model.AlertKind;
import org.homewatch.model.AlertOutcome;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.homewatch.ConflictException;
import org.homewatch.NotFoundException;
import org.homewatch.core.access.AccessControl;
import org.homewatch.core.access.Operation;
import org.homewatch.core.audit.AuditLog;
import org.homewatch.core.internal.Arguments;
import org.homewatch.core.internal.LogSafe;
import org.slf4j.LoggerFactory;
import org.homewatch.core.internal.Transactions;
import org.homewatch.model.Feedback;
import org.homewatch.model.FeedbackId;
import org.homewatch.model.FeedbackReply;
import org.homewatch.model.FeedbackStatus;
import org.homewatch.model.FeedbackTopic;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Principal;
import org.homewatch.model.Role;
import org.homewatch.spi.storage.StorageTransaction;

/**
 * Feedback from people in quarantine to their health station. A citizen sends it about their own case (or a
 * household member's); the station's staff answer it; either side may add to the thread until it is closed.
 */
public final class FeedbackService {
  private final Transactions transactions;
  private final AccessControl access;
  private final AuditLog audit;
  private final FeedbackNotices notices;
  private final CaseAlerts alerts;
  private final Duration answerWithin;
  private final Clock clock;

  /**
   * @param transactions runs each operation in a transaction with its access check
   * @param access decides who may do what, where
   * @param audit records reads and changes
   * @param notices tells staff and citizens of new feedback and replies
   * @param alerts opens and resolves {@code FEEDBACK} alerts
   * @param clock the time
   * @param answerWithin how long a citizen's feedback (or their follow-up) may wait for the station's answer before
   *     a {@link org.homewatch.model.AlertKind#FEEDBACK} alert is raised for the case
   */
  public FeedbackService(Transactions transactions, AccessControl access, AuditLog audit, FeedbackNotices notices,
      CaseAlerts alerts, Duration answerWithin, Clock clock) {
    this.transactions = transactions;
    this.access = access;
    this.audit = audit;
    this.notices = notices;
    this.alerts = alerts;
    this.answerWithin = answerWithin;
    this.clock = clock;
  }

  /**
   * A citizen sends feedback about a case they act for; it goes to the health station of the case's commune.
   *
   * @param principal the citizen acting for the case
   * @param caseId the case
   * @param topic what it is about
   * @param text what the citizen wrote
   * @return the stored feedback, NEW
   * @throws org.homewatch.AccessDeniedException if the case is neither theirs nor their household's
   * @throws org.homewatch.ValidationException if the text is blank or longer than 4,000 characters
   */
  public Feedback submit(Principal principal, org.homewatch.model.CaseId caseId, FeedbackTopic topic, String text) {
    Arguments.required(caseId, "caseId");
    Arguments.required(topic, "topic");
    Arguments.text(text, "text", 4000);
    return transactions.run(principal, Operation.SUBMIT_FEEDBACK, tx -> {
      IsolationCase c = tx.cases().find(caseId).orElseThrow(() -> new NotFoundException("case", caseId));
      access.require(principal, Operation.SUBMIT_FEEDBACK, c);
      Feedback feedback = new Feedback(FeedbackId.random(), Optional.of(caseId), c.responsibleUnit(),
          principal.account(), topic, text, FeedbackStatus.NEW, List.of(), clock.instant(), 0);
      tx.feedback().insert(feedback);
      notices.toStaff(tx, feedback, c, "feedback.new", clock.instant());
      audit.record(tx, principal, Operation.SUBMIT_FEEDBACK, "feedback", feedback.id(), feedback.unit(),
          Map.of("topic", topic.name()));
      return feedback;
    });
  }

  /**
   * Adds to the thread: staff of the unit answer (the item becomes ANSWERED), the citizen who sent it may add
   * more (it is IN_PROGRESS again).
   *
   * @param principal staff of the unit, or the citizen who sent it while they still act for its case (a login
   *     relinked to another person does not)
   * @param id the feedback
   * @param text the reply
   * @return the feedback, one version on
   * @param expectedVersion the version the caller read; a stale one is a {@link ConflictException}
   */
  public Feedback reply(Principal principal, FeedbackId id, long expectedVersion, String text) {
    Arguments.required(id, "id");
    Arguments.text(text, "text", 4000);
    return transactions.run(principal, Operation.REPLY_TO_FEEDBACK, tx -> {
      Feedback feedback = find(tx, id);
      boolean fromSender = principal.account().equals(feedback.from());
      if (!fromSender) {
        access.require(principal, Operation.REPLY_TO_FEEDBACK, feedback.unit());
      } else {
        // The same login is not always the same person: a relinked login acts for someone else now.
        requireStillActsFor(tx, principal, feedback);
      }
      requireOpen(feedback, expectedVersion);
      FeedbackStatus next = fromSender && principal.has(Role.CITIZEN) ? FeedbackStatus.IN_PROGRESS
          : FeedbackStatus.ANSWERED;
      Instant now = clock.instant();
      Feedback replied = feedback.withReply(new FeedbackReply(now, principal.account(), text), next);
      tx.feedback().update(replied);
      Optional<IsolationCase> c = caseOf(tx, replied);
      if (c.isPresent() && next == FeedbackStatus.IN_PROGRESS) {
        notices.toStaff(tx, replied, c.get(), "feedback.more", now);
      } else if (c.isPresent()) {
        notices.toPerson(tx, replied, c.get(), "feedback.replied", now);
        alerts.resolveKind(tx, principal, c.get(), AlertKind.FEEDBACK, AlertOutcome.OTHER,
            notices.resolutionNote(false), now);
      }
      audit.record(tx, principal, Operation.REPLY_TO_FEEDBACK, "feedback", id, feedback.unit());
      return replied;
    });
  }

  /** The sender of a feedback about a case writes in its thread only while they may still write about the case. */
  private void requireStillActsFor(StorageTransaction tx, Principal sender, Feedback feedback) {
    if (feedback.caseId().isPresent()) {
      IsolationCase c = tx.cases().find(feedback.caseId().get())
          .orElseThrow(() -> new NotFoundException("case", feedback.caseId().get()));
      access.require(sender, Operation.SUBMIT_FEEDBACK, c);
    } else {
      access.requireRole(sender, Operation.SUBMIT_FEEDBACK);
    }
  }

  /**
   * Staff close an item, with a last word to the citizen.
   *
   * @param principal staff of the unit
   * @param id the feedback
   * @param expectedVersion the version the caller read
   * @param closingText the last word to the citizen
   * @return the closed feedback
   */
  public Feedback close(Principal principal, FeedbackId id, long expectedVersion, String closingText) {
    Arguments.required(id, "id");
    Arguments.text(closingText, "closingText", 4000);
    return transactions.run(principal, Operation.CLOSE_FEEDBACK, tx -> {
      Feedback feedback = find(tx, id);
      access.require(principal, Operation.CLOSE_FEEDBACK, feedback.unit());
      requireOpen(feedback, expectedVersion);
      Instant now = clock.instant();
      Feedback closed = feedback.withReply(new FeedbackReply(now, principal.account(), closingText),
          FeedbackStatus.CLOSED);
      tx.feedback().update(closed);
      Optional<IsolationCase> c = caseOf(tx, closed);
      if (c.isPresent()) {
        notices.toPerson(tx, closed, c.get(), "feedback.closed", now);
        alerts.resolveKind(tx, principal, c.get(), AlertKind.FEEDBACK, AlertOutcome.OTHER,
            notices.resolutionNote(true), now);
      }
      audit.record(tx, principal, Operation.CLOSE_FEEDBACK, "feedback", id, feedback.unit());
      return closed;
    });
  }

  /**
   * The station's inbox: feedback in the principal's scope with the given statuses (all if empty), oldest first.
   *
   * @param principal staff
   * @param statuses the statuses wanted; empty for all
   * @param page where to start and how many
   * @return one page of feedback
   */
  public Page<Feedback> inbox(Principal principal, Set<FeedbackStatus> statuses, PageRequest page) {
    Arguments.elements(statuses, "statuses");
    Arguments.required(page, "page");
    return transactions.run(principal, Operation.LIST_FEEDBACK, tx -> {
      access.require(principal, Operation.LIST_FEEDBACK, principal.scope());
      Page<Feedback> result = tx.feedback().list(principal.scope(), statuses, page);
      audit.record(tx, principal, Operation.LIST_FEEDBACK, "feedback", "*", principal.scope(),
          Map.of("count", Integer.toString(result.items().size())));
      return result;
    });
  }

  /**
   * One keyset batch of the feedback deadline: walks the unanswered feedback (NEW, or IN_PROGRESS after the
   * citizen wrote again) of the principal's scope, oldest first, and for each that has waited longer than the
   * answer time, raises a {@link AlertKind#FEEDBACK} alert for its case (one per case at a time; its id is derived
   * from the feedback and since when it waits, and the case's version is bumped with it, so two nodes cannot raise
   * two, not even for two items of one case). Feedback of a closed case raises nothing. The station's answer (or closing the thread) resolves the alert.
   *
   * @param principal the system or an administrator, whose scope is walked
   * @param page the cursor of the previous batch and the batch size
   * @return what the batch did
   */
  public FeedbackDeadlineReport raiseUnanswered(Principal principal, PageRequest page) {
    Arguments.required(page, "page");
    transactions.check(principal, Operation.RAISE_UNANSWERED_FEEDBACK,
        () -> access.requireRole(principal, Operation.RAISE_UNANSWERED_FEEDBACK));
    Instant now = clock.instant();
    Page<Feedback> batch = transactions.storage().inTransaction(tx -> tx.feedback().list(principal.scope(),
        Set.of(FeedbackStatus.NEW, FeedbackStatus.IN_PROGRESS), page));
    int raised = 0;
    for (Feedback feedback : batch.items()) {
      Instant waitingSince = waitingSince(feedback);
      if (waitingSince.plus(answerWithin).isAfter(now) || feedback.caseId().isEmpty()
          || !principal.covers(feedback.unit())) {
        continue;
      }
      try {
        boolean opened = transactions.run(principal, Operation.RAISE_UNANSWERED_FEEDBACK, tx -> {
          Optional<IsolationCase> c = caseOf(tx, feedback);
          if (c.isEmpty() || c.get().status().isClosed()) {
            return false;
          }
          AlertId id = new AlertId(UUID.nameUUIDFromBytes(("homewatch:feedback-alert:" + feedback.id() + ":"
              + waitingSince).getBytes(StandardCharsets.UTF_8)));
          Optional<Alert> alert = alerts.openForUnansweredFeedback(tx, c.get(), id,
              notices.overdueSummary(feedback, c.get(), waitingSince), now);
          // The case's version, bumped with nothing else changed, serialises this with another node opening the
          // case's FEEDBACK alert for another of its items at the same moment (their ids differ, so only the case
          // row can make the slower one conflict and roll back).
          alert.ifPresent(a -> tx.cases().update(c.get().atVersion(c.get().version() + 1)));
          alert.ifPresent(a -> audit.record(tx, principal, Operation.RAISE_UNANSWERED_FEEDBACK, "feedback",
              feedback.id(), feedback.unit(), Map.of("alert", a.id().toString())));
          return alert.isPresent();
        });
        if (opened) {
          raised++;
        }
      } catch (ConflictException raced) {
        // another node raised it meanwhile: the alert exists, which is what this batch wanted
      } catch (RuntimeException failed) {
        // This item only (e.g. its unit's duty roster throws): the next run tries it again; the batch goes on.
        LoggerFactory.getLogger(FeedbackService.class).warn("feedback {} could not raise its alert; tried again at "
            + "the next run", feedback.id(), LogSafe.withoutMessages(failed));
      }
    }
    return new FeedbackDeadlineReport(batch.items().size(), raised, batch.next());
  }

  /** Since when the citizen has been waiting for the station: their last word (the feedback, or a follow-up). */
  private static Instant waitingSince(Feedback feedback) {
    Instant since = feedback.submittedAt();
    for (FeedbackReply reply : feedback.replies()) {
      if (reply.by().equals(feedback.from())) {
        since = reply.at();
      }
    }
    return since;
  }

  private static Optional<IsolationCase> caseOf(StorageTransaction tx, Feedback feedback) {
    return feedback.caseId().flatMap(id -> tx.cases().find(id));
  }

  private static Feedback find(StorageTransaction tx, FeedbackId id) {
    return tx.feedback().find(id).orElseThrow(() -> new NotFoundException("feedback", id));
  }

  private static void requireOpen(Feedback feedback, long expectedVersion) {
    if (feedback.version() != expectedVersion) {
      throw ConflictException.staleVersion("feedback", feedback.id(), expectedVersion, feedback.version());
    }
    if (feedback.status() == FeedbackStatus.CLOSED) {
      throw new ConflictException("feedback " + feedback.id() + " is closed");
    }
  }
}
