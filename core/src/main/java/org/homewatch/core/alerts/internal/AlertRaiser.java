package org.homewatch.core.alerts.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.homewatch.core.alerts.AlertPolicy;
import org.homewatch.core.notify.StaffNotifier;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertEvent;
import org.homewatch.model.AlertId;
import org.homewatch.model.AlertKind;
import org.homewatch.model.AlertStatus;
import org.homewatch.model.DeclarationId;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.Severity;
import org.homewatch.spi.storage.StorageTransaction;

/**
 * Opens an alert, or raises the case's active alert of the same kind, and writes the notifications, all in the
 * caller's transaction. A case has at most one active alert per kind: new evidence of the same or a lesser
 * severity adds nothing (the nurse already has it), a worse one raises the alert, puts it back to OPEN so that it
 * escalates again if nobody reacts, and pages the staff anew.
 */
public final class AlertRaiser {
  private final AlertPolicy policy;
  private final StaffNotifier notifier;
  private final FindingSummary summaries;

  public AlertRaiser(AlertPolicy policy, StaffNotifier notifier, FindingSummary summaries) {
    this.policy = policy;
    this.notifier = notifier;
    this.summaries = summaries;
  }

  /** The alert line for the findings of one kind (see {@link FindingSummary}). */
  public String summarize(org.homewatch.model.Assessment assessment, AlertKind kind) {
    return summaries.summarize(assessment, kind);
  }

  /** What happened: the alert as stored now, whether it is new, and whether staff were paged. */
  public record Outcome(Alert alert, boolean opened, boolean notified) {}

  public Optional<Outcome> raise(StorageTransaction tx, IsolationCase isolationCase, AlertKind kind,
      Severity severity, String summary, Optional<DeclarationId> trigger, Instant now) {
    if (!policy.opens(severity)) {
      return Optional.empty();
    }
    Optional<Alert> active = tx.alerts().findActive(isolationCase.id(), kind);
    if (active.isEmpty()) {
      Instant deadline = now.plus(policy.acknowledgeWithin(severity));
      Alert opened = new Alert(AlertId.random(), isolationCase.id(), kind, severity, AlertStatus.OPEN,
          isolationCase.responsibleUnit(), 0, now, deadline, trigger, summary, Optional.empty(), Optional.empty(),
          List.of(new AlertEvent(now, AlertEvent.Kind.OPENED, Optional.empty(), severity + ": " + summary)), 0);
      return Optional.of(new Outcome(notifyAndStore(tx, isolationCase, opened, true, "alert.opened", now), true,
          true));
    }
    Alert current = active.get();
    if (!severity.isWorseThan(current.severity())) {
      return Optional.of(new Outcome(current, false, false));
    }
    Alert raised = current.next(severity, AlertStatus.OPEN, current.escalationLevel(),
        deadlineWhenRaised(current, now.plus(policy.acknowledgeWithin(severity)), now), trigger, summary,
        current.handledBy(), Optional.empty(),
        new AlertEvent(now, AlertEvent.Kind.RAISED, Optional.empty(), current.severity() + " → " + severity
            + ": " + summary));
    return Optional.of(new Outcome(notifyAndStore(tx, isolationCase, raised, false, "alert.raised", now), false,
        true));
  }

  /**
   * Notifies the unit currently responsible and stores the alert (as given: new at version 0, or raised at the
   * stored version + 1). If nobody was on duty there, the alert is recorded as escalated to the unit that was
   * reached, so that the queue shows who really has it. Also used by the missed-declaration sweep, which decides
   * for itself when to open or raise.
   */
  public Alert notifyAndStore(StorageTransaction tx, IsolationCase c, Alert alert, boolean isNew,
      String template, Instant now) {
    JurisdictionPath unit = alert.currentlyResponsible();
    StaffNotifier.Routed routed = notifier.notify(tx, alert, c, unit, template, now);
    Alert stored = alert;
    if (!routed.unit().equals(unit)) {
      stored = withEvent(stored, alert.responsibleUnit().depth() - routed.unit().depth(),
          new AlertEvent(now, AlertEvent.Kind.ESCALATED, Optional.empty(),
              "nobody on duty at " + unit + "; notified " + routed.unit()));
    }
    if (routed.staff().isEmpty()) {
      stored = withEvent(stored, stored.escalationLevel(), new AlertEvent(now, AlertEvent.Kind.ESCALATED,
          Optional.empty(), "nobody on duty anywhere up to " + routed.unit() + "; nobody was notified"));
    }
    if (isNew) {
      tx.alerts().insert(stored);
    } else {
      tx.alerts().update(stored);
    }
    return stored;
  }

  /**
   * The acknowledge-by deadline of an alert raised to a worse severity: it is OPEN again and needs a fresh answer,
   * so it gets the new severity's deadline ({@code fresh}), unless it was still waiting for a first answer under an
   * earlier deadline that has not passed.
   */
  public static Instant deadlineWhenRaised(Alert current, Instant fresh, Instant now) {
    boolean earlierStillRunning = current.status() == AlertStatus.OPEN && current.acknowledgeBy().isAfter(now)
        && current.acknowledgeBy().isBefore(fresh);
    return earlierStillRunning ? current.acknowledgeBy() : fresh;
  }

  /** The same version of the alert with one more history event and the given escalation level. */
  static Alert withEvent(Alert alert, int escalationLevel, AlertEvent event) {
    return alert.next(alert.severity(), alert.status(), escalationLevel, alert.acknowledgeBy(), alert.trigger(),
        alert.summary(), alert.handledBy(), alert.outcome(), event).atVersion(alert.version());
  }
}
