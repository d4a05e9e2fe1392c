package org.homewatch.core.alerts.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homewatch.core.alerts.AlertPolicy;
import org.homewatch.core.alerts.CaseAlerts;
import org.homewatch.core.audit.AuditLog;
import org.homewatch.core.notify.HistoryDetails;
import org.homewatch.core.notify.NotificationComposer;
import org.homewatch.core.notify.StaffNotifier;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertId;
import org.homewatch.model.AlertKind;
import org.homewatch.model.AlertOutcome;
import org.homewatch.model.AlertStatus;
import org.homewatch.model.Assessment;
import org.homewatch.model.DeclarationId;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.Principal;
import org.homewatch.model.Severity;
import org.homewatch.model.Wording;
import org.homewatch.spi.storage.StorageTransaction;

/** The {@link CaseAlerts} port: opens, raises, resolves and hands over a case's alerts in the caller's transaction. */
public final class CaseAlertChanges implements CaseAlerts {
  private final AlertPolicy policy;
  private final StaffNotifier notifier;
  private final FindingSummary summaries;
  private final NotificationComposer texts;
  private final java.util.Locale storedIn;
  private final HistoryDetails details;
  private final AuditLog audit;

  /**
   * @param texts renders an alert's wording into the summary it stores
   * @param storedIn the language of the summaries and history details alerts store (the deployment's)
   * @param details the words of alert history entries, in that language
   */
  public CaseAlertChanges(AlertPolicy policy, StaffNotifier notifier, FindingSummary summaries,
      NotificationComposer texts, java.util.Locale storedIn, HistoryDetails details, AuditLog audit) {
    this.texts = texts;
    this.details = details;
    this.policy = policy;
    this.notifier = notifier;
    this.summaries = summaries;
    this.storedIn = storedIn;
    this.audit = audit;
  }

  /** The words of alert history entries, for the delivery follow-up. */
  HistoryDetails details() {
    return details;
  }

  @Override
  public Wording summarize(IsolationCase isolationCase, Assessment assessment, AlertKind kind) {
    return summaries.wording(assessment, kind, isolationCase, storedIn);
  }

  /** The line an alert stores: its wording in the deployment's language. */
  private String line(Wording summary) {
    return texts.render(summary, storedIn);
  }

  @Override
  public Optional<Outcome> raise(StorageTransaction tx, IsolationCase isolationCase, AlertKind kind,
      Severity severity, Wording summary, Optional<DeclarationId> trigger, Instant now) {
    if (!policy.opens(severity)) {
      return Optional.empty();
    }
    Optional<Alert> active = tx.alerts().findActive(isolationCase.id(), kind);
    if (active.isEmpty()) {
      Alert opened = Alert.opened(AlertId.random(), isolationCase.id(), kind, severity,
          isolationCase.responsibleUnit(), now, now.plus(policy.acknowledgeWithin(severity)), trigger, line(summary),
          Optional.of(summary));
      return Optional.of(new Outcome(notifyAndStore(tx, isolationCase, opened, true, "alert.opened", now), true,
          true));
    }
    Alert current = active.get();
    if (!severity.isWorseThan(current.severity())) {
      return Optional.of(new Outcome(current, false, false));
    }
    Alert raised = current.raisedTo(severity, line(summary), Optional.of(summary), trigger,
        deadlineWhenRaised(current, severity, now), now);
    return Optional.of(new Outcome(notifyAndStore(tx, isolationCase, raised, false, "alert.raised", now), false,
        true));
  }

  @Override
  public Optional<Alert> openCountingSlots(StorageTransaction tx, IsolationCase isolationCase, AlertId id,
      Severity severity, Wording summary, Instant countedThrough, Instant now) {
    if (tx.alerts().find(id).isPresent()) {
      return Optional.empty();
    }
    Alert opened = Alert.opened(id, isolationCase.id(), AlertKind.MISSED_DECLARATIONS, severity,
        isolationCase.responsibleUnit(), now, now.plus(policy.acknowledgeWithin(severity)), Optional.empty(),
        line(summary), Optional.of(summary)).countedThrough(countedThrough);
    return Optional.of(notifyAndStore(tx, isolationCase, opened, true, "alert.opened", now));
  }

  @Override
  public Alert addCountedSlots(StorageTransaction tx, IsolationCase isolationCase, Alert current, Severity severity,
      Wording summary, Instant countedThrough, Instant now) {
    if (severity.isWorseThan(current.severity())) {
      Alert raised = current.raisedTo(severity, line(summary), Optional.of(summary), current.trigger(),
          deadlineWhenRaised(current, severity, now), now).countedThrough(countedThrough);
      return notifyAndStore(tx, isolationCase, raised, false, "alert.raised", now);
    }
    // The same severity for a new run of missed slots adds the evidence without paging anyone again (the alert is
    // still in the queue).
    Alert more = current.withEvidence(line(summary), Optional.of(summary), now).countedThrough(countedThrough);
    tx.alerts().update(more);
    return more;
  }

  @Override
  public List<AlertKind> kindsOpen(StorageTransaction tx, IsolationCase isolationCase) {
    List<AlertKind> open = new ArrayList<>();
    for (AlertKind kind : AlertKind.values()) {
      tx.alerts().findActive(isolationCase.id(), kind).ifPresent(a -> open.add(kind));
    }
    return open;
  }

