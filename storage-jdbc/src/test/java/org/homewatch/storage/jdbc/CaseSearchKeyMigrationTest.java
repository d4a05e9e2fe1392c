package org.homewatch.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.homewatch.model.CaseQuery;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.PageRequest;
import org.flywaydb.core.Flyway;
import org.homewatch.storage.jdbc.internal.Dialect;
import org.homewatch.storage.jdbc.internal.Migrations;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Migration V8 gives the cases stored before it their folded name. The test stores cases, takes V8 back (its column,
 * its index and its history row), and migrates again: the cases are then found by a name typed without marks.
 */
@DisplayName("Migration V8 fills the search key of cases stored before it")
class CaseSearchKeyMigrationTest {

  @Test
  @DisplayName("on H2")
  void h2() throws Exception {
    JdbcDataSource source = new JdbcDataSource();
    source.setURL("jdbc:h2:mem:hw-v8-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    check(source, Dialect.H2);
  }

  @Test
  @DisplayName("on PostgreSQL")
  void postgres() throws Exception {
    TestDatabases.PgDatabase database = TestDatabases.migratedPostgresDatabase();
    try {
      check(database.dataSource(), Dialect.POSTGRESQL);
    } finally {
      TestDatabases.drop(database);
    }
  }

  private static void check(DataSource source, Dialect dialect) throws Exception {
    IsolationCase first = Fixtures.isolationCase(Fixtures.COMMUNE, CaseStatus.ACTIVE);
    IsolationCase second = Fixtures.isolationCase(Fixtures.OTHER_COMMUNE, CaseStatus.COMPLETED);
    try (JdbcStorage storage = JdbcStorage.builder().dataSource(source).migrate(true).build()) {
      storage.useTransaction(tx -> List.of(first, second).forEach(tx.cases()::insert));
    }
    try (Connection connection = source.getConnection(); Statement s = connection.createStatement()) {
      s.execute("DROP INDEX hw_case_search_key_idx");
      s.execute("ALTER TABLE hw_case DROP COLUMN search_key");
      // Flyway refuses a missing V8 below an applied V9, so V9 (the audit indexes) is undone too and reapplied.
      s.execute("DROP INDEX hw_audit_event_actor_idx");
      s.execute("DROP INDEX hw_audit_event_target_idx");
      s.execute("DELETE FROM \"" + Migrations.HISTORY_TABLE + "\" WHERE \"version\" IN ('8', '9')");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    // Later migrations stay applied above the removed V8 and V9, so they are applied again out of order, as an
    // operator restoring them would.
    Flyway.configure(Migrations.class.getClassLoader()).dataSource(source).locations(Migrations.LOCATION)
        .table(Migrations.HISTORY_TABLE).placeholders(dialect.placeholders()).outOfOrder(true).load().migrate();
    try (JdbcStorage storage = JdbcStorage.builder().dataSource(source).migrate(true).build()) {
      List<IsolationCase> found = storage.inTransaction(tx -> tx.cases().list(
          CaseQuery.in(Fixtures.DISTRICT).searching("nguyen van an"), PageRequest.first(10))).items();
      assertEquals(java.util.Set.of(first, second), java.util.Set.copyOf(found));
    }
  }
}
