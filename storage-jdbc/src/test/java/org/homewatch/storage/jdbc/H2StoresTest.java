package org.homewatch.storage.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("JDBC stores on H2")
class H2StoresTest extends JdbcStoresContract {
  @Override
  protected JdbcStorage newStorage() {
    return TestDatabases.h2();
  }
}
