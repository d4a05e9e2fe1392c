package org.homewatch.storage.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("JDBC stores on PostgreSQL")
class PostgresStoresTest extends JdbcStoresContract {
  private TestDatabases.PgDatabase database;

  @Override
  protected JdbcStorage newStorage() {
    database = TestDatabases.migratedPostgresDatabase();
    return JdbcStorage.builder().dataSource(database.dataSource()).migrate(true).build();
  }

  @Override
  protected void release() {
    TestDatabases.drop(database);
  }
}
