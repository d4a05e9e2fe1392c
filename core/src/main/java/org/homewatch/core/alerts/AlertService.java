package org.homewatch.core.alerts;

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
import org.homewatch.core.audit.AuditLog;
import org.homewatch.core.internal.Arguments;
import org.homewatch.core.internal.LogSafe;
import org.homewatch.core.internal.Transactions;
import org.homewatch.core.notify.HistoryDetails;
import org.homewatch.core.notify.StaffNotifier;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertId;
import org.homewatch.model.AlertOutcome;
import org.homewatch.model.AlertQuery;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Principal;
import org.homewatch.model.Wording;
import org.homewatch.spi.storage.StorageTransaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alert queue of a health station (and of the district and province above it): list, acknowledge, resolve;
 * and escalation of alerts nobody acknowledged in time. Thread-safe.
 */
public final class AlertService {
  private static final Logger log = LoggerFactory.getLogger(AlertService.class);

  private final Transactions transactions;
  private final AccessControl access;
  private final AuditLog audit;
  private final AlertPolicy policy;
  private final StaffNotifier notifier;
  private final Clock clock;

  private static final java.time.format.DateTimeFormatter HISTORY_TIME =
      java.time.format.DateTimeFormatter.ofPattern("dd/MM HH:mm");

  private final org.homewatch.core.notify.NotificationComposer composer;
  private final java.util.Locale locale;

  /**
   * Wired by {@code Homewatch}'s builder; integrators reach the service through {@code Homewatch.alerts()}.
   *
   * @param transactions runs each operation in a transaction with its access check
   * @param access decides who may do what, where
   * @param audit records reads and changes
   * @param policy the deadlines
   * @param notifier pages the staff through the outbox
   * @param composer renders the staff's messages
   * @param locale the language of the history's details and staff messages
   * @param clock the time
   */
  public AlertService(Transactions transactions, AccessControl access, AuditLog audit, AlertPolicy policy,
      StaffNotifier notifier, org.homewatch.core.notify.NotificationComposer composer, java.util.Locale locale,
      Clock clock) {
    this.composer = composer;
    this.locale = locale;
    this.transactions = transactions;
    this.access = access;
    this.audit = audit;
    this.policy = policy;
    this.notifier = notifier;
    this.clock = clock;
  }

  /**
   * The queue inside {@code query.scope()}, worst first then oldest; the scope must lie inside the principal's.
   *
   * @param principal staff whose scope holds {@code query.scope()}
   * @param query the scope, statuses and kinds wanted
   * @param page where to start and how many
   * @return one page of alerts and the cursor of the next
   */
  public Page<Alert> list(Principal principal, AlertQuery query, PageRequest page) {
    Arguments.required(query, "query");
    Arguments.required(page, "page");
    return transactions.run(principal, Operation.LIST_ALERTS, tx -> {
      access.require(principal, Operation.LIST_ALERTS, query.scope());
      Page<Alert> result = tx.alerts().list(query, page);
      audit.record(tx, principal, Operation.LIST_ALERTS, "alert", "*", query.scope(),
          Map.of("count", Integer.toString(result.items().size())));
      return result;
    });
  }

  /**
   * The queue of everything not yet resolved in the principal's own scope.
   *
   * @param principal staff
   * @param page where to start and how many
   * @return one page of active alerts, worst first then oldest
   */
  public Page<Alert> activeQueue(Principal principal, PageRequest page) {
    Arguments.required(principal, "principal");
    return list(principal, AlertQuery.active(principal.scope()), page);
  }

  /**
   * One alert, audited as a read.
   *
   * @param principal staff whose scope holds the alert's unit
   * @param id the alert's id
   * @return the alert
   * @throws org.homewatch.NotFoundException if there is no such alert
   */
  public Alert get(Principal principal, AlertId id) {
    return transactions.run(principal, Operation.READ_ALERT, tx -> {
      Alert alert = find(tx, id);
      access.require(principal, Operation.READ_ALERT, alert.responsibleUnit());
      audit.record(tx, principal, Operation.READ_ALERT, "alert", id, alert.responsibleUnit());
      return alert;
    });
  }