  @Override
  public void resolveAll(StorageTransaction tx, Principal principal, IsolationCase isolationCase,
      AlertOutcome outcome, Wording note, Instant now) {
    for (AlertKind kind : AlertKind.values()) {
      Optional<Alert> active = tx.alerts().findActive(isolationCase.id(), kind);
      if (active.isPresent()) {
        Alert a = active.get();
        tx.alerts().update(a.resolved(principal.account(), outcome, line(note), Optional.of(note), now));
        audit.record(tx, principal, "alert.resolve", "alert", a.id(), a.responsibleUnit(),
            Map.of("outcome", outcome.name(), "case", isolationCase.id().toString()));
      }
    }
  }

  @Override
  public Optional<Alert> openForUnansweredFeedback(StorageTransaction tx, IsolationCase isolationCase, AlertId id,
      Wording summary, Instant now) {
    if (tx.alerts().findActive(isolationCase.id(), AlertKind.FEEDBACK).isPresent()
        || tx.alerts().find(id).isPresent()) {
      return Optional.empty();
    }
    Alert opened = Alert.opened(id, isolationCase.id(), AlertKind.FEEDBACK, Severity.WATCH,
        isolationCase.responsibleUnit(), now, now.plus(policy.acknowledgeWithin(Severity.WATCH)), Optional.empty(),
        line(summary), Optional.of(summary));
    return Optional.of(notifyAndStore(tx, isolationCase, opened, true, "alert.opened", now));
  }

  @Override
  public void resolveKind(StorageTransaction tx, Principal principal, IsolationCase isolationCase, AlertKind kind,
      AlertOutcome outcome, Wording note, Instant now) {
    Optional<Alert> active = tx.alerts().findActive(isolationCase.id(), kind);
    if (active.isPresent()) {
      Alert a = active.get();
      tx.alerts().update(a.resolved(principal.account(), outcome, line(note), Optional.of(note), now));
      audit.record(tx, principal, "alert.resolve", "alert", a.id(), a.responsibleUnit(),
          Map.of("outcome", outcome.name(), "case", isolationCase.id().toString()));
    }
  }

  @Override
  public void follow(StorageTransaction tx, Principal principal, IsolationCase moved, Instant now) {
    for (AlertKind kind : AlertKind.values()) {
      Optional<Alert> active = tx.alerts().findActive(moved.id(), kind);
      if (active.isPresent()) {
        Alert a = active.get();
        Alert followed = a.transferredTo(moved.responsibleUnit(), now.plus(policy.acknowledgeWithin(a.severity())),
            principal.account(), now);
        notifyAndStore(tx, moved, followed, false, "alert.opened", now);
        audit.record(tx, principal, "alert.transfer", "alert", a.id(), moved.responsibleUnit(),
            Map.of("from", a.responsibleUnit().toString(), "case", moved.id().toString()));
      }
    }
  }

  /**
   * Notifies the unit currently responsible and stores the alert (as given: new at version 0, or changed at the
   * stored version + 1). If nobody was on duty there, the alert is recorded as escalated to the unit that was
   * reached, in the same version, so that the queue shows who really has it.
   */
  Alert notifyAndStore(StorageTransaction tx, IsolationCase c, Alert alert, boolean isNew, String template,
      Instant now) {
    JurisdictionPath unit = alert.currentlyResponsible();
    StaffNotifier.Routed routed = notifier.notify(tx, alert, c, unit, template, now);
    Alert stored = alert;
    if (!routed.unit().equals(unit)) {
      Wording why = Wording.text("history.nobodyOnDuty", Map.of("unit", HistoryDetails.unitOf(tx, unit),
          "notified", HistoryDetails.unitOf(tx, routed.unit())));
      stored = stored.escalated(alert.responsibleUnit().depth() - routed.unit().depth(), stored.acknowledgeBy(),
          line(why), Optional.of(why), now);
    }
    if (routed.staff().isEmpty()) {
      Wording why = Wording.text("history.nobodyAnywhere", Map.of("unit", HistoryDetails.unitOf(tx, unit)));
      stored = stored.escalated(stored.escalationLevel(), stored.acknowledgeBy(), line(why), Optional.of(why), now);
    }
    stored = stored.atVersion(alert.version());
    if (isNew) {
      tx.alerts().insert(stored);
    } else {
      tx.alerts().update(stored);
    }
    return stored;
  }

  private Instant deadlineWhenRaised(Alert current, Severity worse, Instant now) {
    return deadlineWhenRaised(current, now.plus(policy.acknowledgeWithin(worse)), now);
  }

  /**
   * The acknowledge-by deadline of an alert raised to a worse severity: it is OPEN again and needs a fresh answer,
   * so it gets the new severity's deadline ({@code fresh}), unless it was still waiting for a first answer under an
   * earlier deadline that has not passed.
   */
  static Instant deadlineWhenRaised(Alert current, Instant fresh, Instant now) {
    boolean earlierStillRunning = current.status() == AlertStatus.OPEN && current.acknowledgeBy().isAfter(now)
        && current.acknowledgeBy().isBefore(fresh);
    return earlierStillRunning ? current.acknowledgeBy() : fresh;
  }
}
