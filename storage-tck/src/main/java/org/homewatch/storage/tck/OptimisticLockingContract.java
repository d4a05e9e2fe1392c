package org.homewatch.storage.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homewatch.ConflictException;
import org.homewatch.NotFoundException;
import org.homewatch.model.Account;
import org.homewatch.model.AccountId;
import org.homewatch.model.Alert;
import org.homewatch.model.CaseChange;
import org.homewatch.model.CaseId;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.Feedback;
import org.homewatch.model.FeedbackReply;
import org.homewatch.model.FeedbackStatus;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.Role;
import org.homewatch.spi.storage.StorageTransaction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Optimistic locking, the same for every versioned record: an update must carry the stored version + 1; a stale
 * one is a conflict that changes nothing; an update of a missing record is not found; an insert of an existing id
 * is a conflict.
 */
abstract class OptimisticLockingContract<T> extends StoreContract {
  private final Versioned<T> kind;

  OptimisticLockingContract(StorageCompatibilityKit kit, Versioned<T> kind) {
    super(kit);
    this.kind = kind;
  }

  /** How to insert, find and change one kind of versioned record. */
  interface Versioned<T> {
    T fresh();

    void insert(StorageTransaction tx, T record);

    Optional<T> find(StorageTransaction tx, T record);

    void update(StorageTransaction tx, T record);

    /** The next version of {@code record}, with a visible change. */
    T changed(T record);

    /** {@code record} claiming another version, content unchanged. */
    T atVersion(T record, long version);

    Versioned<IsolationCase> CASES = new Versioned<>() {
      @Override
      public IsolationCase fresh() {
        return Samples.isolationCase(Samples.CHU_SE_TOWN);
      }

      @Override
      public void insert(StorageTransaction tx, IsolationCase record) {
        tx.cases().insert(record);
      }

      @Override
      public Optional<IsolationCase> find(StorageTransaction tx, IsolationCase record) {
        return tx.cases().find(record.id());
      }

      @Override
      public void update(StorageTransaction tx, IsolationCase record) {
        tx.cases().update(record);
      }

      @Override
      public IsolationCase changed(IsolationCase record) {
        return record.closed(CaseStatus.COMPLETED, record.period().plannedEnd(), new CaseChange(
            Samples.T0.plusSeconds(60), new AccountId("monitor-1"), CaseChange.Kind.COMPLETED, "period ended"));
      }

      @Override
      public IsolationCase atVersion(IsolationCase record, long version) {
        return record.atVersion(version);
      }
    };

    Versioned<Alert> ALERTS = new Versioned<>() {
      @Override
      public Alert fresh() {
        return Samples.alert(CaseId.random(), Samples.CHU_SE_TOWN, Samples.T0);
      }

      @Override
      public void insert(StorageTransaction tx, Alert record) {
        if (tx.cases().find(record.caseId()).isEmpty()) {
          tx.cases().insert(Samples.isolationCase(record.caseId(), record.responsibleUnit()));
        }
        tx.alerts().insert(record);
      }

      @Override
      public Optional<Alert> find(StorageTransaction tx, Alert record) {
        return tx.alerts().find(record.id());
      }

      @Override
      public void update(StorageTransaction tx, Alert record) {
        tx.alerts().update(record);
      }

      @Override
      public Alert changed(Alert record) {
        AccountId nurse = new AccountId("monitor-1");
        return record.acknowledgedBy(nurse, Samples.T0.plusSeconds(60));
      }

      @Override
      public Alert atVersion(Alert record, long version) {
        return record.atVersion(version);
      }
    };

    Versioned<Feedback> FEEDBACK = new Versioned<>() {
      @Override
      public Feedback fresh() {
        return Samples.feedback(Samples.CHU_SE_TOWN, FeedbackStatus.NEW, Samples.T0);
      }

      @Override
      public void insert(StorageTransaction tx, Feedback record) {
        tx.feedback().insert(record);
      }

      @Override
      public Optional<Feedback> find(StorageTransaction tx, Feedback record) {
        return tx.feedback().find(record.id());
      }

      @Override
      public void update(StorageTransaction tx, Feedback record) {
        tx.feedback().update(record);
      }

      @Override
      public Feedback changed(Feedback record) {
        return record.withReply(new FeedbackReply(Samples.T0.plusSeconds(60), new AccountId("monitor-1"),
            "Trạm y tế sẽ mang thực phẩm đến chiều nay"), FeedbackStatus.ANSWERED);
      }

      @Override
      public Feedback atVersion(Feedback record, long version) {
        return record.atVersion(version);
      }
    };

    Versioned<Account> ACCOUNTS = new Versioned<>() {
      @Override
      public Account fresh() {
        return Samples.account("monitor-" + CaseId.random(), Samples.CHU_SE_TOWN, true, true);
      }

      @Override
      public void insert(StorageTransaction tx, Account record) {
        tx.accounts().save(record);
      }

      @Override
      public Optional<Account> find(StorageTransaction tx, Account record) {
        return tx.accounts().find(record.id());
      }

      @Override
      public void update(StorageTransaction tx, Account record) {
        tx.accounts().save(record);
      }

      @Override
      public Account changed(Account record) {
        return new Account(record.id(), record.displayName(), Set.of(Role.MONITOR, Role.SUPERVISOR), record.scope(),
            List.of(), !record.onDuty(), record.active(), record.version() + 1);
      }

      @Override
      public Account atVersion(Account record, long version) {
        return record.atVersion(version);
      }
    };
  }

