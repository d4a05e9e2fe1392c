package org.homewatch.storage.memory;

import java.util.Objects;
import java.util.Set;
import org.homewatch.spi.storage.OptionalStore;
import org.homewatch.spi.storage.Storage;
import org.homewatch.storage.memory.internal.Engine;
import org.homewatch.storage.memory.internal.MemoryTables;

/**
 * A storage that keeps everything in the heap. Thread-safe: transactions run one at a time (see the package
 * documentation for why that is enough); a transaction that throws is undone completely. Nothing survives
 * {@link #close()} or the end of the JVM.
 *
 * <p>A nested {@code inTransaction} on the same thread joins the outer transaction. If the nested work throws and
 * the outer work catches that exception and returns normally, everything commits, the nested work's writes
 * included, as in a JDBC transaction without savepoints: whether to go on is the outer work's decision.
 *
 * <pre>{@code
 * Storage storage = MemoryStorage.create();
 * storage.useTransaction(tx -> tx.cases().insert(isolationCase));
 * }</pre>
 */
public final class MemoryStorage implements Storage {
  private final Engine engine = new Engine();
  private final MemoryTables tables = new MemoryTables(engine);

  /**
   * An empty storage; the same as {@code new MemoryStorage()}.
   *
   * @return a new, empty storage
   */
  public static MemoryStorage create() {
    return new MemoryStorage();
  }

  /** An empty storage. */
  public MemoryStorage() {
    // Nothing to set up: the tables are empty maps.
  }

  @Override
  public <T> T inTransaction(TransactionWork<T> work) {
    Objects.requireNonNull(work, "work");
    return engine.run(() -> work.run(tables));
  }

  /** Every optional store of the SPI: the memory storage keeps them all. */
  @Override
  public Set<Class<? extends OptionalStore>> optionalStores() {
    return MemoryTables.OPTIONAL_STORES;
  }

  /** Drops all data. Idempotent; waits for a transaction running on another thread to end. */
  @Override
  public void close() {
    engine.close(tables::clear);
  }

  @Override
  public String toString() {
    return "MemoryStorage";
  }
}
