package org.homewatch.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homewatch.ConfigurationException;
import org.homewatch.spi.storage.OptionalStore;
import org.homewatch.spi.storage.Storage;

/**
 * The build-time check that a storage offers the optional stores the configured features need, so that a
 * missing store fails {@code build()} with the fix named instead of failing the first request that needs it.
 */
public final class RequiredStores {
  private RequiredStores() {}

  /**
   * @param needs for each feature that is on, the optional stores it needs; every feature missing a store is
   *     named in the one exception
   * @throws ConfigurationException if the storage lacks a store a feature needs
   */
  public static void check(Storage storage, Map<Feature, Set<Class<? extends OptionalStore>>> needs) {
    Set<Class<? extends OptionalStore>> offered = storage.optionalStores();
    List<String> missing = new ArrayList<>();
    needs.forEach((feature, stores) -> {
      for (Class<? extends OptionalStore> store : stores) {
        if (!offered.contains(store)) {
          missing.add(store.getSimpleName() + " (" + store.getName() + "), which " + feature.description
              + " need: use a storage that offers it (homewatch-storage-memory and homewatch-storage-jdbc do; a "
              + "third-party storage offers it once it implements the store, lists it in Storage.optionalStores() "
              + "and passes the storage kit's contract for it), or " + feature.howToTurnOff);
        }
      }
    });
    if (!missing.isEmpty()) {
      throw new ConfigurationException("the storage " + storage + " does not offer " + String.join("; nor ",
          missing));
    }
  }

  /** A feature that needs an optional store, with the builder option that turns it off. */
  public enum Feature {
    SPOT_CHECKS("spot checks", "turn spot checks off with Homewatch.builder().spotChecks(false)"),
    REPORTS("reports", "turn reports off with Homewatch.builder().reports(false)"),
    CITIZEN_CODES("citizens' one-time codes",
        "leave Homewatch.builder().citizenCodes(..) unset (citizens then log in through an IdentityProvider only)"),
    RETENTION("the retention purge", "turn the retention purge off with Homewatch.builder().retention(false)");

    private final String description;
    private final String howToTurnOff;

    Feature(String description, String howToTurnOff) {
      this.description = description;
      this.howToTurnOff = howToTurnOff;
    }
  }
}