  @Test
  @DisplayName("An update carrying the stored version + 1 replaces the record")
  void updateWithNextVersion() {
    T stored = kind.fresh();
    write(tx -> kind.insert(tx, stored));
    T next = kind.changed(stored);
    T afterNext = kind.changed(next);

    write(tx -> kind.update(tx, next));
    assertEquals(Optional.of(next), read(tx -> kind.find(tx, stored)));

    write(tx -> kind.update(tx, afterNext));
    assertEquals(Optional.of(afterNext), read(tx -> kind.find(tx, stored)));
  }

  @Test
  @DisplayName("An update carrying a stale version fails with ConflictException and changes nothing")
  void staleUpdateConflicts() {
    T stored = kind.fresh();
    write(tx -> kind.insert(tx, stored));
    T winner = kind.changed(stored);
    write(tx -> kind.update(tx, winner));
    T loser = kind.changed(stored);

    assertThrows(ConflictException.class, () -> write(tx -> kind.update(tx, loser)));
    assertEquals(Optional.of(winner), read(tx -> kind.find(tx, stored)));

    T skipping = kind.atVersion(kind.changed(stored), 5);
    assertThrows(ConflictException.class, () -> write(tx -> kind.update(tx, skipping)));
    assertThrows(ConflictException.class, () -> write(tx -> kind.update(tx, kind.atVersion(winner, 1))));
    assertEquals(Optional.of(winner), read(tx -> kind.find(tx, stored)));
  }

  @Test
  @DisplayName("An update of a record that was never stored fails with NotFoundException and stores nothing")
  void updateOfMissingIsNotFound() {
    T missing = kind.changed(kind.fresh());

    assertThrows(NotFoundException.class, () -> write(tx -> kind.update(tx, missing)));
    assertEquals(Optional.empty(), read(tx -> kind.find(tx, missing)));
  }

  @Test
  @DisplayName("Inserting an id that is already stored fails with ConflictException and keeps the stored record")
  void insertOfExistingConflicts() {
    T stored = kind.fresh();
    write(tx -> kind.insert(tx, stored));
    T sameIdOtherContent = kind.atVersion(kind.changed(stored), 0);

    assertThrows(ConflictException.class, () -> write(tx -> kind.insert(tx, sameIdOtherContent)));
    assertEquals(Optional.of(stored), read(tx -> kind.find(tx, stored)));
  }

  @Test
  @DisplayName("Of concurrent updates from the same stored version exactly one succeeds; the others get "
      + "ConflictException")
  void concurrentUpdatesFromOneVersion() throws Exception {
    for (int round = 0; round < 5; round++) {
      T stored = kind.fresh();
      write(tx -> kind.insert(tx, stored));
      T next = kind.changed(stored);

      List<Boolean> won = concurrently(6, () -> {
        try {
          write(tx -> kind.update(tx, next));
          return true;
        } catch (ConflictException e) {
          return false;
        }
      });

      assertEquals(1, Collections.frequency(won, true), () -> "winners " + won);
      assertEquals(Optional.of(next), read(tx -> kind.find(tx, stored)));
    }
  }

  @Test
  @DisplayName("Two transactions updating the same two records in opposite orders: one commits both, the other fails "
      + "with ConflictException and writes neither (a deadlock the database breaks is a conflict, not a storage "
      + "error)")
  void oppositeOrderUpdatesConflict() throws Exception {
    T first = kind.fresh();
    T second = kind.fresh();
    write(tx -> {
      kind.insert(tx, first);
      kind.insert(tx, second);
    });
    // Each waits a moment for the other to hold its first record, so that both hold one and want the other; a
    // storage that runs one transaction at a time lets the wait run out and serves them in turn.
    java.util.concurrent.CyclicBarrier bothHoldOne = new java.util.concurrent.CyclicBarrier(2);
    java.util.concurrent.atomic.AtomicInteger turn = new java.util.concurrent.atomic.AtomicInteger();
    List<Boolean> committed = concurrently(2, () -> {
      boolean forward = turn.getAndIncrement() == 0;
      try {
        write(tx -> {
          kind.update(tx, kind.changed(forward ? first : second));
          try {
            bothHoldOne.await(2, java.util.concurrent.TimeUnit.SECONDS);
          } catch (java.util.concurrent.TimeoutException | java.util.concurrent.BrokenBarrierException e) {
            // served one at a time
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          kind.update(tx, kind.changed(forward ? second : first));
        });
        return true;
      } catch (ConflictException e) {
        return false;
      }
    });
    assertEquals(1, Collections.frequency(committed, true), () -> "committed " + committed);
    assertEquals(List.of(Optional.of(kind.changed(first)), Optional.of(kind.changed(second))),
        List.of(read(tx -> kind.find(tx, first)), read(tx -> kind.find(tx, second))));
  }
}
