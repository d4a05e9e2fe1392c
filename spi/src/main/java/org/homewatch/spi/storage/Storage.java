package org.homewatch.spi.storage;

import java.util.Set;

/**
 * The handle to one storage. Thread-safe; shared by the whole application for its lifetime.
 *
 * <p>All reads and writes happen inside {@link #inTransaction}: there is no auto-commit access, so that no caller
 * can forget to put together what belongs together (a declaration, its assessment, the alert and the outbox
 * message it causes).
 */
public interface Storage extends AutoCloseable {

  /**
   * Runs {@code work} in one transaction and returns its result. Commits if the work returns normally; rolls
   * back everything it wrote if it throws, and rethrows that exception unchanged (an unchecked exception as is).
   * A call made while the same thread is already inside a transaction of this storage joins that transaction.
   *
   * @param <T> the type of the work's result
   * @param work what to do with the transaction's stores; may be run once only
   * @return what {@code work} returned
   * @throws org.homewatch.StorageException if the transaction cannot begin or commit
   */
  <T> T inTransaction(TransactionWork<T> work);

  /**
   * Like {@link #inTransaction} for work with no result.
   *
   * @param action what to do with the transaction's stores
   */
  default void useTransaction(TransactionAction action) {
    inTransaction(tx -> {
      action.run(tx);
      return null;
    });
  }

  /**
   * The {@link OptionalStore optional stores} this storage offers: exactly the types for which
   * {@link StorageTransaction#store(Class)} returns a store. Fixed for the storage's life (a JDBC storage decides
   * it when it is built, after its schema is migrated or checked). Core reads it once, when a {@code Homewatch} is
   * built, to refuse a storage that lacks a store a configured feature needs.
   *
   * <p>The default offers none. A storage that wraps another (to count, trace or drop a schema) delegates this
   * method along with {@link #inTransaction}.
   *
   * @return the optional store types offered, possibly none; fixed for the storage's life
   */
  default Set<Class<? extends OptionalStore>> optionalStores() {
    return Set.of();
  }

  /** Releases connections or memory. Further use fails with {@link org.homewatch.StorageException}. */
  @Override
  void close();

  /** Work run inside a transaction. */
  @FunctionalInterface
  interface TransactionWork<T> {
    /**
     * Does the work with the transaction's stores.
     *
     * @param tx the stores bound to this transaction; valid only during this call, on this thread
     * @return the result handed back by {@link Storage#inTransaction}
     */
    T run(StorageTransaction tx);
  }

  /** Work with no result run inside a transaction. */
  @FunctionalInterface
  interface TransactionAction {
    /**
     * Does the work with the transaction's stores.
     *
     * @param tx the stores bound to this transaction; valid only during this call, on this thread
     */
    void run(StorageTransaction tx);
  }
}
