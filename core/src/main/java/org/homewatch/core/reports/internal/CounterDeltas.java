package org.homewatch.core.reports.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.ReportCounter;

/**
 * The counter changes of one transaction, merged per key as they are counted: a batch of 1,000 declarations makes
 * 2,000 changes but moves a few dozen counters, and only those reach the store. A key is compared by its parts, so
 * no key text is built per change.
 */
final class CounterDeltas implements Consumer<ReportCounter> {
  /** The order the store applies keys in: by unit key, day, measure, dimension (see ReportCounterStore.add). */
  static final Comparator<ReportCounter> KEY_ORDER = Comparator.comparing((ReportCounter c) -> c.unit().key())
      .thenComparing(ReportCounter::day).thenComparing(ReportCounter::measure).thenComparing(ReportCounter::dimension);

  private record Key(JurisdictionPath unit, LocalDate day, String measure, String dimension) {}

  private final Map<Key, long[]> sums = new HashMap<>();

  @Override
  public void accept(ReportCounter change) {
    sums.computeIfAbsent(new Key(change.unit(), change.day(), change.measure(), change.dimension()),
        k -> new long[1])[0] += change.value();
  }

  boolean isEmpty() {
    return sums.isEmpty();
  }

  /** The merged changes that are not 0, in key order, and forgets them. */
  List<ReportCounter> drain() {
    List<ReportCounter> merged = new ArrayList<>(sums.size());
    sums.forEach((k, sum) -> {
      if (sum[0] != 0) {
        merged.add(new ReportCounter(k.unit(), k.day(), k.measure(), k.dimension(), sum[0]));
      }
    });
    sums.clear();
    merged.sort(KEY_ORDER);
    return merged;
  }
}
