/** Benchmarks of the declaration schedules: the missed-declaration sweep over a province's active cases. */
@NullMarked
package org.homewatch.benchmarks.schedule;

import org.jspecify.annotations.NullMarked;
