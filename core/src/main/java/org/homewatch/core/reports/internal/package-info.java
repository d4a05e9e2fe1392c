/**
 * The reports capability's internals: the counting transaction, the measures, the assembly of a report from
 * counters and the recount from raw rows. Not an API: only {@code reports} itself and the wiring in
 * {@code Homewatch} use it.
 */
@NullMarked
package org.homewatch.core.reports.internal;

import org.jspecify.annotations.NullMarked;
