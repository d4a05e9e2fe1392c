package org.homewatch.storage.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.homewatch.StorageException;

/**
 * Runs the statements of {@link Sql} on one connection (one transaction). The only class that prepares
 * statements; it takes a {@link Sql} constant, never a string, so every value reaches the database as a bound
 * parameter. Translates {@link SQLException} into {@link StorageException} with the driver's exception as cause.
 */
public final class Db {
  /** SQLSTATE of a unique or primary-key violation, the same on PostgreSQL and H2. */
  private static final String UNIQUE_VIOLATION = "23505";

  private final Connection connection;
  private final Dialect dialect;
  private boolean ended;

  public Db(Connection connection, Dialect dialect) {
    this.connection = connection;
    this.dialect = dialect;
  }

  public Dialect dialect() {
    return dialect;
  }

  /** Marks the transaction over: a store that escaped its work fails instead of using a pooled connection. */
  void end() {
    ended = true;
  }

  private PreparedStatement prepare(Sql sql) throws SQLException {
    if (ended) {
      throw new StorageException("this transaction has ended: stores are valid only inside the work given to "
          + "inTransaction");
    }
    return connection.prepareStatement(sql.text(dialect));
  }

  /** Binds the values of one statement. */
  @FunctionalInterface
  public interface Binder {
    void bind(Params params) throws SQLException;
  }

  /** Reads one row. */
  @FunctionalInterface
  public interface RowMapper<T> {
    T map(Row row) throws SQLException;
  }

  /** Runs an INSERT, UPDATE or DELETE and returns the number of rows it changed. */
  public int update(Sql sql, Binder binder) {
    try (PreparedStatement ps = prepare(sql)) {
      binder.bind(new Params(ps, connection));
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw failed(sql, e);
    }
  }

  /**
   * Inserts a row unless one with the same key exists, and says whether it did. Safe to race: on PostgreSQL the
   * statement is {@code ON CONFLICT DO NOTHING}, which waits for a concurrent insert of the same key to commit and
   * then inserts nothing; on H2 the second insert waits likewise and fails with a duplicate key, which leaves the
   * transaction usable there.
   */
  public boolean insertIfAbsent(Sql sql, Binder binder) {
    try (PreparedStatement ps = prepare(sql)) {
      binder.bind(new Params(ps, connection));
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      if (dialect == Dialect.H2 && UNIQUE_VIOLATION.equals(e.getSQLState())) {
        return false;
      }
      throw failed(sql, e);
    }
  }

  /** Runs one statement for each binder as a JDBC batch; returns the update counts. */
  public int[] batch(Sql sql, List<Binder> binders) {
    if (binders.isEmpty()) {
      return new int[0];
    }
    try (PreparedStatement ps = prepare(sql)) {
      Params params = new Params(ps, connection);
      for (Binder binder : binders) {
        binder.bind(params.reset());
        ps.addBatch();
      }
      return ps.executeBatch();
    } catch (SQLException e) {
      throw failed(sql, e);
    }
  }

  public <T> List<T> query(Sql sql, Binder binder, RowMapper<T> mapper) {
    try (PreparedStatement ps = prepare(sql)) {
      binder.bind(new Params(ps, connection));
      try (ResultSet rs = ps.executeQuery()) {
        List<T> out = new ArrayList<>();
        Row row = new Row(rs);
        while (rs.next()) {
          out.add(mapper.map(row));
        }
        return out;
      }
    } catch (SQLException e) {
      throw failed(sql, e);
    }
  }

  public <T> Optional<T> queryOne(Sql sql, Binder binder, RowMapper<T> mapper) {
    List<T> rows = query(sql, binder, mapper);
    if (rows.size() > 1) {
      throw new StorageException(sql.name() + " returned " + rows.size() + " rows where at most one was expected");
    }
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  private static StorageException failed(Sql sql, SQLException e) {
    return new StorageException(
        "statement " + sql.name() + " failed (SQLSTATE " + e.getSQLState() + "): " + e.getMessage(), e);
  }
}
