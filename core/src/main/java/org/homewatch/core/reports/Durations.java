package org.homewatch.core.reports;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A distribution of waiting times (time to acknowledge an alert, to resolve it, to answer feedback), kept as a
 * histogram of counts per bucket, never as the individual times: a report reads counters, not rows.
 *
 * <p>The buckets are {@link #BOUNDS_MINUTES}: a time falls in the first bucket whose upper bound (in whole minutes)
 * it does not exceed, or in the overflow bucket above the last bound (a week). The median and the 90th percentile
 * are given as the <em>upper bound of the bucket that holds them</em>: "the median time to acknowledge was at most
 * 15 minutes" is exact, the time itself lies between the bucket's lower and upper bound. The precision is therefore
 * the bucket width: one minute up to 5 minutes, then at most half of the bound (e.g. 10 to 15 minutes, 2 to 3 hours,
 * 2 to 3 days). A percentile that falls in the overflow bucket is reported as {@link #OVERFLOW}.
 *
 * @param count how many times were recorded
 * @param median the upper bound of the bucket holding the median; empty if {@code count} is 0
 * @param p90 the upper bound of the bucket holding the 90th percentile; empty if {@code count} is 0
 * @param buckets counts per bucket, one per bound plus the overflow bucket last ({@code BOUNDS_MINUTES.size() + 1})
 */
public record Durations(long count, Optional<Duration> median, Optional<Duration> p90, List<Long> buckets) {

  /** Upper bounds of the histogram buckets, in minutes: 1 min … 7 days. */
  public static final List<Integer> BOUNDS_MINUTES = List.of(1, 2, 3, 4, 5, 7, 10, 15, 20, 30, 45, 60, 90, 120, 180,
      240, 360, 480, 720, 1080, 1440, 2160, 2880, 4320, 7200, 10080);

  /** Stands for "more than the last bound (a week)" where a percentile falls in the overflow bucket. */
  public static final Duration OVERFLOW = Duration.ofDays(3650);

  /**
   * Refuses a bucket list of the wrong length.
   *
   * @param count how many times were recorded
   * @param median the upper bound of the bucket holding the median
   * @param p90 the upper bound of the bucket holding the 90th percentile
   * @param buckets counts per bucket, one per bound plus the overflow bucket last ({@code BOUNDS_MINUTES.size() + 1})
   * @throws IllegalArgumentException unless there is one count per bound plus the overflow
   */
  public Durations {
    buckets = List.copyOf(buckets);
    if (buckets.size() != BOUNDS_MINUTES.size() + 1) {
      throw new IllegalArgumentException("a histogram has " + (BOUNDS_MINUTES.size() + 1) + " buckets");
    }
  }

  /**
   * No time recorded.
   *
   * @return an empty distribution
   */
  public static Durations none() {
    return of(new long[BOUNDS_MINUTES.size() + 1]);
  }

  /**
   * The distribution given by counts per bucket (as many as {@link #BOUNDS_MINUTES} plus one).
   *
   * @param counts counts per bucket, the overflow last
   * @return the distribution with its median and 90th percentile
   */
  public static Durations of(long[] counts) {
    long total = 0;
    for (long c : counts) {
      total += c;
    }
    List<Long> list = java.util.Arrays.stream(counts).boxed().toList();
    return new Durations(total, percentile(counts, total, 50), percentile(counts, total, 90), list);
  }

  /**
   * The bucket a waiting time falls in (0 … {@code BOUNDS_MINUTES.size()}, the last being the overflow).
   *
   * @param waited a waiting time
   * @return the bucket's index
   */
  public static int bucketOf(Duration waited) {
    long seconds = Math.max(0, waited.getSeconds());
    for (int i = 0; i < BOUNDS_MINUTES.size(); i++) {
      if (seconds <= BOUNDS_MINUTES.get(i) * 60L) {
        return i;
      }
    }
    return BOUNDS_MINUTES.size();
  }

  private static Optional<Duration> percentile(long[] counts, long total, int percent) {
    if (total == 0) {
      return Optional.empty();
    }
    // the smallest bucket at which at least percent % of the times are counted (nearest-rank method)
    long rank = (total * percent + 99) / 100;
    long seen = 0;
    for (int i = 0; i < counts.length; i++) {
      seen += counts[i];
      if (seen >= rank) {
        return Optional.of(i < BOUNDS_MINUTES.size() ? Duration.ofMinutes(BOUNDS_MINUTES.get(i)) : OVERFLOW);
      }
    }
    return Optional.of(OVERFLOW);
  }
}
