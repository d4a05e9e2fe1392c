package org.homewatch.storage.jdbc.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.homewatch.model.Person;
import org.homewatch.storage.jdbc.internal.Codec;

/**
 * Gives every case the folded name that line-list searches match ({@link Person#searchKey}), fills it for the cases
 * stored before, and indexes it. A Java migration because the key is computed by the same Java code that writes it
 * for new cases: folding Vietnamese in SQL would need {@code unaccent} on PostgreSQL and has no equal on H2, and two
 * foldings that disagree on one letter would hide a person from a search.
 */
public class V8__case_search_key extends BaseJavaMigration {
  private static final int BATCH = 500;

  /** Made by Flyway, which finds this migration by its class name in this package. */
  public V8__case_search_key() {}

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
        .contains("postgres");
    try (Statement s = connection.createStatement()) {
      // "C" collation on PostgreSQL: a LIKE prefix becomes an index range only under it (as for unit_key).
      s.execute("ALTER TABLE hw_case ADD COLUMN search_key VARCHAR(400)" + (postgres ? " COLLATE \"C\"" : ""));
    }
    fill(connection);
    try (Statement s = connection.createStatement()) {
      s.execute("ALTER TABLE hw_case ALTER COLUMN search_key SET NOT NULL");
      // Serves the name search of the line lists: a prefix of the folded name, then scope and filters.
      s.execute("CREATE INDEX hw_case_search_key_idx ON hw_case (search_key, case_id)");
    }
  }

  private static void fill(Connection connection) throws SQLException {
    try (Statement read = connection.createStatement();
        PreparedStatement write = connection.prepareStatement(
            "UPDATE hw_case SET search_key = ? WHERE case_id = ?")) {
      read.setFetchSize(BATCH);
      int pending = 0;
      try (ResultSet rows = read.executeQuery("SELECT case_id, person FROM hw_case")) {
        while (rows.next()) {
          write.setString(1, Person.searchKey(Codec.person(rows.getString("person")).fullName()));
          write.setObject(2, rows.getObject("case_id"));
          write.addBatch();
          if (++pending == BATCH) {
            write.executeBatch();
            pending = 0;
          }
        }
      }
      if (pending > 0) {
        write.executeBatch();
      }
    }
  }
}
