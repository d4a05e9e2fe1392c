/**
 * Who may do what where: the operations and the roles allowed to call them, checked with the principal's
 * jurisdiction scope before anything is read or written; and the default identity, backed by the account store.
 *
 * <p>Every refusal is an {@link org.homewatch.AccessDeniedException} naming its target unit, and is audited
 * ({@code access.denied}) under that unit: the case's commune, the account's unit, the unit a list or import aims
 * at; for a background batch or a list of the caller's own scope, that scope. The victim's supervisors read their
 * unit's audit, so that is where an attempt on it must show; the actor's scope is in the event's details. A batch
 * of declarations refuses item by item, and each refused item is audited under its case's commune.
 *
 * <p>{@code AccessSweepTest} calls every public operation that takes a principal, found by reflection, as staff
 * of another commune, district and province, a citizen who is not the person and a report viewer, and lists the
 * few operations that let some of them through (background batches and lists of the caller's own scope) with the
 * reason.
 */
@NullMarked
package org.homewatch.core.access;

import org.jspecify.annotations.NullMarked;
