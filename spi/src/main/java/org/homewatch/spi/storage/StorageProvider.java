package org.homewatch.spi.storage;

import java.util.Map;

/**
 * Makes a {@link Storage} from configuration; found by {@link #name()} when an integrator asks for a storage by
 * name instead of registering one. Implementations are listed in
 * {@code META-INF/services/org.homewatch.spi.storage.StorageProvider} and need a public no-argument constructor.
 */
public interface StorageProvider {
  /**
   * A short, unique, lower-case name, e.g. {@code memory}, {@code jdbc}.
   *
   * @return the provider's name, as an integrator asks for it
   */
  String name();

  /**
   * Creates a storage. Called once per {@code Homewatch} built; may connect, migrate, or fail.
   *
   * @return a new storage, ready for {@link Storage#inTransaction}
   * @param config string settings (e.g. {@code url}, {@code user}); unknown keys are an error
   * @throws org.homewatch.ConfigurationException for bad or missing settings, naming the key
   * @throws org.homewatch.StorageException when the storage cannot be reached, saying what was tried
   */
  Storage create(Map<String, String> config);
}
