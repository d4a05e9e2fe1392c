package org.homewatch.storage.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.homewatch.spi.storage.OptionalStore;
import org.homewatch.spi.storage.CitizenIdentityStore;
import org.homewatch.spi.storage.FailedDeliveryStore;
import org.homewatch.spi.storage.ReportCounterStore;
import org.homewatch.spi.storage.RetentionStore;
import org.homewatch.spi.storage.SpotCheckStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What a storage says about its optional stores is what its transactions do: core decides at build time from
 * {@code optionalStores()} whether a feature can run, so a storage that declares a store it does not hand out (or
 * the reverse) fails later, mid-operation, instead.
 */
abstract class OptionalStoresContract extends StoreContract {
  /** Every optional store the SPI defines, in the order they were added. */
  static final List<Class<? extends OptionalStore>> KNOWN = List.of(SpotCheckStore.class, ReportCounterStore.class,
      FailedDeliveryStore.class, CitizenIdentityStore.class, RetentionStore.class);

  OptionalStoresContract(StorageCompatibilityKit kit) {
    super(kit);
  }

  @Test
  @DisplayName("Every transaction hands out exactly the optional stores the storage declares")
  void declaredIsHandedOut() {
    Set<Class<? extends OptionalStore>> declared = storage().optionalStores();
    for (int round = 0; round < 2; round++) {
      for (Class<? extends OptionalStore> type : KNOWN) {
        assertEquals(declared.contains(type), read(tx -> tx.store(type)).isPresent(),
            () -> type.getSimpleName() + (declared.contains(type) ? " is declared but not handed out"
                : " is handed out but not declared"));
      }
      for (Class<? extends OptionalStore> type : declared) {
        assertEquals(true, read(tx -> tx.store(type).map(type::isInstance).orElse(false)),
            () -> type.getSimpleName() + " is declared but the transaction hands out no " + type.getSimpleName());
      }
    }
  }

  @Test
  @DisplayName("The declared optional stores do not change while the storage is open")
  void declarationIsStable() {
    Set<Class<? extends OptionalStore>> first = Set.copyOf(storage().optionalStores());
    write(tx -> tx.cases().insert(Samples.isolationCase(Samples.CHU_SE_TOWN)));
    assertEquals(first, storage().optionalStores());
  }
}
