package org.homewatch.storage.jdbc.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Binds values to a prepared statement in order, so that stores write {@code p.uuid(..).string(..)} in the order
 * of the columns in {@link Sql} and never count positions by hand.
 */
public final class Params {
  private final PreparedStatement ps;
  private final Connection connection;
  private int index;

  Params(PreparedStatement ps, Connection connection) {
    this.ps = ps;
    this.connection = connection;
  }

  /** Starts again at the first parameter (for the next row of a batch). */
  Params reset() {
    index = 0;
    return this;
  }

  public Params uuid(UUID value) throws SQLException {
    ps.setObject(++index, value);
    return this;
  }

  public Params uuid(Optional<UUID> value) throws SQLException {
    if (value.isPresent()) {
      return uuid(value.get());
    }
    ps.setNull(++index, Types.OTHER);
    return this;
  }

  public Params string(String value) throws SQLException {
    ps.setString(++index, value);
    return this;
  }

  public Params string(Optional<String> value) throws SQLException {
    if (value.isPresent()) {
      return string(value.get());
    }
    ps.setNull(++index, Types.VARCHAR);
    return this;
  }

  /** An array of text, for {@code column = ANY(?)}. */
  public Params strings(Collection<String> values) throws SQLException {
    Array array = connection.createArrayOf("varchar", values.toArray());
    ps.setArray(++index, array);
    return this;
  }

  /** An array of ids, for {@code column = ANY(?)}. */
  public Params uuids(Collection<UUID> values) throws SQLException {
    ps.setArray(++index, connection.createArrayOf("uuid", values.toArray()));
    return this;
  }

  /** An array of values of one SQL type ({@code int4}, {@code float8}, {@code varchar}); elements may be null. */
  public Params array(String sqlType, Object[] values) throws SQLException {
    ps.setArray(++index, connection.createArrayOf(sqlType, values));
    return this;
  }

  /**
   * Binds a value of one of the types the stores produce (UUID, Instant, String, Integer, Double), or NULL of
   * {@code nullType}.
   */
  public Params value(@Nullable Object value, int nullType) throws SQLException {
    if (value == null) {
      ps.setNull(++index, nullType);
      return this;
    }
    if (value instanceof UUID id) {
      return uuid(id);
    }
    if (value instanceof Instant instant) {
      return instant(instant);
    }
    if (value instanceof String text) {
      return string(text);
    }
    if (value instanceof Integer number) {
      return integer(number);
    }
    if (value instanceof Double number) {
      return decimal(number);
    }
    if (value instanceof Boolean flag) {
      return bool(flag);
    }
    throw new IllegalArgumentException("no binding for " + value.getClass().getName());
  }

  public Params instant(Instant value) throws SQLException {
    ps.setObject(++index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
    return this;
  }

  public Params instant(Optional<Instant> value) throws SQLException {
    if (value.isPresent()) {
      return instant(value.get());
    }
    ps.setNull(++index, Types.TIMESTAMP_WITH_TIMEZONE);
    return this;
  }

  public Params date(LocalDate value) throws SQLException {
    ps.setObject(++index, value);
    return this;
  }

  public Params date(Optional<LocalDate> value) throws SQLException {
    if (value.isPresent()) {
      return date(value.get());
    }
    ps.setNull(++index, Types.DATE);
    return this;
  }

  public Params integer(int value) throws SQLException {
    ps.setInt(++index, value);
    return this;
  }

  public Params integer(OptionalInt value) throws SQLException {
    if (value.isPresent()) {
      return integer(value.getAsInt());
    }
    ps.setNull(++index, Types.INTEGER);
    return this;
  }

  public Params number(long value) throws SQLException {
    ps.setLong(++index, value);
    return this;
  }

  public Params decimal(double value) throws SQLException {
    ps.setDouble(++index, value);
    return this;
  }

  public Params decimal(OptionalDouble value) throws SQLException {
    if (value.isPresent()) {
      return decimal(value.getAsDouble());
    }
    ps.setNull(++index, Types.DOUBLE);
    return this;
  }

  public Params bool(boolean value) throws SQLException {
    ps.setBoolean(++index, value);
    return this;
  }
}
