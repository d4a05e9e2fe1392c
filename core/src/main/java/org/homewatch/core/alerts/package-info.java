/**
 * Alerts: opened and raised from assessments, acknowledged and resolved by health-station staff, escalated up the
 * jurisdiction tree when nobody answers in time.
 *
 * <p>An alert has one state machine, {@link org.homewatch.model.AlertLifecycle}, and changes only through the named
 * transitions on {@link org.homewatch.model.Alert} ({@code acknowledgedBy}, {@code raisedTo}, {@code withEvidence},
 * {@code escalated}, {@code transferredTo}, {@code resolved}, {@code undelivered}); a transition the machine does not
 * allow is a {@link org.homewatch.ConflictException}. Staff act through {@link org.homewatch.core.alerts.AlertService};
 * other capabilities (declarations, spot checks, the missed-declaration sweep, the case lifecycle) through the port
 * {@link org.homewatch.core.alerts.CaseAlerts}, inside their own transaction. {@code alerts.internal} is this
 * capability's own.
 *
 * <p>Choices where the issues were silent:
 *
 * <ul>
 *   <li>Escalation batches select inside the caller's scope in the store's query, earliest deadline first; the
 *       per-alert scope check in {@code escalateOverdue} stays as a second line.
 *   <li>Staff notifications are followed up at delivery time ({@code internal.AlertDeliveryFollowUp}, through notify's
 *       {@link org.homewatch.core.notify.DeliveryFollowUp} port): one about an alert resolved meanwhile is marked
 *       {@code OBSOLETE} and not sent. One that fails for good is recorded on the alert (account, channel and the reason, with numbers
 *       and addresses a gateway quoted masked: the outbox row keeps the full text); if the alert is still OPEN
 *       and the message went to the unit that has it, the alert goes one level up at once. We do not wait until
 *       every channel of every recipient has failed: for an unanswered alert one page known to be lost is reason
 *       enough to widen the circle, and the other failures of that round are recorded without escalating again.
 *       An acknowledged alert is not escalated by a failure (someone has it), nor one already at the province.
 *   <li>An acknowledged alert does not stall (issue 13.7): acknowledging sets a resolve-by deadline
 *       ({@link org.homewatch.core.alerts.AlertPolicy#resolveWithin}: EMERGENCY 1 h, ABNORMAL 4 h, WATCH 24 h by
 *       default), kept in the alert's one deadline field, {@code acknowledgeBy}, which always holds the deadline of
 *       the current status. Past it, {@code followUpUnresolved} reminds the handler once
 *       ({@code REMIND_TO_RESOLVE}), who then has as long again as the commune had to acknowledge (15 min for an
 *       EMERGENCY); past that the alert escalates unresolved ({@code ESCALATE_UNRESOLVED}): OPEN one level up, with
 *       nobody handling it, so that it is in the unit above's queue and escalates further if unanswered there. A
 *       handler who cannot be reminded (account gone or inactive, no contact point) does not hold it: it escalates
 *       at once. A colleague taking over gets a fresh resolve time; so does a raise (OPEN again). Alerts stored
 *       before this change, acknowledged with their old acknowledge-by deadline, are reminded at the first run.
 *   <li>The escalation notice says since when the level below had the alert unanswered
 *       ({@link org.homewatch.model.Alert#beforeLastEscalationSince()}), not since it first opened; an alert that
 *       went up unresolved says since when it was taken.
 * </ul>
 */
@NullMarked
package org.homewatch.core.alerts;

import org.jspecify.annotations.NullMarked;
