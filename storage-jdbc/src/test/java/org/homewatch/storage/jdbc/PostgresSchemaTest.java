package org.homewatch.storage.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;

@DisplayName("the migrated schema on PostgreSQL")
class PostgresSchemaTest extends SchemaContract {
  private TestDatabases.PgDatabase database;

  @Override
  protected Connection migratedConnection() throws SQLException {
    database = TestDatabases.migratedPostgresDatabase();
    return database.dataSource().getConnection();
  }

  @AfterEach
  void drop() {
    TestDatabases.drop(database);
  }
}
