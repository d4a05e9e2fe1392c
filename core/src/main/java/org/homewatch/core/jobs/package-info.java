/**
 * One shape for background work. A {@link org.homewatch.core.jobs.BackgroundJob} has a name and does one bounded
 * batch per call, reporting what it did as a {@link org.homewatch.core.jobs.JobReport}; the
 * {@link org.homewatch.core.jobs.KeysetBatches keyset batch runner} runs batch after batch along the cursor; the
 * {@link org.homewatch.core.BackgroundScheduler} runs a list of jobs, each at its own cadence, on the
 * integrator's executor. Homewatch's own jobs are in {@link org.homewatch.core.HomewatchJobs}.
 *
 * <p>This package depends on the model only (never on a capability), so that every capability may use the runner
 * and the scheduler may wrap every capability without a cycle.
 */
@NullMarked
package org.homewatch.core.jobs;

import org.jspecify.annotations.NullMarked;
