package org.homewatch.storage.memory;

import org.homewatch.spi.storage.Storage;
import org.homewatch.storage.tck.StorageCompatibilityKit;
import org.junit.jupiter.api.DisplayName;

@DisplayName("The memory storage keeps the storage contract")
class MemoryStorageCompatibilityTest extends StorageCompatibilityKit {
  @Override
  protected Storage createStorage() {
    return MemoryStorage.create();
  }
}
