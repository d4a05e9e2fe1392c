package org.homewatch.core.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertId;
import org.homewatch.model.AlertKind;
import org.homewatch.model.AlertOutcome;
import org.homewatch.model.Assessment;
import org.homewatch.model.DeclarationId;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.Principal;
import org.homewatch.model.Severity;
import org.homewatch.model.Wording;
import org.homewatch.spi.storage.StorageTransaction;

/**
 * The alerts capability's port for the other capabilities: what declarations, spot checks, the missed-declaration
 * sweep and the case lifecycle do to a case's alerts, inside the caller's transaction (the caller has checked the
 * principal already). Every change goes through the alert's named transitions ({@link Alert#raisedTo} and the
 * others), and staff are notified through the outbox in the same transaction. Built by {@code Homewatch} only.
 *
 * <p>A case has at most one active alert per kind.
 */
public interface CaseAlerts {

  /**
   * What happened: the alert as stored now, whether it is new, and whether staff were paged.
   *
   * @param alert the alert as stored after the change
   * @param opened true if the alert is new
   * @param notified true if staff were paged for it
   */
  record Outcome(Alert alert, boolean opened, boolean notified) {}

  /**
   * The alert line for the findings of one kind, e.g. "SpO2 93 %; khó thở, thở hụt hơi", as a wording in the
   * person's age group (a child's signs for a child only).
   *
   * @param isolationCase the case whose person declared
   * @param assessment the assessment
   * @param kind the alert kind whose findings are summarised
   * @return the summary
   */
  Wording summarize(IsolationCase isolationCase, Assessment assessment, AlertKind kind);

  /**
   * Opens an alert of {@code kind}, or raises the case's active one: new evidence of the same or a lesser severity
   * adds nothing (the nurse already has it); a worse one raises it, puts it back to OPEN so that it escalates again
   * if nobody reacts, and pages the staff anew.
   *
   * @param tx the caller's transaction
   * @param isolationCase the case
   * @param kind the alert kind
   * @param severity the severity found
   * @param summary the alert line, stored in the deployment's language and as the wording itself
   * @param trigger the declaration that caused it, if any
   * @param now the current time
   * @return empty if the policy opens no alert at {@code severity}
   */
  Optional<Outcome> raise(StorageTransaction tx, IsolationCase isolationCase, AlertKind kind, Severity severity,
      Wording summary, Optional<DeclarationId> trigger, Instant now);

  /**
   * Opens a {@link AlertKind#MISSED_DECLARATIONS} alert under an id the sweep derived (so that two nodes sweeping
   * one case cannot open two), having counted slots through {@code countedThrough}, and pages the staff.
   *
   * @param tx the caller's transaction
   * @param isolationCase the case
   * @param id the alert's derived id
   * @param severity the severity of the threshold reached
   * @param summary the alert line, stored in the deployment's language and as the wording itself
   * @param countedThrough the opening of the latest missed slot counted
   * @param now the current time
   * @return empty, writing nothing, if an alert with this id exists already
   */
  Optional<Alert> openCountingSlots(StorageTransaction tx, IsolationCase isolationCase, AlertId id,
      Severity severity, Wording summary, Instant countedThrough, Instant now);

  /**
   * New missed slots for the case's active {@code current} alert: a worse severity raises it and pages the staff;
   * the same severity adds the evidence without paging anyone again.
   *
   * @param tx the caller's transaction
   * @param isolationCase the case
   * @param current its active missed-declaration alert
   * @param severity the severity of the threshold reached now
   * @param summary the new alert line, stored in the deployment's language and as the wording itself
   * @param countedThrough the opening of the latest missed slot counted
   * @param now the current time
   * @return the alert as stored now
   */
  Alert addCountedSlots(StorageTransaction tx, IsolationCase isolationCase, Alert current, Severity severity,
      Wording summary, Instant countedThrough, Instant now);

  /**
   * The kinds of the case's alerts not yet resolved.
   *
   * @param tx the caller's transaction
   * @param isolationCase the case
   * @return the kinds, possibly none
   */
  List<AlertKind> kindsOpen(StorageTransaction tx, IsolationCase isolationCase);

  /**
   * Resolves every unresolved alert of the case with {@code outcome}, by the principal closing it; audited.
   *
   * @param tx the caller's transaction
   * @param principal who closes the case
   * @param isolationCase the case
   * @param outcome the outcome recorded on each alert
   * @param note what the history says, stored in the deployment's language and as the wording itself
   * @param now the current time
   */
  void resolveAll(StorageTransaction tx, Principal principal, IsolationCase isolationCase, AlertOutcome outcome,
      Wording note, Instant now);

  /**
   * Hands the case's unresolved alerts to its new commune: OPEN at level 0 with a fresh deadline, and the new
   * commune's staff paged, because nobody there has taken them yet; audited.
   *
   * @param tx the caller's transaction
   * @param principal who moved the case
   * @param moved the case, already in its new commune
   * @param now the current time
   */
  void follow(StorageTransaction tx, Principal principal, IsolationCase moved, Instant now);

  /**
   * Opens a {@link AlertKind#FEEDBACK} alert (severity WATCH, whatever the policy's opening severity: it is about an
   * unanswered person, not a health sign) under an id the caller derived, and pages the staff, unless the case has
   * an active FEEDBACK alert already or an alert with this id exists.
   *
   * @param tx the caller's transaction
   * @param isolationCase the case the feedback concerns
   * @param id the alert's derived id
   * @param summary the alert line, stored in the deployment's language and as the wording itself
   * @param now the current time
   * @return the alert opened, or empty if nothing was written
   */
  Optional<Alert> openForUnansweredFeedback(StorageTransaction tx, IsolationCase isolationCase, AlertId id,
      Wording summary, Instant now);

  /**
   * Resolves the case's active alert of {@code kind}, if any, by the principal, with {@code outcome}; audited.
   *
   * @param tx the caller's transaction
   * @param principal who resolves it
   * @param isolationCase the case
   * @param kind the alert kind
   * @param outcome the outcome recorded
   * @param note what the history says, stored in the deployment's language and as the wording itself
   * @param now the current time
   */
  void resolveKind(StorageTransaction tx, Principal principal, IsolationCase isolationCase, AlertKind kind,
      AlertOutcome outcome, Wording note, Instant now);
}
