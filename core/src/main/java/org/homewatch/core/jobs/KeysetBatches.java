package org.homewatch.core.jobs;

import java.util.Objects;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Principal;

/**
 * The one batch loop: runs batch after batch, each from the cursor the previous one returned, until there is no
 * more or a bound on the number of batches is reached, and adds the reports up. Every "run it to the end" in
 * Homewatch goes through here, so that none is unbounded and none is written twice.
 */
public final class KeysetBatches {
  private KeysetBatches() {}

  /**
   * Runs {@code batch} from {@code first}, then from each page {@code nextPage} derives from the last report,
   * while it derives one and at most {@code maxBatches} times.
   *
   * @param <R> the type of a batch's report
   * @param first the first page
   * @param maxBatches the most batches to run, at least 1
   * @param batch runs one batch
   * @param nextPage the page after a report, or empty to stop
   * @param plus adds two reports up, the earlier first
   * @return the reports of the batches run, added up with {@code plus}
   */
  public static <R> R runAll(PageRequest first, int maxBatches, Function<PageRequest, R> batch,
      Function<R, Optional<PageRequest>> nextPage, BinaryOperator<R> plus) {
    Objects.requireNonNull(first, "first");
    if (maxBatches < 1) {
      throw new IllegalArgumentException("maxBatches must be at least 1, was " + maxBatches);
    }
    R total = batch.apply(first);
    Optional<PageRequest> next = nextPage.apply(total);
    for (int run = 1; run < maxBatches && next.isPresent(); run++) {
      R later = batch.apply(next.get());
      total = plus.apply(total, later);
      next = nextPage.apply(later);
    }
    return total;
  }

  /**
   * Runs a job batch after batch from {@code first} while it {@linkplain JobReport#hasMore() has more}, at most
   * {@code maxBatches} times. The total's {@link JobReport#next()} is where a later run should go on from if it
   * stopped at the bound.
   *
   * @param job the job
   * @param principal the principal it acts as
   * @param first the first page
   * @param maxBatches the most batches to run, at least 1
   * @return the reports, added up
   */
  public static JobReport run(BackgroundJob job, Principal principal, PageRequest first, int maxBatches) {
    return runAll(first, maxBatches, page -> job.runBatch(principal, page), report -> nextPage(report, first.limit()),
        JobReport::plus);
  }

  /**
   * The page after a batch that reported {@code report}: from its cursor, from the start, or none.
   *
   * @param report the last batch's report
   * @param batchSize the batch size
   * @return the next page, or empty if there is nothing more
   */
  public static Optional<PageRequest> nextPage(JobReport report, int batchSize) {
    if (!report.hasMore()) {
      return Optional.empty();
    }
    return Optional.of(new PageRequest(report.next(), batchSize));
  }
}
