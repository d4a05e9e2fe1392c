package org.homewatch.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Homewatch's migrations live at {@code org/homewatch/storage/jdbc/migration}, not under Spring Boot's default
 * {@code db/migration} (which Boot's Flyway scans recursively, taking Homewatch's scripts for the portal's). A
 * database migrated when they were at {@code db/migration/homewatch} must still open.
 */
@DisplayName("where the migrations live")
class MigrationLocationTest {

  @Test
  @DisplayName("nothing of Homewatch's is under db/migration, where Spring Boot's Flyway looks for a portal's own")
  void notUnderBootsDefaultLocation() {
    ClassLoader loader = MigrationLocationTest.class.getClassLoader();
    assertEquals(null, loader.getResource("db/migration/homewatch/V1__homewatch_schema.sql"));
    assertTrue(loader.getResource("org/homewatch/storage/jdbc/migration/V1__homewatch_schema.sql") != null);
  }

  @Test
  @DisplayName("a database whose history names the old location (db/migration/homewatch) opens, checked and migrated")
  void historyFromTheOldLocationStillValidates() throws Exception {
    String url = TestDatabases.h2Url();
    try (Connection keepAlive = DriverManager.getConnection(url)) {
      JdbcStorage.builder().url(url).migrate(true).build().close();
      int rows;
      try (Statement s = keepAlive.createStatement()) {
        // What the history said before the move: the Java migration by its old class name.
        rows = s.executeUpdate("UPDATE \"homewatch_schema_history\" SET \"script\" = "
            + "'db.migration.homewatch.V8__case_search_key' WHERE \"type\" = 'JDBC'");
      }
      assertEquals(1, rows, "V8 is the one Java migration");
      JdbcStorage.builder().url(url).build().close();             // checked, not migrated
      JdbcStorage.builder().url(url).migrate(true).build().close(); // validated on migrate
      try (Statement s = keepAlive.createStatement();
           ResultSet r = s.executeQuery("SELECT COUNT(*) FROM \"homewatch_schema_history\" WHERE NOT \"success\"")) {
        r.next();
        assertEquals(0, r.getInt(1));
      }
    }
  }
}
