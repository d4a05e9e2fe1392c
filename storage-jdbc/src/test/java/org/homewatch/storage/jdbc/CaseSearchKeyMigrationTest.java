package org.homewatch.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.homewatch.storage.jdbc.migration.V8__case_search_key;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.api.migration.Context;
import org.h2.jdbcx.JdbcDataSource;
import org.homewatch.model.CaseQuery;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.PageRequest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Migration V8 gives the cases stored before it their folded name. The test stores cases, takes V8's column and
 * index back, and runs V8 again by itself: the cases are then found by a name typed without marks. V8 is run directly
 * rather than by Flyway after deleting its history row, because Flyway refuses a missing V8 below the migrations
 * applied after it, and those keep coming.
 */
@DisplayName("Migration V8 fills the search key of cases stored before it")
class CaseSearchKeyMigrationTest {

  @Test
  @DisplayName("on H2")
  void h2() throws Exception {
    JdbcDataSource source = new JdbcDataSource();
    source.setURL("jdbc:h2:mem:hw-v8-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    check(source);
  }

  @Test
  @DisplayName("on PostgreSQL")
  void postgres() throws Exception {
    TestDatabases.PgDatabase database = TestDatabases.migratedPostgresDatabase();
    try {
      check(database.dataSource());
    } finally {
      TestDatabases.drop(database);
    }
  }

  private static void check(DataSource source) throws Exception {
    IsolationCase first = Fixtures.isolationCase(Fixtures.COMMUNE, CaseStatus.ACTIVE);
    IsolationCase second = Fixtures.isolationCase(Fixtures.OTHER_COMMUNE, CaseStatus.COMPLETED);
    try (JdbcStorage storage = JdbcStorage.builder().dataSource(source).migrate(true).build()) {
      storage.useTransaction(tx -> List.of(first, second).forEach(tx.cases()::insert));
    }
    try (Connection connection = source.getConnection(); Statement s = connection.createStatement()) {
      s.execute("DROP INDEX hw_case_search_key_idx");
      s.execute("ALTER TABLE hw_case DROP COLUMN search_key");
      new V8__case_search_key().migrate(context(connection));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    try (JdbcStorage storage = JdbcStorage.builder().dataSource(source).migrate(true).build()) {
      // V8's index is back, as the migration made it
      List<IsolationCase> found = storage.inTransaction(tx -> tx.cases().list(
          CaseQuery.in(Fixtures.DISTRICT).searching("nguyen van an"), PageRequest.first(10))).items();
      assertEquals(java.util.Set.of(first, second), java.util.Set.copyOf(found));
    }
  }

  /** The part of Flyway's context V8 uses: the connection to migrate. */
  private static Context context(Connection connection) {
    return (Context) Proxy.newProxyInstance(Context.class.getClassLoader(), new Class<?>[] {Context.class},
        (proxy, method, args) -> {
          if (method.getName().equals("getConnection")) {
            return connection;
          }
          throw new UnsupportedOperationException(method.getName() + " is not used by V8");
        });
  }
}
