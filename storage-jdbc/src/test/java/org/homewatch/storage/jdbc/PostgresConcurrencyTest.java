package org.homewatch.storage.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("concurrency on PostgreSQL")
class PostgresConcurrencyTest extends ConcurrencyContract {
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
