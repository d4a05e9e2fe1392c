/**
 * Homewatch's engine. Start at {@link org.homewatch.core.Homewatch#builder()}. Packages by capability, each with a small public face; <code>internal</code> packages are implementation detail with no compatibility promise.
 *
 * <h2>How capabilities meet: ports, internals and the wiring</h2>
 *
 * <p>A capability ({@code cases}, {@code schedule}, {@code alerts}, {@code notify}, {@code rules}, ...) keeps its
 * implementation in its own {@code internal} package. Another capability calls its <em>port</em>, a small public
 * type in the capability's own package, never its internals: {@code notify.StaffNotifier} (tell the on-duty staff
 * about an alert, through the outbox) and {@code notify.NotificationComposer} (the templates), the alerts
 * capability's {@code alerts.CaseAlerts}, and {@code schedule.CasesByCommune} (the keyset walk over a scope's cases
 * that the lifecycle batches share with the sweep). The cases capability needs no port: nobody outside it uses its
 * internals. A port with state is an interface whose implementation lives in {@code X.internal}; a port that is a
 * pure function of the transaction is a static method.
 *
 * <p>Only the wiring, {@link org.homewatch.core.Homewatch}, names an implementation in {@code X.internal} and
 * constructs services (the objects {@code Homewatch} hands out: {@code CaseService}, {@code AlertService}, ...).
 * We chose <em>public interfaces with internal implementations</em> for ports, and not package-private
 * constructors, because Java has no access level that lets {@code org.homewatch.core.Homewatch} call a
 * constructor in {@code org.homewatch.core.cases} while hiding it from everyone else: package-private constructors
 * would need the wiring inside every capability's package. For the same reason a service's constructor is public,
 * but it is not API (its parameters are core's plumbing and change in any release) and the build enforces that
 * only the wiring calls it. Services stay classes, not interfaces, because they are what an integrator reads and
 * calls; splitting each in two would double what they read for nothing they gain.
 *
 * <p>{@code CapabilityBoundariesTest} (ArchUnit, core's tests) fails the build when a class outside
 * {@code org.homewatch.core.X} other than the wiring uses {@code org.homewatch.core.X.internal}, or when anything
 * but the wiring constructs a service. {@code org.homewatch.core.internal} is core-wide plumbing (transactions,
 * input validation, provider discovery) shared by every capability, and is not part of this rule.
 */
@NullMarked
package org.homewatch.core;

import org.jspecify.annotations.NullMarked;
