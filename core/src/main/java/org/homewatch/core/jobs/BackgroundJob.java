package org.homewatch.core.jobs;

import org.homewatch.model.PageRequest;
import org.homewatch.model.Principal;

/**
 * A piece of background work that a scheduler runs again and again: one bounded batch per call.
 *
 * <p>An implementation handles at most {@code page.limit()} items per call, so that one call holds no lock and no
 * transaction for long whatever the backlog; starts after {@code page.after()} if it walks a keyset (cases
 * commune after commune) and ignores the cursor if it takes the oldest due work each time (an outbox, overdue
 * alerts); is idempotent and safe to run on several portal nodes at once (leases, versions, fixed ids), because a
 * province runs its portal on several; checks the principal like any other operation. It returns what it did as
 * a {@link JobReport}: {@link JobReport#hasMore()} tells the runner to call again now, from
 * {@link JobReport#next()} if the job walks a keyset.
 *
 * <p>A job may throw; the scheduler logs it and runs the job again at its next time, and the other jobs go on.
 * Implementations must be thread-safe (a scheduler may run a job on any thread of the executor, one run at a
 * time per job).
 */
public interface BackgroundJob {
  /**
   * A short, stable name for logs and for choosing the job's cadence, e.g. {@code "outbox-dispatch"}.
   *
   * @return the name, unique among a scheduler's jobs
   */
  String name();

  /**
   * Does one batch of at most {@code page.limit()} items.
   *
   * @return what the batch did, and whether there is more
   * @param principal the principal the work acts as, usually {@code Principal.system(province)}; the batch stays
   *     inside its scope
   * @param page the batch size, and the cursor of the previous batch's {@link JobReport#next()} (empty: start)
   */
  JobReport runBatch(Principal principal, PageRequest page);
}
