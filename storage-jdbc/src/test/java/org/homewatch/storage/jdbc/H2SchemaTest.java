package org.homewatch.storage.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;

@DisplayName("the migrated schema on H2")
class H2SchemaTest extends SchemaContract {
  private JdbcStorage storage;

  @Override
  protected Connection migratedConnection() throws SQLException {
    String url = TestDatabases.h2Url();
    // The storage keeps the in-memory database alive while the test reads it.
    storage = JdbcStorage.builder().url(url).migrate(true).build();
    return DriverManager.getConnection(url);
  }

  @AfterEach
  void close() {
    storage.close();
  }
}