  /**
   * Takes an alert: it stops escalating as unanswered, and must be resolved within the policy's
   * {@link AlertPolicy#resolveWithin resolve time} or its handler is reminded (and after that, it escalates
   * unresolved; see {@link #followUpUnresolved}). Acknowledging an acknowledged alert again is allowed (a colleague
   * takes over, with a fresh resolve time) and records who has it now.
   *
   * @param principal the staff member taking it
   * @param id the alert's id
   * @return the acknowledged alert
   * @param expectedVersion the version the caller saw; a newer stored one (raised meanwhile) is a
   *     {@link ConflictException}, so nobody acknowledges a worse alert than the one they read
   */
  public Alert acknowledge(Principal principal, AlertId id, long expectedVersion) {
    Instant[] at = new Instant[1];
    Alert acknowledged = handle(principal, id, expectedVersion, Operation.ACKNOWLEDGE_ALERT, Map.of(),
        (alert, now) -> {
          at[0] = now;
          return alert.acknowledgedBy(principal.account(), now,
              now.plus(policy.resolveWithin(alert.severity())));
        });
    // After the commit: a rolled-back acknowledgement is not one.
    transactions.metrics().acknowledged(acknowledged.kind(), acknowledged.severity(),
        Duration.between(acknowledged.openedAt(), at[0]));
    return acknowledged;
  }

  /**
   * Closes an alert with what was done about it.
   *
   * @param principal the staff member closing it
   * @param id the alert's id
   * @param expectedVersion the version the caller saw; a newer stored one is a {@link ConflictException}
   * @param outcome what was done about it
   * @param note free text for the history; blank for none
   * @return the resolved alert
   */
  public Alert resolve(Principal principal, AlertId id, long expectedVersion, AlertOutcome outcome, String note) {
    Arguments.required(outcome, "outcome");
    Arguments.optionalText(note, "note", 2000);
    return handle(principal, id, expectedVersion, Operation.RESOLVE_ALERT, Map.of("outcome", outcome.name()),
        (alert, now) -> alert.resolved(principal.account(), outcome, note, now));
  }

  /** A staff action on an unresolved alert the principal may handle, at the version they saw, audited. */
  private Alert handle(Principal principal, AlertId id, long expectedVersion, Operation operation,
      Map<String, String> details, java.util.function.BiFunction<Alert, Instant, Alert> change) {
    return transactions.run(principal, operation, tx -> {
      Alert alert = find(tx, id);
      access.require(principal, operation, alert.responsibleUnit());
      requireVersion(alert, expectedVersion);
      Alert changed = change.apply(alert, clock.instant());
      tx.alerts().update(changed);
      audit.record(tx, principal, operation, "alert", id, alert.responsibleUnit(), details);
      return changed;
    });
  }

  /**
   * One bounded batch of escalation: every OPEN alert whose acknowledge-by deadline has passed goes one level up
   * (commune → district → province), whose on-duty staff are notified, with a new deadline. An alert already at
   * the province is notified again there. Safe on several nodes at once: an alert escalated by another node
   * meanwhile is skipped (optimistic locking). An alert whose escalation fails (e.g. its unit's duty roster throws)
   * is logged and left due for the next run; the batch goes on with the others.
   *
   * @param principal the system or an administrator, whose scope is escalated
   * @param batchSize the most alerts to look at, 1 to {@value org.homewatch.model.PageRequest#MAX_LIMIT}
   * @return how many alerts were escalated
   * @throws org.homewatch.ValidationException on {@code limit} if {@code batchSize} is out of range
   */
  public int escalateOverdue(Principal principal, int batchSize) {
    PageRequest.first(batchSize); // the range of a page, refused as a page's "limit" is
    transactions.check(principal, Operation.ESCALATE_OVERDUE_ALERTS,
        () -> access.requireRole(principal, Operation.ESCALATE_OVERDUE_ALERTS));
    Instant now = clock.instant();
    List<Alert> due = transactions.storage().inTransaction(tx -> tx.alerts().dueForEscalation(principal.scope(), now, batchSize));
    int escalated = 0;
    for (Alert alert : due) {
      if (!principal.covers(alert.responsibleUnit())) {
        continue;
      }
      try {
        transactions.run(principal, Operation.ESCALATE_OVERDUE_ALERTS, tx -> escalate(tx, principal, alert, now));
        escalated++;
      } catch (ConflictException raced) {
        log.debug("alert {} changed while escalating; another node or a nurse got there first", alert.id());
      } catch (RuntimeException failed) {
        // This alert only (e.g. its unit's duty roster throws): it stays due and first in line, so ending the batch
        // here would stop every later escalation of the scope, run after run.
        log.warn("alert {} could not be escalated; it is tried again at the next run", alert.id(),
            LogSafe.withoutMessages(failed));
      }
    }
    return escalated;
  }

