package org.homewatch.storage.memory.internal;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import org.homewatch.ConflictException;
import org.homewatch.NotFoundException;

/**
 * The insert and update rules every versioned table keeps (a stored id is a conflict; an update must carry the
 * stored version + 1), with the undo registered for rollback. The table's own {@code add} and {@code remove}
 * maintain its id map and indexes.
 */
final class VersionedRows {
  private VersionedRows() {}

  static <K, V> void insert(Engine engine, Map<K, V> byId, K id, V row, String kind, Consumer<V> add,
      Consumer<V> remove) {
    engine.guard();
    if (byId.containsKey(id)) {
      throw new ConflictException(kind + " " + id + " already exists");
    }
    add.accept(row);
    engine.onRollback(() -> remove.accept(row));
  }

  static <K, V> void update(Engine engine, Map<K, V> byId, K id, V updated, String kind,
      ToLongFunction<V> version, Consumer<V> add, Consumer<V> remove) {
    engine.guard();
    V stored = byId.get(id);
    if (stored == null) {
      throw new NotFoundException(kind, id);
    }
    long expected = version.applyAsLong(updated) - 1;
    if (version.applyAsLong(stored) != expected) {
      throw ConflictException.staleVersion(kind, id, expected, version.applyAsLong(stored));
    }
    remove.accept(stored);
    add.accept(updated);
    engine.onRollback(() -> {
      remove.accept(updated);
      add.accept(stored);
    });
  }
}
