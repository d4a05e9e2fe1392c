package org.homewatch.storage.tck;

import org.homewatch.model.Account;
import org.homewatch.model.Alert;
import org.homewatch.model.Feedback;
import org.homewatch.model.IsolationCase;
import org.homewatch.spi.storage.Storage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/**
 * The storage compatibility kit: every rule of the storage SPI as a JUnit 5 test. Extend it, implement
 * {@link #createStorage()}, and JUnit runs the whole contract against your storage, grouped by store.
 *
 * <p>The contracts of {@link org.homewatch.spi.storage.OptionalStore optional stores} (today
 * {@link org.homewatch.spi.storage.SpotCheckStore}) run only when the storage lists the store in
 * {@link Storage#optionalStores()}; otherwise JUnit reports them as skipped. What a storage declares is itself
 * checked: every transaction must hand out exactly the declared optional stores.
 *
 * <p>Each test gets a fresh, empty storage from {@link #createStorage()} and closes it afterwards. Some tests use
 * several threads at once; none takes more than a few seconds against an in-memory storage.
 */
public abstract class StorageCompatibilityKit {
  private @Nullable Storage storage;

  /**
   * A new, empty storage. Called before each test (and once more by the test of closing, which closes that one itself).
   *
   * @return the storage under test
   */
  protected abstract Storage createStorage();

  @BeforeEach
  void openStorage() {
    storage = createStorage();
  }

  @AfterEach
  void closeStorages() {
    if (storage != null) {
      storage.close();
      storage = null;
    }
  }

  final Storage storageUnderTest() {
    if (storage == null) {
      throw new IllegalStateException("the storage is opened before each test");
    }
    return storage;
  }

  @Nested
  @DisplayName("Transactions")
  class Transactions extends TransactionContract {
    Transactions() {
      super(StorageCompatibilityKit.this);
    }
  }

  @Nested
  @DisplayName("Declarations")
  class Declarations extends DeclarationContract {
    Declarations() {
      super(StorageCompatibilityKit.this);
    }
  }

  @Nested
  @DisplayName("Cases")
  class Cases extends CaseContract {
    Cases() {
      super(StorageCompatibilityKit.this);
    }
  }

  @Nested
  @DisplayName("Finding people in a line list")
  class CaseSearch extends CaseSearchContract {
    CaseSearch() {
      super(StorageCompatibilityKit.this);
    }
  }

  @Nested
  @DisplayName("Corrected cases")
  class CaseCorrection extends CaseCorrectionContract {
    CaseCorrection() {
      super(StorageCompatibilityKit.this);
    }
  }

  @Nested
  @DisplayName("The longest and strangest input the model accepts")
  class InputRoundTrip extends InputRoundTripContract {
    InputRoundTrip() {
      super(StorageCompatibilityKit.this);
    }
  }

  @Nested
  @DisplayName("Optimistic locking of cases")
  class CaseVersions extends OptimisticLockingContract<IsolationCase> {
    CaseVersions() {
      super(StorageCompatibilityKit.this, Versioned.CASES);
    }
  }

  @Nested
  @DisplayName("Optimistic locking of alerts")
  class AlertVersions extends OptimisticLockingContract<Alert> {
    AlertVersions() {
      super(StorageCompatibilityKit.this, Versioned.ALERTS);
    }
  }

  @Nested
  @DisplayName("Optimistic locking of feedback")
  class FeedbackVersions extends OptimisticLockingContract<Feedback> {
    FeedbackVersions() {
      super(StorageCompatibilityKit.this, Versioned.FEEDBACK);
    }
  }

  @Nested
  @DisplayName("Optimistic locking of accounts")
  class AccountVersions extends OptimisticLockingContract<Account> {
    AccountVersions() {
      super(StorageCompatibilityKit.this, Versioned.ACCOUNTS);
    }
  }

  @Nested
  @DisplayName("Scoped, keyset-paged lists")
  class ScopedLists extends ScopedPagingContract {
    ScopedLists() {
      super(StorageCompatibilityKit.this);
    }
  }

  @Nested
  @DisplayName("Reading the audit trail")
  class AuditQueries extends AuditQueryContract {
    AuditQueries() {
      super(StorageCompatibilityKit.this);
    }
  }

  @Nested
  @DisplayName("Alerts")
  class Alerts extends AlertContract {
    Alerts() {
      super(StorageCompatibilityKit.this);
    }
  }

  @Nested
  @DisplayName("Outbox")
  class Outbox extends OutboxContract {
    Outbox() {
      super(StorageCompatibilityKit.this);
    }
  }

  @Nested
  @DisplayName("Accounts and jurisdictions")
  class ReferenceData extends ReferenceDataContract {
    ReferenceData() {
      super(StorageCompatibilityKit.this);
    }
  }

  @Nested
  @DisplayName("One-time codes and citizen links")
  class CitizenIdentities extends CitizenIdentityContract {
    CitizenIdentities() {
      super(StorageCompatibilityKit.this);
    }
  }

  @Nested
  @DisplayName("What the citizen's views read")
  class CitizenViewQueries extends CitizenViewQueriesContract {
    CitizenViewQueries() {
      super(StorageCompatibilityKit.this);
    }
  }

  @Nested
  @DisplayName("An administrator's account list")
  class AccountLists extends AccountListContract {
    AccountLists() {
      super(StorageCompatibilityKit.this);
    }
  }

  @Nested
  @DisplayName("The whole country as a scope")
  class NationalScope extends NationalScopeContract {
    NationalScope() {
      super(StorageCompatibilityKit.this);
    }
  }

  @Nested
  @DisplayName("Batch methods")
  class Batches extends BatchContract {
    Batches() {
      super(StorageCompatibilityKit.this);
    }
  }

  @Nested
  @DisplayName("Page cursors")
  class Cursors extends CursorContract {
    Cursors() {
      super(StorageCompatibilityKit.this);
    }
  }

  @Nested
  @DisplayName("Optional stores")
  class OptionalStores extends OptionalStoresContract {
    OptionalStores() {
      super(StorageCompatibilityKit.this);
    }
  }

  @Nested
  @DisplayName("Spot checks (optional store, run if declared)")
  class SpotChecks extends SpotCheckContract {
    SpotChecks() {
      super(StorageCompatibilityKit.this);
    }
  }

  @Nested
  @DisplayName("Report counters (optional store, run if declared)")
  class ReportCounters extends ReportCounterContract {
    ReportCounters() {
      super(StorageCompatibilityKit.this);
    }
  }

  @Nested
  @DisplayName("Retention under Decree 13/2023 (optional store, run if declared)")
  class Retention extends RetentionContract {
    Retention() {
      super(StorageCompatibilityKit.this);
    }
  }

  @Nested
  @DisplayName("Failed deliveries (optional store, run if declared)")
  class FailedDeliveries extends FailedDeliveryContract {
    FailedDeliveries() {
      super(StorageCompatibilityKit.this);
    }
  }
}
