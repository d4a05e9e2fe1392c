package org.homewatch.storage.jdbc;

import org.junit.jupiter.api.DisplayName;

@DisplayName("concurrency on H2")
class H2ConcurrencyTest extends ConcurrencyContract {
  @Override
  protected JdbcStorage newStorage() {
    return TestDatabases.h2();
  }
}
