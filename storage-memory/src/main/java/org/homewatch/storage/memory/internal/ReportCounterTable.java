package org.homewatch.storage.memory.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.ReportCounter;
import org.homewatch.spi.storage.ReportCounterStore;

/**
 * Report counters, ordered by unit key then day, so that a unit's subtree and a range of days are one sub-map (as
 * an index on (unit key, day) does in the JDBC tables).
 */
final class ReportCounterTable implements ReportCounterStore {
  private record Key(String unitKey, LocalDate day, String measure, String dimension) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      int c = unitKey.compareTo(o.unitKey);
      if (c == 0) {
        c = day.compareTo(o.day);
      }
      if (c == 0) {
        c = measure.compareTo(o.measure);
      }
      return c != 0 ? c : dimension.compareTo(o.dimension);
    }
  }

  private final Engine engine;
  private final NavigableMap<Key, Long> counters = new TreeMap<>();

  ReportCounterTable(Engine engine) {
    this.engine = engine;
  }

  @Override
  public void add(Collection<ReportCounter> increments) {
    engine.guard();
    for (ReportCounter c : List.copyOf(increments)) {
      Key key = new Key(c.unit().key(), c.day(), c.measure(), c.dimension());
      long delta = c.value();
      counters.merge(key, delta, Long::sum);
      engine.onRollback(() -> {
        long back = counters.merge(key, -delta, Long::sum);
        if (back == 0) {
          counters.remove(key);
        }
      });
    }
  }

  @Override
  public List<ReportCounter> sumByUnit(JurisdictionPath scope, LocalDate firstDay, LocalDate lastDay,
      Set<String> measures) {
    engine.guard();
    Map<List<Object>, ReportCounter> sums = new HashMap<>();
    for (Map.Entry<Key, Long> e : subtree(scope).entrySet()) {
      Key k = e.getKey();
      if (inRange(k, firstDay, lastDay) && (measures.isEmpty() || measures.contains(k.measure()))) {
        sums.merge(List.of(k.unitKey(), k.measure(), k.dimension()),
            new ReportCounter(JurisdictionPath.fromKey(k.unitKey()), lastDay, k.measure(), k.dimension(), e.getValue()),
            (a, b) -> a.withValue(a.value() + b.value()));
      }
    }
    return nonZero(sums.values());
  }

  @Override
  public List<ReportCounter> sumByDay(JurisdictionPath scope, LocalDate firstDay, LocalDate lastDay,
      Set<String> measures) {
    engine.guard();
    Map<List<Object>, ReportCounter> sums = new HashMap<>();
    for (Map.Entry<Key, Long> e : subtree(scope).entrySet()) {
      Key k = e.getKey();
      if (inRange(k, firstDay, lastDay) && (measures.isEmpty() || measures.contains(k.measure()))) {
        sums.merge(List.of(k.day(), k.measure(), k.dimension()),
            new ReportCounter(scope, k.day(), k.measure(), k.dimension(), e.getValue()),
            (a, b) -> a.withValue(a.value() + b.value()));
      }
    }
    return nonZero(sums.values());
  }

  @Override
  public List<ReportCounter> list(JurisdictionPath unit, LocalDate firstDay, LocalDate lastDay) {
    engine.guard();
    List<ReportCounter> found = new ArrayList<>();
    String key = unit.key();
    for (Map.Entry<Key, Long> e : subtree(unit).entrySet()) {
      Key k = e.getKey();
      if (k.unitKey().equals(key) && inRange(k, firstDay, lastDay) && e.getValue() != 0) {
        found.add(new ReportCounter(unit, k.day(), k.measure(), k.dimension(), e.getValue()));
      }
    }
    return found;
  }

  void clear() {
    counters.clear();
  }

  /** Counters of the unit and every unit below it: keys starting with the unit's key. */
  private NavigableMap<Key, Long> subtree(JurisdictionPath scope) {
    String prefix = Objects.requireNonNull(scope, "scope").key();
    // every key starting with prefix sorts between prefix and prefix + a character above any key character
    return counters.subMap(new Key(prefix, LocalDate.MIN, "", ""), true,
        new Key(prefix + Character.MAX_VALUE, LocalDate.MIN, "", ""), false);
  }

  private static boolean inRange(Key k, LocalDate firstDay, LocalDate lastDay) {
    return !k.day().isBefore(firstDay) && !k.day().isAfter(lastDay);
  }

  private static List<ReportCounter> nonZero(Collection<ReportCounter> counters) {
    return counters.stream().filter(c -> c.value() != 0).toList();
  }
}
