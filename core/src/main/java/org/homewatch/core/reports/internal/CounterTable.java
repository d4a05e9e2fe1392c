package org.homewatch.core.reports.internal;

import java.util.HashMap;
import java.util.Map;
import org.homewatch.model.ReportCounter;

/** Counter values by measure and dimension, for one unit (and the units below it) over some days. */
public final class CounterTable {
  private final Map<String, Map<String, Long>> values = new HashMap<>();

  public void add(ReportCounter c) {
    add(c.measure(), c.dimension(), c.value());
  }

  public void add(String measure, String dimension, long value) {
    values.computeIfAbsent(measure, m -> new HashMap<>()).merge(dimension, value, Long::sum);
  }

  public void addAll(CounterTable other) {
    other.values.forEach((m, dims) -> dims.forEach((d, v) -> add(m, d, v)));
  }

  public long get(String measure, String dimension) {
    return values.getOrDefault(measure, Map.of()).getOrDefault(dimension, 0L);
  }

  /** The dimensions of a measure with their values. */
  public Map<String, Long> dimensions(String measure) {
    return values.getOrDefault(measure, Map.of());
  }

  /** How many dimensions of the measure have a value other than 0 (distinct accounts, for STAFF_ACTED). */
  public long distinct(String measure) {
    return dimensions(measure).values().stream().filter(v -> v != 0).count();
  }

  public Map<String, Map<String, Long>> asMap() {
    return values;
  }
}
