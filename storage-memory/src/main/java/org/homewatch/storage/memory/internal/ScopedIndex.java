package org.homewatch.storage.memory.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.Page;
import org.jspecify.annotations.Nullable;

/**
 * Records of one kind grouped by unit and by a partition (usually the status), each group sorted in the list's
 * order. A scoped page selects the groups whose unit key starts with the scope's key (a range of the sorted unit
 * map), narrows each to the part after the cursor, and merges them: O(groups in scope + page size × log groups).
 *
 * <p>Optionally the index also keeps each partition whole, across units. A scope that holds a large share of a
 * partition (a province-wide sweep) then walks the whole partition and skips the few records outside the scope,
 * which beats merging hundreds of commune groups: the merge's comparisons chase pointers through the heap. It
 * costs one more tree entry per record, so only the tables that have such sweeps keep it.
 *
 * @param <P> the partition, e.g. a status
 * @param <K> the sort key (unique per record)
 */
final class ScopedIndex<P, K, V> {
  /** The whole partition is walked when the scope holds at least 1/WIDE of its records. */
  private static final int WIDE = 4;

  private final Comparator<? super K> order;
  private final TreeMap<String, Map<P, TreeMap<K, V>>> units = new TreeMap<>();
  private final @Nullable Map<P, TreeMap<K, V>> whole;
  private final @Nullable Function<? super V, JurisdictionPath> unitOf;

  private ScopedIndex(Comparator<? super K> order, @Nullable Function<? super V, JurisdictionPath> unitOf) {
    this.order = order;
    this.unitOf = unitOf;
    this.whole = unitOf == null ? null : new HashMap<>();
  }

  /** An index by unit only. */
  static <P, K, V> ScopedIndex<P, K, V> byUnit(Comparator<? super K> order) {
    return new ScopedIndex<>(order, null);
  }

  /** An index by unit that also keeps each partition whole, for wide scopes; {@code unitOf} gives a record's unit. */
  static <P, K, V> ScopedIndex<P, K, V> byUnitAndWhole(Comparator<? super K> order,
      Function<? super V, JurisdictionPath> unitOf) {
    return new ScopedIndex<>(order, unitOf);
  }

  void put(JurisdictionPath unit, P partition, K key, V value) {
    units.computeIfAbsent(unit.key(), k -> new HashMap<>(4))
        .computeIfAbsent(partition, p -> new TreeMap<>(order))
        .put(key, value);
    if (whole != null) {
      whole.computeIfAbsent(partition, p -> new TreeMap<>(order)).put(key, value);
    }
  }

  void remove(JurisdictionPath unit, P partition, K key) {
    if (whole != null) {
      TreeMap<K, V> all = whole.get(partition);
      if (all != null) {
        all.remove(key);
      }
    }
    Map<P, TreeMap<K, V>> partitions = units.get(unit.key());
    if (partitions == null) {
      return;
    }
    TreeMap<K, V> group = partitions.get(partition);
    if (group == null) {
      return;
    }
    group.remove(key);
    if (group.isEmpty()) {
      partitions.remove(partition);
      if (partitions.isEmpty()) {
        units.remove(unit.key());
      }
    }
  }

  void clear() {
    units.clear();
    if (whole != null) {
      whole.clear();
    }
  }

  /**
   * One page in the index's order.
   *
   * @param window narrows a group to the keys this page may start from (e.g. those after the cursor)
   * @param filter what the groups alone do not decide (e.g. a category)
   * @param cursorOf encodes the key of a page's last item
   */
  Page<V> page(JurisdictionPath scope, Predicate<? super P> partitions, UnaryOperator<NavigableMap<K, V>> window,
      Predicate<? super V> filter, int limit, Function<? super K, String> cursorOf) {
    String prefix = scope.key();
    List<TreeMap<K, V>> groups = new ArrayList<>();
    long inScope = 0;
    for (Map<P, TreeMap<K, V>> ofUnit : units.subMap(prefix, true, prefix + Character.MAX_VALUE, false).values()) {
      for (Map.Entry<P, TreeMap<K, V>> group : ofUnit.entrySet()) {
        if (partitions.test(group.getKey())) {
          groups.add(group.getValue());
          inScope += group.getValue().size();
        }
      }
    }
    if (whole != null && unitOf != null && groups.size() > 1) {
      List<TreeMap<K, V>> wholes = new ArrayList<>();
      long all = 0;
      for (Map.Entry<P, TreeMap<K, V>> partition : whole.entrySet()) {
        if (partitions.test(partition.getKey())) {
          wholes.add(partition.getValue());
          all += partition.getValue().size();
        }
      }
      if (inScope * WIDE >= all && wholes.size() < groups.size()) {
        Function<? super V, JurisdictionPath> unit = unitOf;
        return Pages.collect(merge(wholes, window), v -> scope.contains(unit.apply(v)) && filter.test(v), limit,
            cursorOf);
      }
    }
    return Pages.collect(merge(groups, window), filter, limit, cursorOf);
  }

  private Iterator<Map.Entry<K, V>> merge(List<TreeMap<K, V>> sources, UnaryOperator<NavigableMap<K, V>> window) {
    if (sources.size() == 1) {
      return window.apply(sources.get(0)).entrySet().iterator();
    }
    PriorityQueue<Head<K, V>> heads =
        new PriorityQueue<>(Math.max(1, sources.size()), (a, b) -> order.compare(a.entry.getKey(), b.entry.getKey()));
    for (TreeMap<K, V> source : sources) {
      Iterator<Map.Entry<K, V>> it = window.apply(source).entrySet().iterator();
      if (it.hasNext()) {
        heads.add(new Head<>(it.next(), it));
      }
    }
    return new Iterator<Map.Entry<K, V>>() {
      @Override
      public boolean hasNext() {
        return !heads.isEmpty();
      }

      @Override
      public Map.Entry<K, V> next() {
        Head<K, V> head = heads.poll();
        Map.Entry<K, V> entry = head.entry;
        if (head.rest.hasNext()) {
          head.entry = head.rest.next();
          heads.add(head);
        }
        return entry;
      }
    };
  }

  private static final class Head<K, V> {
    Map.Entry<K, V> entry;
    final Iterator<Map.Entry<K, V>> rest;

    Head(Map.Entry<K, V> entry, Iterator<Map.Entry<K, V>> rest) {
      this.entry = entry;
      this.rest = rest;
    }
  }
}
