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
 * </ul>
 */
@NullMarked
package org.homewatch.core.alerts;

import org.jspecify.annotations.NullMarked;
