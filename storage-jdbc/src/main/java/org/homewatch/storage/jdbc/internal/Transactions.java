package org.homewatch.storage.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import javax.sql.DataSource;
import org.homewatch.ConflictException;
import org.homewatch.StorageException;
import org.homewatch.spi.storage.OptionalStore;
import org.homewatch.spi.storage.Storage;
import org.jspecify.annotations.Nullable;

/**
 * Runs work in JDBC transactions: one connection per outermost call, auto-commit off, bound to the calling thread
 * so that a nested call joins it; commit on return, rollback on any exception (which propagates unchanged, but for
 * a deadlock or serialization failure the database broke: a {@link ConflictException}).
 */
public final class Transactions {
  private final DataSource dataSource;
  private final Dialect dialect;
  private final ThreadLocal<@Nullable JdbcTransaction> current = new ThreadLocal<>();
  private volatile boolean closed;

  public Transactions(DataSource dataSource, Dialect dialect) {
    this.dataSource = dataSource;
    this.dialect = dialect;
  }

  /** The optional stores each transaction hands out. */
  public Set<Class<? extends OptionalStore>> optionalStores() {
    return JdbcTransaction.OPTIONAL_STORES;
  }

  public Dialect dialect() {
    return dialect;
  }

  public <T> T run(Storage.TransactionWork<T> work) {
    JdbcTransaction joined = current.get();
    if (joined != null) {
      return work.run(joined);
    }
    if (closed) {
      throw new StorageException("this JdbcStorage is closed");
    }
    Connection connection = open();
    Db db = new Db(connection, dialect);
    JdbcTransaction tx = new JdbcTransaction(db);
    current.set(tx);
    try {
      T result;
      try {
        result = work.run(tx);
      } catch (RuntimeException e) {
        rollback(connection, e);
        throw concurrentChange(e);
      } catch (Error e) {
        rollback(connection, e);
        throw e;
      }
      try {
        connection.commit();
      } catch (SQLException e) {
        StorageException failure = new StorageException("commit failed (SQLSTATE " + e.getSQLState() + "): "
            + e.getMessage(), e);
        rollback(connection, failure);
        throw concurrentChange(failure);
      }
      return result;
    } finally {
      current.remove();
      db.end();
      release(connection);
    }
  }

  private Connection open() {
    Connection connection;
    try {
      connection = dataSource.getConnection();
    } catch (SQLException e) {
      throw new StorageException("could not get a connection to begin a transaction (SQLSTATE " + e.getSQLState()
          + "): " + e.getMessage(), e);
    }
    try {
      connection.setAutoCommit(false);
      return connection;
    } catch (SQLException e) {
      release(connection);
      throw new StorageException("could not begin a transaction: " + e.getMessage(), e);
    }
  }

  /**
   * A transaction the database rolled back because another changed the same rows at the same time (a deadlock it
   * broke, or a serialization failure: SQLSTATE 40001 on H2 and PostgreSQL, 40P01 on PostgreSQL) is a
   * {@link ConflictException}, as a stale version is: nothing was written and the caller may read again and retry.
   * Only the outermost call converts it, once the transaction is over, so that no work goes on in a transaction
   * the database has already aborted. The database's own text is left to the cause: it may quote the row.
   */
  private static RuntimeException concurrentChange(RuntimeException failure) {
    if (failure instanceof StorageException && failure.getCause() instanceof SQLException sql
        && ("40001".equals(sql.getSQLState()) || "40P01".equals(sql.getSQLState()))) {
      ConflictException conflict = new ConflictException("another transaction changed the same records at the "
          + "same time and the database rolled this one back (SQLSTATE " + sql.getSQLState() + "); nothing was "
          + "written: read again and retry");
      conflict.initCause(failure);
      return conflict;
    }
    return failure;
  }

  private static void rollback(Connection connection, Throwable cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private static void release(Connection connection) {
    try {
      connection.setAutoCommit(true);
    } catch (SQLException ignored) {
      // The connection is broken; closing it below is all that is left to do.
    }
    try {
      connection.close();
    } catch (SQLException ignored) {
      // Nothing depends on a clean close of a connection whose transaction has ended.
    }
  }

  public void close() {
    closed = true;
  }
}
