package org.homewatch.storage.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.homewatch.ConflictException;
import org.homewatch.StorageException;
import org.homewatch.model.Account;
import org.homewatch.model.Alert;
import org.homewatch.model.AssessedDeclaration;
import org.homewatch.model.AuditEvent;
import org.homewatch.model.CaseId;
import org.homewatch.model.Feedback;
import org.homewatch.model.FeedbackStatus;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.Jurisdiction;
import org.homewatch.model.PageRequest;
import org.homewatch.spi.storage.OutboxMessage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** inTransaction: all or nothing, exceptions unchanged, nesting joins, commits are seen. */
abstract class TransactionContract extends StoreContract {
  private static final Instant NOW = Samples.T0;

  TransactionContract(StorageCompatibilityKit kit) {
    super(kit);
  }

  /** Thrown by test work: a type no storage would throw itself, so that "unchanged" is checkable. */
  static final class WorkFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    WorkFailed() {
      super("the work failed on purpose");
    }
  }

  @Test
  @DisplayName("Work that throws rolls back every write it made in every store, and its exception propagates unchanged")
  void rollsBackEveryStore() {
    IsolationCase isolationCase = Samples.isolationCase(Samples.CHU_SE_TOWN);
    AssessedDeclaration declaration = Samples.declaration(isolationCase.id(), NOW);
    Alert alert = Samples.alert(isolationCase.id(), Samples.CHU_SE_TOWN, NOW);
    OutboxMessage message = Samples.outboxMessage(NOW);
    AuditEvent audit = Samples.auditEvent(Samples.CHU_SE_TOWN, NOW);
    Feedback feedback = Samples.feedback(Samples.CHU_SE_TOWN, FeedbackStatus.NEW, NOW);
    Account account = Samples.account("monitor-1", Samples.CHU_SE_TOWN, true, true);
    Jurisdiction province = Samples.jurisdiction(Samples.GIA_LAI, "Gia Lai");
    WorkFailed failure = new WorkFailed();

    WorkFailed thrown = assertThrows(WorkFailed.class, () -> write(tx -> {
      tx.cases().insert(isolationCase);
      tx.declarations().insert(declaration);
      tx.alerts().insert(alert);
      tx.outbox().enqueue(message);
      tx.audit().append(audit);
      tx.feedback().insert(feedback);
      tx.accounts().save(account);
      tx.jurisdictions().save(province);
      throw failure;
    }));

    assertSame(failure, thrown);
    write(tx -> {
      assertEquals(Optional.empty(), tx.cases().find(isolationCase.id()));
      assertEquals(Optional.empty(), tx.declarations().find(isolationCase.id(), declaration.declaration().id()));
      assertEquals(List.of(), tx.declarations().listForCase(isolationCase.id(), PageRequest.first(10)).items());
      assertEquals(Optional.empty(), tx.alerts().find(alert.id()));
      assertEquals(Optional.empty(), tx.alerts().findActive(isolationCase.id(), alert.kind()));
      assertEquals(Optional.empty(), tx.outbox().find(message.id()));
      assertEquals(0, tx.outbox().count(OutboxMessage.Status.PENDING));
      assertEquals(List.of(), tx.outbox().lease("dispatcher", Samples.GIA_LAI, NOW.plusSeconds(60), NOW.plusSeconds(120), 10));
      assertEquals(List.of(), tx.audit().list(Samples.GIA_LAI, NOW.minusSeconds(60), PageRequest.first(10)).items());
      assertEquals(Optional.empty(), tx.feedback().find(feedback.id()));
      assertEquals(List.of(), tx.feedback().list(Samples.GIA_LAI, Set.of(), PageRequest.first(10)).items());
      assertEquals(Optional.empty(), tx.accounts().find(account.id()));
      assertEquals(List.of(), tx.accounts().onDutyAt(Samples.CHU_SE_TOWN));
      assertEquals(Optional.empty(), tx.jurisdictions().find(Samples.GIA_LAI));
    });
  }

  @Test
  @DisplayName("Work that throws rolls back its updates and leases, leaving what was committed before")
  void rollsBackUpdatesAndLeases() {
    IsolationCase isolationCase = Samples.isolationCase(Samples.CHU_SE_TOWN);
    Alert alert = Samples.alert(isolationCase.id(), Samples.CHU_SE_TOWN, NOW);
    OutboxMessage message = Samples.outboxMessage(NOW);
    write(tx -> {
      tx.cases().insert(isolationCase);
      tx.alerts().insert(alert);
      tx.outbox().enqueue(message);
    });

    assertThrows(WorkFailed.class, () -> write(tx -> {
      tx.cases().update(isolationCase.atVersion(1));
      tx.alerts().update(alert.atVersion(1));
      assertEquals(1, tx.outbox().lease("first", Samples.GIA_LAI, NOW, NOW.plusSeconds(600), 10).size());
      throw new WorkFailed();
    }));

    write(tx -> {
      assertEquals(Optional.of(isolationCase), tx.cases().find(isolationCase.id()));
      assertEquals(Optional.of(alert), tx.alerts().find(alert.id()));
      assertEquals(List.of(message.id()),
          tx.outbox().lease("second", Samples.GIA_LAI, NOW, NOW.plusSeconds(600), 10).stream().map(OutboxMessage::id).toList(),
          "a lease taken in a rolled-back transaction must not hold the message");
    });
  }

  @Test
  @DisplayName("An exception a store throws inside the work propagates unchanged and rolls back the work's other writes")
  void storeExceptionPropagates() {
    IsolationCase existing = Samples.isolationCase(Samples.CHU_SE_TOWN);
    IsolationCase other = Samples.isolationCase(Samples.IA_BLANG);
    write(tx -> tx.cases().insert(existing));

    assertThrows(ConflictException.class, () -> write(tx -> {
      tx.cases().insert(other);
      tx.cases().insert(existing);
    }));

    assertEquals(Optional.empty(), read(tx -> tx.cases().find(other.id())));
  }

  @Test
  @DisplayName("inTransaction returns what the work returns, and commits it for later transactions")
  void returnsResultAndCommits() {
    IsolationCase isolationCase = Samples.isolationCase(Samples.CHU_SE_TOWN);

    CaseId returned = read(tx -> {
      tx.cases().insert(isolationCase);
      return isolationCase.id();
    });

    assertEquals(isolationCase.id(), returned);
    assertEquals(Optional.of(isolationCase), read(tx -> tx.cases().find(returned)));
  }

  @Test
  @DisplayName("A commit on one thread is visible to a transaction that starts later on another thread")
  void commitsVisibleAcrossThreads() throws Exception {
    IsolationCase isolationCase = Samples.isolationCase(Samples.CHU_SE_TOWN);
    Thread writer = new Thread(() -> write(tx -> tx.cases().insert(isolationCase)));
    writer.start();
    writer.join(30_000);

    List<Optional<IsolationCase>> seen = concurrently(1, () -> read(tx -> tx.cases().find(isolationCase.id())));

    assertEquals(List.of(Optional.of(isolationCase)), seen);
  }

  @Test
  @DisplayName("A nested inTransaction on the same thread joins the outer one: it sees its writes and shares its fate")
  void nestedJoinsOuter() {
    IsolationCase isolationCase = Samples.isolationCase(Samples.CHU_SE_TOWN);
    AssessedDeclaration declaration = Samples.declaration(isolationCase.id(), NOW);
    AtomicReference<Optional<IsolationCase>> seenInside = new AtomicReference<>(Optional.empty());

    assertThrows(WorkFailed.class, () -> write(outer -> {
      outer.cases().insert(isolationCase);
      storage().useTransaction(inner -> {
        seenInside.set(inner.cases().find(isolationCase.id()));
        inner.declarations().insert(declaration);
      });
      throw new WorkFailed();
    }));

    assertEquals(Optional.of(isolationCase), seenInside.get(), "the inner transaction sees the outer one's write");
    write(tx -> {
      assertEquals(Optional.empty(), tx.cases().find(isolationCase.id()));
      assertEquals(Optional.empty(), tx.declarations().find(isolationCase.id(), declaration.declaration().id()),
          "the inner transaction's write is rolled back with the outer one");
    });
  }

  @Test
  @DisplayName("A nested transaction's writes commit when the outer one returns normally")
  void nestedCommitsWithOuter() {
    IsolationCase isolationCase = Samples.isolationCase(Samples.CHU_SE_TOWN);

    int result = read(outer -> storage().inTransaction(inner -> {
      inner.cases().insert(isolationCase);
      return 42;
    }) + 1);

    assertEquals(43, result);
    assertTrue(read(tx -> tx.cases().find(isolationCase.id())).isPresent());
  }

  @Test
  @DisplayName("After close, starting a transaction fails with StorageException")
  void closedStorageFails() {
    var closed = storageOwnedByTest();
    closed.useTransaction(tx -> tx.cases().insert(Samples.isolationCase(Samples.CHU_SE_TOWN)));

    closed.close();

    assertThrows(StorageException.class, () -> closed.inTransaction(tx -> tx.cases().find(CaseId.random())));
  }
}