  /**
   * One bounded batch of follow-up of acknowledged alerts nobody resolved in time, so that no alert stalls once
   * taken. Each ACKNOWLEDGED alert past its resolve-by deadline:
   *
   * <ul>
   *   <li>not yet reminded since it was acknowledged: its handler is reminded (template
   *       {@code alert.resolveReminder}) and has as long again as the commune had to acknowledge it
   *       ({@link AlertPolicy#acknowledgeWithin}); if the handler cannot be reached (account gone, inactive, no
   *       contact point), it escalates at once instead;
   *   <li>already reminded: it escalates unresolved, OPEN one level up (at the province it stays there and the
   *       province is told again), with nobody handling it and the escalated deadline; that unit's on-duty staff
   *       are paged ({@code alert.escalatedUnresolved}).
   * </ul>
   *
   * Safe on several nodes at once, like {@link #escalateOverdue}.
   *
   * @param principal the system or an administrator, whose scope is followed up
   * @param batchSize the most alerts to look at, 1 to {@value org.homewatch.model.PageRequest#MAX_LIMIT}
   * @return how many were reminded and how many escalated unresolved
   * @throws org.homewatch.ValidationException on {@code limit} if {@code batchSize} is out of range
   */
  public FollowUpReport followUpUnresolved(Principal principal, int batchSize) {
    PageRequest.first(batchSize); // the range of a page, refused as a page's "limit" is
    transactions.check(principal, Operation.FOLLOW_UP_UNRESOLVED_ALERTS,
        () -> access.requireRole(principal, Operation.FOLLOW_UP_UNRESOLVED_ALERTS));
    Instant now = clock.instant();
    List<Alert> due = transactions.storage().inTransaction(
        tx -> tx.alerts().dueForResolutionFollowUp(principal.scope(), now, batchSize));
    int reminded = 0;
    int escalated = 0;
    for (Alert alert : due) {
      if (!principal.covers(alert.responsibleUnit())) {
        continue;
      }
      try {
        boolean wentUp = transactions.run(principal, Operation.FOLLOW_UP_UNRESOLVED_ALERTS, tx -> followUp(tx, principal, alert, now));
        if (wentUp) {
          escalated++;
        } else {
          reminded++;
        }
      } catch (ConflictException raced) {
        log.debug("alert {} changed while following it up; another node or a nurse got there first", alert.id());
      } catch (RuntimeException failed) {
        // This alert only: see escalateOverdue.
        log.warn("alert {} could not be followed up; it is tried again at the next run", alert.id(),
            LogSafe.withoutMessages(failed));
      }
    }
    return new FollowUpReport(due.size(), reminded, escalated);
  }

