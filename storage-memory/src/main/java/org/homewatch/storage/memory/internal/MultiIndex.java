package org.homewatch.storage.memory.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A key to the ids carrying it. Nearly every key (a national id, a phone number) has one id, so a key holds the id
 * itself until a second arrives; then a set, so that a key many records share (a household's phone, a placeholder
 * number typed at registration) still costs O(1) per insert and removal.
 */
final class MultiIndex<K, I extends Comparable<I>> {
  private final Map<K, Object> ids = new HashMap<>();

  void add(K key, I id) {
    ids.merge(key, id, (present, added) -> {
      if (present instanceof Set<?>) {
        setOf(present).add(id);
        return present;
      }
      Set<Object> both = new HashSet<>(4);
      both.add(present);
      both.add(id);
      return both;
    });
  }

  void remove(K key, I id) {
    ids.computeIfPresent(key, (k, present) -> {
      if (present instanceof Set<?>) {
        Set<Object> set = setOf(present);
        set.remove(id);
        return set.size() == 1 ? set.iterator().next() : set;
      }
      return present.equals(id) ? null : present;
    });
  }

  /** The ids under {@code key}, sorted. */
  @SuppressWarnings("unchecked")
  List<I> get(K key) {
    Object present = ids.get(key);
    if (present == null) {
      return List.of();
    }
    if (present instanceof Set<?> set) {
      return set.stream().map(id -> (I) id).sorted().toList();
    }
    return List.of((I) present);
  }

  void clear() {
    ids.clear();
  }

  @SuppressWarnings("unchecked")
  private static Set<Object> setOf(Object present) {
    return (Set<Object>) present;
  }
}
