package org.homewatch.storage.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicReference;
import org.homewatch.ConfigurationException;
import org.homewatch.ConflictException;
import org.homewatch.StorageException;
import org.homewatch.ValidationException;
import org.homewatch.model.CaseQuery;
import org.homewatch.model.PageRequest;
import org.homewatch.spi.storage.StorageProvider;
import org.homewatch.spi.storage.StorageTransaction;
import org.homewatch.storage.tck.Samples;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the memory storage does beyond the shared contract. */
class MemoryStorageTest {

  @Test
  @DisplayName("The provider is found by ServiceLoader under the name 'memory' and makes an empty memory storage")
  void providerByName() {
    StorageProvider provider = ServiceLoader.load(StorageProvider.class, getClass().getClassLoader()).stream()
        .map(ServiceLoader.Provider::get)
        .filter(p -> p.name().equals("memory"))
        .findFirst().orElseThrow();

    try (var storage = provider.create(Map.of())) {
      assertInstanceOf(MemoryStorage.class, storage);
      Integer listed = storage.inTransaction(tx -> tx.cases().list(CaseQuery.in(Samples.GIA_LAI),
          PageRequest.first(10)).items().size());
      assertEquals(0, listed);
    }
  }

  @Test
  @DisplayName("The provider rejects any setting, naming it, since the memory storage has none")
  void providerRejectsSettings() {
    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> new MemoryStorageProvider().create(Map.of("url", "jdbc:h2:mem:x")));

    assertTrue(e.getMessage().contains("url"), e.getMessage());
  }

  @Test
  @DisplayName("A store kept after its transaction ended fails with StorageException instead of writing unguarded")
  void storeOutsideTransaction() {
    try (var storage = MemoryStorage.create()) {
      AtomicReference<StorageTransaction> escaped = new AtomicReference<>();
      storage.useTransaction(escaped::set);

      assertThrows(StorageException.class,
          () -> escaped.get().cases().insert(Samples.isolationCase(Samples.CHU_SE_TOWN)));
    }
  }

  @Test
  @DisplayName("A cursor this storage did not make is a ValidationException on 'after'")
  void foreignCursor() {
    try (var storage = MemoryStorage.create()) {
      ValidationException e = assertThrows(ValidationException.class, () -> storage.inTransaction(tx -> tx.cases()
          .list(CaseQuery.in(Samples.GIA_LAI), new PageRequest(Optional.of("not-a-cursor!"), 10))));

      assertTrue(e.concerns("after"), e.getMessage());
    }
  }

  @Test
  @DisplayName("Enqueuing an outbox message id twice is a ConflictException")
  void outboxDuplicate() {
    try (var storage = MemoryStorage.create()) {
      var message = Samples.outboxMessage(Samples.T0);
      storage.useTransaction(tx -> tx.outbox().enqueue(message));

      assertThrows(ConflictException.class, () -> storage.useTransaction(tx -> tx.outbox().enqueue(message)));
    }
  }

  @Test
  @DisplayName("close is idempotent and waits for nothing when no transaction runs")
  void closeTwice() {
    var storage = MemoryStorage.create();
    storage.close();
    storage.close();

    assertThrows(StorageException.class, () -> storage.useTransaction(tx -> { }));
  }
}
