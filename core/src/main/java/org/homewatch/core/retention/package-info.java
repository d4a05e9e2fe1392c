/**
 * Retention under Decree 13/2023 on personal data protection (Nghị định 13/2023/NĐ-CP): personal data is kept only
 * as long as its purpose needs it. Home monitoring's purpose ends when a case closes, so a purge anonymises the
 * personal data of cases closed more than {@link org.homewatch.core.retention.Retention#closedCaseDays()} days ago
 * (per province, {@link org.homewatch.core.retention.RetentionPolicy}; 30 by default), keeping what reports count.
 *
 * <h2>Choices written down</h2>
 * <ul>
 *   <li><b>Which cases end.</b> Every status that {@link org.homewatch.model.CaseStatus#isClosed()} calls closed:
 *       COMPLETED, CANCELLED, TRANSFERRED (out of this deployment; a transfer to another commune of the deployment
 *       keeps the case ACTIVE) and ESCALATED (moved to a hospital or facility: home monitoring's purpose is over,
 *       and the facility keeps its own record). The days count from the period's actual end, in the case's default
 *       zone (Asia/Ho_Chi_Minh): a case that ended on day D is anonymised from day D + N + 1.
 *   <li><b>Never touched:</b> a PENDING or ACTIVE case, and a closed case with an alert that is not RESOLVED (a
 *       supervisor still has to settle it); such a case is anonymised once its alerts are resolved.
 *   <li><b>What is erased</b> is {@link org.homewatch.model.Anonymisation}'s list: name, phone, national id,
 *       address line, home location, person id (a fresh one), household head, previous-case link, decision number,
 *       and the free texts (case history details, declaration notes, declaration locations, presence-check
 *       evidence references, feedback texts and replies, alert history details). Category, status, unit, dates,
 *       birth year, sex, risk factors, vitals, symptoms and severities stay: the report counters are not touched,
 *       and the counter check recomputes the same figures from the anonymised rows.
 *   <li><b>Outbox.</b> Finished messages (DELIVERED, FAILED, OBSOLETE; never PENDING) are removed once older than
 *       {@link org.homewatch.core.retention.Retention#outboxDays()}, or {@code closedCaseDays} if that is shorter: a
 *       message's body and recipient name the person, so it must not outlive the case's own data.
 *   <li><b>Audit.</b> Audit events hold ids and counts, never personal data in clear, and are the record of who saw
 *       what: they are removed (not anonymised) once older than
 *       {@link org.homewatch.core.retention.Retention#auditDays()} (365 by default), except the purge's own events
 *       (action {@code retention.purge}), which are kept: the record that data was erased must outlive it.
 *   <li><b>One-time codes.</b> A code row keeps the phone it went to. Codes expired more than
 *       {@link org.homewatch.core.retention.RetentionPolicy#linkCodeDays()} ago (the shortest finished-message
 *       retention of the policy: a code belongs to no unit, since it may have gone to a number with no case) are
 *       removed, used or not, by any purge whatever its scope: a code expired that long ago can never link again.
 *       And in the transaction that anonymises a case, every code of its phone goes if no case left un-anonymised
 *       carries that number (a code may be asked for a closed case until it is erased): no code row keeps the phone
 *       of an anonymised case, while a parent's number shared with a kept child's case keeps its codes.
 *   <li><b>Citizen links.</b> A link (subject to person, with the phone) goes in the transaction that anonymises
 *       the last case of its person: every subject linked to that person id, once none of the person's own cases is
 *       left un-anonymised (anonymisation gives a case a fresh person id, so the old id then names no case). A
 *       person with another case still kept keeps their links; being the household head of someone else's kept case
 *       does not keep one (the link names the person by their own case). Links of other people, household members
 *       included, are not touched.
 *   <li><b>Audited:</b> one {@code retention.purge} event per anonymised case (target the case; details: status,
 *       last day, retention days, how many one-time codes and citizen links went with it) and one per batch of removed messages, audit
 *       events or one-time codes (target {@code outbox}, {@code audit} or {@code linkCode}, the last under the
 *       principal's scope; details: how many, and the cut-off), none with personal data.
 *   <li><b>Bounded and resumable.</b> A batch does at most its limit of items: each case in a transaction of its
 *       own, each batch of removals in one. The stored data is the only state (an anonymised case is marked in the
 *       store), so a purge killed at any point, even by {@code kill -9}, goes on where the data says, and a second
 *       run over the same data changes nothing.
 * </ul>
 */
@NullMarked
package org.homewatch.core.retention;

import org.jspecify.annotations.NullMarked;