  /** Reminds the handler, or escalates; true if it escalated. */
  private boolean followUp(StorageTransaction tx, Principal principal, Alert alert, Instant now) {
    IsolationCase c = tx.cases().find(alert.caseId()).orElseThrow(() -> new NotFoundException("case", alert.caseId()));
    String handler = alert.handledBy().map(Object::toString).orElse("nobody");
    Alert current = alert;
    if (!alert.remindedSinceAcknowledged()) {
      Wording remindedWhy = history(tx, "history.reminded", alert.acknowledgeBy(), c, alert.currentlyResponsible(),
          handler);
      Alert reminded = alert.remindedToResolve(now.plus(policy.acknowledgeWithin(alert.severity())),
          composer.render(remindedWhy, locale), Optional.of(remindedWhy), now);
      int messages = notifier.remindHandler(tx, reminded, c, "alert.resolveReminder", now);
      if (messages > 0) {
        tx.alerts().update(reminded);
        audit.record(tx, principal, "alert.remind", "alert", alert.id(), alert.responsibleUnit(),
            Map.of("handler", handler, "messages", Integer.toString(messages)));
        return false;
      }
      current = reminded;
    }
    JurisdictionPath from = current.currentlyResponsible();
    int level = from.isProvince() ? current.escalationLevel() : current.escalationLevel() + 1;
    Wording why = history(tx, "history.escalatedUnresolved", current.acknowledgeBy(), c, from, handler);
    Alert up = current.escalatedUnresolved(level, now.plus(policy.escalatedAcknowledgeWithin()),
        composer.render(why, locale), Optional.of(why), now).atVersion(alert.version() + 1);
    StaffNotifier.Routed routed = notifier.notify(tx, up, c, up.currentlyResponsible(), "alert.escalatedUnresolved",
        now);
    tx.alerts().update(up);
    audit.record(tx, principal, Operation.ESCALATE_OVERDUE_ALERTS, "alert", alert.id(), alert.responsibleUnit(),
        Map.of("level", Integer.toString(level), "notified", routed.unit().toString(),
            "messages", Integer.toString(routed.messages()), "because", "unresolved"));
    return true;
  }

  private Alert escalate(StorageTransaction tx, Principal principal, Alert alert, Instant now) {
    IsolationCase c = tx.cases().find(alert.caseId()).orElseThrow(() -> new NotFoundException("case", alert.caseId()));
    JurisdictionPath from = alert.currentlyResponsible();
    int level = from.isProvince() ? alert.escalationLevel() : alert.escalationLevel() + 1;
    Wording why = history(tx, "history.escalated", alert.acknowledgeBy(), c, from, "");
    Alert escalated = alert.escalated(level, now.plus(policy.escalatedAcknowledgeWithin()),
        composer.render(why, locale), Optional.of(why), now);
    StaffNotifier.Routed routed = notifier.notify(tx, escalated, c, escalated.currentlyResponsible(),
        "alert.escalated", now);
    tx.alerts().update(escalated);
    audit.record(tx, principal, Operation.ESCALATE_OVERDUE_ALERTS, "alert", alert.id(), alert.responsibleUnit(),
        Map.of("level", Integer.toString(level), "notified", routed.unit().toString(),
            "messages", Integer.toString(routed.messages())));
    return escalated;
  }

  /**
   * A history detail in the staff's language, with the deadline in the case's zone ("16/08 08:15") and the unit by
   * its name, never an instant in UTC and a unit's key.
   */
  /** What an escalation or reminder step says: the deadline, the unit and the handler's account, all literals. */
  private static Wording history(StorageTransaction tx, String key, Instant deadline, IsolationCase c,
      JurisdictionPath unit, String handler) {
    return Wording.text(key, Map.of("deadline", Wording.literal(HISTORY_TIME.format(deadline.atZone(c.zone()))),
        "unit", HistoryDetails.unitOf(tx, unit), "handler", HistoryDetails.asWritten(handler)));
  }

  private static Alert find(StorageTransaction tx, AlertId id) {
    return tx.alerts().find(id).orElseThrow(() -> new NotFoundException("alert", id));
  }

  private static void requireVersion(Alert alert, long expectedVersion) {
    if (alert.version() != expectedVersion) {
      throw ConflictException.staleVersion("alert", alert.id(), expectedVersion, alert.version());
    }
  }
}
