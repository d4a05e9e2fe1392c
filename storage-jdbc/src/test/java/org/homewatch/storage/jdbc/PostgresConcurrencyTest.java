package org.homewatch.storage.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("concurrency on PostgreSQL")
class PostgresConcurrencyTest extends ConcurrencyContract {
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
