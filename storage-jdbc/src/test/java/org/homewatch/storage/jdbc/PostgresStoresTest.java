package org.homewatch.storage.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("JDBC stores on PostgreSQL")
class PostgresStoresTest extends JdbcStoresContract {
  private TestDatabases.PgSchema schema;

  @Override
  protected JdbcStorage newStorage() {
    schema = TestDatabases.freshPostgresSchema();
    return JdbcStorage.builder().url(schema.url()).migrate(true).build();
  }

  @Override
  protected void release() {
    TestDatabases.drop(schema);
  }
}
