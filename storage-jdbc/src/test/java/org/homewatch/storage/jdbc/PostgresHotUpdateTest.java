package org.homewatch.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.IsolationCase;
import org.homewatch.storage.jdbc.internal.Dialect;
import org.homewatch.storage.jdbc.internal.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Recording a declaration rewrites its case's summary; on PostgreSQL that must be a HOT update (the new row version
 * on the same page, no index touched), or every declaration would also write five index entries of hw_case.
 */
@DisplayName("on PostgreSQL a case's summary update touches no index of hw_case")
class PostgresHotUpdateTest {
  private TestDatabases.PgDatabase database;

  @AfterEach
  void drop() {
    TestDatabases.drop(database);
  }

  @Test
  @DisplayName("the summary update of a case on a filled page is HOT (the fill factor leaves it room)")
  void summaryUpdateIsHot() throws SQLException {
    database = TestDatabases.migratedPostgresDatabase();
    try (JdbcStorage storage = JdbcStorage.builder().dataSource(database.dataSource()).build()) {
      List<IsolationCase> cases = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        cases.add(Fixtures.isolationCase(Fixtures.COMMUNE, CaseStatus.ACTIVE));
      }
      storage.useTransaction(tx -> cases.forEach(tx.cases()::insert));
    }
    try (Connection c = database.dataSource().getConnection()) {
      c.setAutoCommit(false);
      UUID first;
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT case_id, (SELECT count(*) FROM hw_case WHERE ctid >= '(1,0)')"
              + " FROM hw_case WHERE ctid = '(0,1)'")) {
        assertTrue(rs.next());
        first = rs.getObject(1, UUID.class);
        assertTrue(rs.getLong(2) > 0, "the first page is full: later cases went to the next ones");
      }
      try (PreparedStatement ps = c.prepareStatement(Sql.CASE_UPDATE_MONITORING.text(Dialect.POSTGRESQL))) {
        ps.setObject(1, java.time.OffsetDateTime.parse("2021-08-21T01:00:00Z"));
        ps.setString(2, "ABNORMAL");
        ps.setInt(3, 2);
        ps.setString(4, "ABNORMAL");
        ps.setLong(5, 4);
        ps.setLong(6, 1);
        ps.setObject(7, first);
        ps.setLong(8, 0);
        assertEquals(1, ps.executeUpdate());
      }
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT pg_stat_get_xact_tuples_updated('hw_case'::regclass),"
              + " pg_stat_get_xact_tuples_hot_updated('hw_case'::regclass)")) {
        assertTrue(rs.next());
        assertEquals(1, rs.getLong(1));
        assertEquals(1, rs.getLong(2), "the update was not HOT");
      }
      c.rollback();
    }
  }

  @Test
  @DisplayName("hw_case is created with fill factor 80")
  void fillFactor() throws SQLException {
    database = TestDatabases.migratedPostgresDatabase();
    try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT array_to_string(reloptions, ',') FROM pg_class"
            + " WHERE relname = 'hw_case'")) {
      assertTrue(rs.next());
      assertEquals("fillfactor=80", rs.getString(1));
    }
  }
}
