package org.homewatch.storage.jdbc.internal;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import org.homewatch.StorageException;

/** The databases this storage speaks to. Almost all SQL is shared; {@link Sql} holds the few differences. */
public enum Dialect {
  H2(Map.of("hw_key_collation", "", "hw_case_fillfactor", "SELECT 1")),
  POSTGRESQL(Map.of("hw_key_collation", "COLLATE \"C\"",
      "hw_case_fillfactor", "ALTER TABLE hw_case SET (fillfactor = 80)"));

  private final Map<String, String> placeholders;

  Dialect(Map<String, String> placeholders) {
    this.placeholders = placeholders;
  }

  /** The Flyway placeholders the migrations need on this database. */
  public Map<String, String> placeholders() {
    return placeholders;
  }

  /** Recognises the database from the driver's metadata. */
  public static Dialect of(DatabaseMetaData metaData) throws SQLException {
    String product = metaData.getDatabaseProductName();
    String lower = product.toLowerCase(Locale.ROOT);
    if (lower.equals("h2")) {
      if (metaData.getDatabaseMajorVersion() < 2) {
        throw new StorageException("H2 " + metaData.getDatabaseProductVersion()
            + " is too old: homewatch-storage-jdbc needs H2 2.x (for FOR UPDATE SKIP LOCKED and UUID ordering)");
      }
      return H2;
    }
    if (lower.contains("postgresql")) {
      int major = metaData.getDatabaseMajorVersion();
      if (major < 15) {
        throw new StorageException("PostgreSQL " + metaData.getDatabaseProductVersion()
            + " is too old: homewatch-storage-jdbc needs PostgreSQL 15 or later");
      }
      return POSTGRESQL;
    }
    throw new StorageException("homewatch-storage-jdbc supports PostgreSQL 15+ and H2 2.x, not " + product + " "
        + metaData.getDatabaseProductVersion());
  }
}
