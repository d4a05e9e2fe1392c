package org.homewatch.storage.memory;

import org.homewatch.spi.storage.AccountStore;
import org.homewatch.spi.storage.AlertStore;
import org.homewatch.spi.storage.AuditStore;
import org.homewatch.spi.storage.CaseStore;
import org.homewatch.spi.storage.DeclarationStore;
import org.homewatch.spi.storage.FeedbackStore;
import org.homewatch.spi.storage.JurisdictionStore;
import org.homewatch.spi.storage.OutboxStore;
import org.homewatch.spi.storage.Storage;
import org.homewatch.spi.storage.StorageTransaction;
import org.homewatch.storage.tck.StorageCompatibilityKit;
import org.junit.jupiter.api.DisplayName;

/**
 * A storage written before any optional store existed, as a third party's would be: it implements the eight
 * mandatory getters and nothing else (no {@code store(Class)}, no {@code optionalStores()}). It must still compile
 * against the SPI and pass the whole kit, the optional stores' contracts showing as skipped.
 */
@DisplayName("A storage without optional stores keeps the storage contract (optional contracts skipped)")
class StorageWithoutOptionalStoresTest extends StorageCompatibilityKit {
  @Override
  protected Storage createStorage() {
    return new MandatoryOnly(MemoryStorage.create());
  }

  private record MandatoryOnly(Storage delegate) implements Storage {
    @Override
    public <T> T inTransaction(TransactionWork<T> work) {
      return delegate.inTransaction(tx -> work.run(new EightStores(tx)));
    }

    @Override
    public void close() {
      delegate.close();
    }
  }

  private record EightStores(StorageTransaction tx) implements StorageTransaction {
    @Override
    public CaseStore cases() {
      return tx.cases();
    }

    @Override
    public DeclarationStore declarations() {
      return tx.declarations();
    }

    @Override
    public AlertStore alerts() {
      return tx.alerts();
    }

    @Override
    public OutboxStore outbox() {
      return tx.outbox();
    }

    @Override
    public FeedbackStore feedback() {
      return tx.feedback();
    }

    @Override
    public AccountStore accounts() {
      return tx.accounts();
    }

    @Override
    public JurisdictionStore jurisdictions() {
      return tx.jurisdictions();
    }

    @Override
    public AuditStore audit() {
      return tx.audit();
    }
  }
}
