package org.homewatch.storage.memory.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.homewatch.model.Page;

/** Cuts a page from entries in list order. */
final class Pages {
  private Pages() {}

  /**
   * Takes up to {@code limit} entries that pass {@code filter}; looks one further so that the last page says it is
   * the last (no cursor) instead of leaving the caller an empty extra page.
   */
  static <K, V> Page<V> collect(Iterator<Map.Entry<K, V>> entries, Predicate<? super V> filter, int limit,
      Function<? super K, String> cursorOf) {
    List<V> items = new ArrayList<>(Math.min(limit, 256));
    K lastKey = null;
    while (entries.hasNext()) {
      Map.Entry<K, V> entry = entries.next();
      if (!filter.test(entry.getValue())) {
        continue;
      }
      if (items.size() == limit) {
        return new Page<>(items, Optional.of(cursorOf.apply(lastKey)));
      }
      items.add(entry.getValue());
      lastKey = entry.getKey();
    }
    return Page.last(items);
  }
}
