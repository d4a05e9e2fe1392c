package org.homewatch.core.feedback;

import java.time.Clock;
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
  private final Clock clock;

  public FeedbackService(Transactions transactions, AccessControl access, AuditLog audit, Clock clock) {
    this.transactions = transactions;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * A citizen sends feedback about a case they act for; it goes to the health station of the case's commune.
   *
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
      audit.record(tx, principal, Operation.SUBMIT_FEEDBACK, "feedback", feedback.id(), feedback.unit(),
          Map.of("topic", topic.name()));
      return feedback;
    });
  }

  /**
   * Adds to the thread: staff of the unit answer (the item becomes ANSWERED), the citizen who sent it may add
   * more (it is IN_PROGRESS again).
   *
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
      }
      requireOpen(feedback, expectedVersion);
      FeedbackStatus next = fromSender && principal.has(Role.CITIZEN) ? FeedbackStatus.IN_PROGRESS
          : FeedbackStatus.ANSWERED;
      Feedback replied = feedback.withReply(new FeedbackReply(clock.instant(), principal.account(), text), next);
      tx.feedback().update(replied);
      audit.record(tx, principal, Operation.REPLY_TO_FEEDBACK, "feedback", id, feedback.unit());
      return replied;
    });
  }

  /** Staff close an item, with a last word to the citizen. */
  public Feedback close(Principal principal, FeedbackId id, long expectedVersion, String closingText) {
    Arguments.required(id, "id");
    Arguments.text(closingText, "closingText", 4000);
    return transactions.run(principal, Operation.CLOSE_FEEDBACK, tx -> {
      Feedback feedback = find(tx, id);
      access.require(principal, Operation.CLOSE_FEEDBACK, feedback.unit());
      requireOpen(feedback, expectedVersion);
      Feedback closed = feedback.withReply(new FeedbackReply(clock.instant(), principal.account(), closingText),
          FeedbackStatus.CLOSED);
      tx.feedback().update(closed);
      audit.record(tx, principal, Operation.CLOSE_FEEDBACK, "feedback", id, feedback.unit());
      return closed;
    });
  }

  /** The station's inbox: feedback in the principal's scope with the given statuses (all if empty), oldest first. */
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
