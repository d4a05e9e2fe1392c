package org.homewatch.core.jobs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one batch of a {@link BackgroundJob} did (or several batches, {@link #plus added up}).
 *
 * @param examined the items the batch looked at (cases, messages, alerts), at most the batch size
 * @param counts what it did to them, by name in the job's own words ({@code "delivered"}, {@code "opened"},
 *     {@code "flaggedForReview"}); a job names its counts in its Javadoc
 * @param next the cursor to continue from, for a job that walks a keyset; empty for the last batch, and always
 *     empty for a job that takes the oldest due work each time
 * @param hasMore whether another batch now would find work: the keyset goes on, or the batch was full
 */
public record JobReport(int examined, Map<String, Long> counts, Optional<String> next, boolean hasMore) {
  /** Nothing examined, nothing done, nothing more. */
  public static final JobReport EMPTY = new JobReport(0, Map.of(), Optional.empty(), false);

  /**
   * Refuses a negative count and a cursor without more to do; copies the counts in their order.
   *
   * @param examined the items the batch looked at (cases, messages, alerts), at most the batch size
   * @param counts what it did to them, by name in the job's own words ({@code "delivered"}, {@code "opened"},
   *     {@code "flaggedForReview"})
   * @param next the cursor to continue from, for a job that walks a keyset
   * @param hasMore whether another batch now would find work: the keyset goes on, or the batch was full
   * @throws IllegalArgumentException if the report contradicts itself
   */
  public JobReport {
    Objects.requireNonNull(next, "next");
    if (examined < 0) {
      throw new IllegalArgumentException("examined must not be negative, was " + examined);
    }
    if (next.isPresent() && !hasMore) {
      throw new IllegalArgumentException("a report with a next cursor has more to do");
    }
    // Insertion order kept, so that a logged report reads in the order the job counts.
    counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
  }

  /**
   * A batch of a job that walks a keyset: there is more while there is a next cursor.
   *
   * @param examined the items looked at
   * @param counts what was done to them, by name
   * @param next the cursor to go on from; empty at the end
   * @return the report
   */
  public static JobReport keyset(int examined, Map<String, Long> counts, Optional<String> next) {
    return new JobReport(examined, counts, next, next.isPresent());
  }

  /**
   * A batch of a job that takes the oldest due work each time (no cursor): there may be more if the batch came
   * back full.
   *
   * @param examined the items looked at
   * @param counts what was done to them, by name
   * @param full whether the batch came back full
   * @return the report
   */
  public static JobReport queue(int examined, Map<String, Long> counts, boolean full) {
    return new JobReport(examined, counts, Optional.empty(), full);
  }

  /**
   * The count of that name, 0 if the job did not report it.
   *
   * @param name a count's name
   * @return the count
   */
  public long count(String name) {
    return counts.getOrDefault(name, 0L);
  }

  /**
   * This report and a later batch's, added up; the later batch says whether there is more, and from where.
   *
   * @param later the report of the batch after this one
   * @return the sum
   */
  public JobReport plus(JobReport later) {
    Map<String, Long> sum = new LinkedHashMap<>(counts);
    later.counts.forEach((name, n) -> sum.merge(name, n, Long::sum));
    return new JobReport(examined + later.examined, sum, later.next, later.hasMore);
  }
}
