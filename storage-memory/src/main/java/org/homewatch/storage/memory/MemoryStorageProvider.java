package org.homewatch.storage.memory;

import java.util.Map;
import java.util.TreeSet;
import org.homewatch.ConfigurationException;
import org.homewatch.spi.storage.Storage;
import org.homewatch.spi.storage.StorageProvider;

/** Makes {@link MemoryStorage}s by the name {@code memory}. It takes no settings. */
public final class MemoryStorageProvider implements StorageProvider {
  /** The name an integrator asks for: {@value}. */
  public static final String NAME = "memory";

  @Override
  public String name() {
    return NAME;
  }

  /** @throws ConfigurationException if any setting is given: the memory storage has none */
  @Override
  public Storage create(Map<String, String> config) {
    if (!config.isEmpty()) {
      throw new ConfigurationException(
          "the memory storage takes no settings, but was given " + new TreeSet<>(config.keySet()));
    }
    return MemoryStorage.create();
  }
}
