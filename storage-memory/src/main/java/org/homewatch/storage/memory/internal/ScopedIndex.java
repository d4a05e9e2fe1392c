package org.homewatch.storage.memory.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.Page;

/**
 * Records of one kind grouped by unit and by a partition (usually the status), each group sorted in the list's
 * order. A scoped page selects the groups whose unit key starts with the scope's key (a range of the sorted unit
 * map), narrows each to the part after the cursor, and merges them: O(groups in scope + page size).
 *
 * @param <P> the partition, e.g. a status
 * @param <K> the sort key (unique per record)
 */
final class ScopedIndex<P, K, V> {
  private final Comparator<? super K> order;
  private final TreeMap<String, Map<P, TreeMap<K, V>>> units = new TreeMap<>();

  ScopedIndex(Comparator<? super K> order) {
    this.order = order;
  }

  void put(JurisdictionPath unit, P partition, K key, V value) {
    units.computeIfAbsent(unit.key(), k -> new HashMap<>(4))
        .computeIfAbsent(partition, p -> new TreeMap<>(order))
        .put(key, value);
  }

  void remove(JurisdictionPath unit, P partition, K key) {
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
    PriorityQueue<Head<K, V>> heads =
        new PriorityQueue<>((a, b) -> order.compare(a.entry.getKey(), b.entry.getKey()));
    for (Map<P, TreeMap<K, V>> groups : units.subMap(prefix, true, prefix + Character.MAX_VALUE, false).values()) {
      for (Map.Entry<P, TreeMap<K, V>> group : groups.entrySet()) {
        if (partitions.test(group.getKey())) {
          Iterator<Map.Entry<K, V>> it = window.apply(group.getValue()).entrySet().iterator();
          if (it.hasNext()) {
            heads.add(new Head<>(it.next(), it));
          }
        }
      }
    }
    Iterator<Map.Entry<K, V>> merged = new Iterator<Map.Entry<K, V>>() {
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
    return Pages.<K, V>collect(merged, filter, limit, cursorOf);
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
