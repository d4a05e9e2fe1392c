package org.homewatch.storage.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Typed reads of the current row by column name, with SQL NULL as an empty {@link Optional}. */
public final class Row {
  private final ResultSet rs;

  Row(ResultSet rs) {
    this.rs = rs;
  }

  public UUID uuid(String column) throws SQLException {
    return required(column, rs.getObject(column, UUID.class));
  }

  public Optional<UUID> optUuid(String column) throws SQLException {
    return Optional.ofNullable(rs.getObject(column, UUID.class));
  }

  public String string(String column) throws SQLException {
    return required(column, rs.getString(column));
  }

  public Optional<String> optString(String column) throws SQLException {
    return Optional.ofNullable(rs.getString(column));
  }

  public Instant instant(String column) throws SQLException {
    return required(column, rs.getObject(column, OffsetDateTime.class)).toInstant();
  }

  public Optional<Instant> optInstant(String column) throws SQLException {
    return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
  }

  public LocalDate date(String column) throws SQLException {
    return required(column, rs.getObject(column, LocalDate.class));
  }

  public Optional<LocalDate> optDate(String column) throws SQLException {
    return Optional.ofNullable(rs.getObject(column, LocalDate.class));
  }

  public int integer(String column) throws SQLException {
    return rs.getInt(column);
  }

  public OptionalInt optInteger(String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(value);
  }

  public long number(String column) throws SQLException {
    return rs.getLong(column);
  }

  public long numberAt(int index) throws SQLException {
    return rs.getLong(index);
  }

  public OptionalDouble optDecimal(String column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  public boolean bool(String column) throws SQLException {
    return rs.getBoolean(column);
  }

  private static <T> T required(String column, @Nullable T value) throws SQLException {
    if (value == null) {
      throw new SQLException("column " + column + " is NULL where a value is required");
    }
    return value;
  }
}
