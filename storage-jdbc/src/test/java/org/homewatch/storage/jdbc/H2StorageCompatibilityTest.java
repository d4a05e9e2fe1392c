package org.homewatch.storage.jdbc;

import org.homewatch.spi.storage.Storage;
import org.homewatch.storage.tck.StorageCompatibilityKit;
import org.junit.jupiter.api.DisplayName;

@DisplayName("The JDBC storage on H2 keeps the storage contract")
class H2StorageCompatibilityTest extends StorageCompatibilityKit {
  @Override
  protected Storage createStorage() {
    return TestDatabases.h2();
  }
}
