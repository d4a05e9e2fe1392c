package org.homewatch.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.homewatch.ConflictException;
import org.homewatch.model.AssessedDeclaration;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.MonitoringSummary;
import org.homewatch.model.OutboxMessageId;
import org.homewatch.model.Severity;
import org.homewatch.spi.storage.InsertOutcome;
import org.homewatch.spi.storage.OutboxMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Races between transactions on separate threads, each with its own connection. */
abstract class ConcurrencyContract {
  private static final int THREADS = 6;
  protected JdbcStorage storage;
  private ExecutorService pool;

  protected abstract JdbcStorage newStorage();

  protected void release() {}

  @BeforeEach
  void open() {
    storage = newStorage();
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterEach
  void close() throws InterruptedException {
    pool.shutdownNow();
    pool.awaitTermination(10, TimeUnit.SECONDS);
    storage.close();
    release();
  }

  /** Runs the task on every thread at once and returns each thread's result (or exception). */
  private <T> List<Object> race(Callable<T> task) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Object>> futures = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      futures.add(pool.submit(() -> {
        start.await();
        try {
          return task.call();
        } catch (RuntimeException e) {
          return e;
        }
      }));
    }
    start.countDown();
    List<Object> results = new ArrayList<>();
    for (Future<Object> f : futures) {
      results.add(f.get(30, TimeUnit.SECONDS));
    }
    return results;
  }

  @Test
  @DisplayName("of concurrent inserts of one declaration exactly one stores it; the others say ALREADY_PRESENT")
  void racingDeclarationInserts() throws Exception {
    IsolationCase c = Fixtures.isolationCase(Fixtures.COMMUNE, CaseStatus.ACTIVE);
    for (int round = 0; round < 5; round++) {
      AssessedDeclaration d = Fixtures.declaration(c.id(), Fixtures.T0.plusSeconds(round));
      List<Object> results = race(() -> storage.inTransaction(tx -> tx.declarations().insert(d)));
      assertEquals(1, results.stream().filter(InsertOutcome.INSERTED::equals).count(), results.toString());
      assertEquals(THREADS - 1, results.stream().filter(InsertOutcome.ALREADY_PRESENT::equals).count(),
          results.toString());
    }
    assertEquals(5, storage.inTransaction(tx -> tx.declarations().observedBetween(c.id(), Fixtures.T0,
        Fixtures.T0.plusSeconds(60), 100)).size());
  }

  @Test
  @DisplayName("concurrent batches sharing declarations store each one once, reported INSERTED by exactly one batch")
  void racingDeclarationBatches() throws Exception {
    IsolationCase c = Fixtures.isolationCase(Fixtures.COMMUNE, CaseStatus.ACTIVE);
    List<AssessedDeclaration> shared = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      shared.add(Fixtures.declaration(c.id(), Fixtures.T0.plusSeconds(i)));
    }
    List<Object> results = race(() -> {
      List<AssessedDeclaration> mine = new ArrayList<>(shared);
      java.util.Collections.shuffle(mine);
      List<InsertOutcome> outcomes = storage.inTransaction(tx -> tx.declarations().insertAll(mine));
      List<Object> inserted = new ArrayList<>();
      for (int i = 0; i < mine.size(); i++) {
        if (outcomes.get(i) == InsertOutcome.INSERTED) {
          inserted.add(mine.get(i).declaration().id());
        }
      }
      return inserted;
    });
    List<Object> all = new ArrayList<>();
    for (Object r : results) {
      if (!(r instanceof List<?> list)) {
        throw new AssertionError("a batch failed: " + r);
      }
      all.addAll(list);
    }
    assertEquals(shared.size(), all.size(), "every declaration is reported INSERTED exactly once");
    assertEquals(shared.size(), new HashSet<>(all).size());
  }

  @Test
  @DisplayName("of concurrent updates from the same version exactly one wins; the others get a conflict")
  void racingUpdates() throws Exception {
    IsolationCase c = Fixtures.isolationCase(Fixtures.COMMUNE, CaseStatus.ACTIVE);
    storage.useTransaction(tx -> tx.cases().insert(c));
    List<Object> results = race(() -> {
      storage.useTransaction(tx -> tx.cases().update(c.withMonitoring(MonitoringSummary.NONE
          .with(Fixtures.T0, Severity.WATCH))));
      return "updated";
    });
    assertEquals(1, results.stream().filter("updated"::equals).count(), results.toString());
    assertEquals(THREADS - 1, results.stream().filter(ConflictException.class::isInstance).count(),
        results.toString());
    assertEquals(1L, storage.inTransaction(tx -> tx.cases().find(c.id())).orElseThrow().version());
  }

  @Test
  @DisplayName("concurrent dispatchers lease every due message exactly once")
  void racingDispatchers() throws Exception {
    int messages = 60;
    storage.useTransaction(tx -> {
      for (int i = 0; i < messages; i++) {
        tx.outbox().enqueue(Fixtures.message(Fixtures.T0.minusSeconds(i)));
      }
    });
    List<Object> results = race(() -> {
      String owner = Thread.currentThread().getName();
      List<OutboxMessageId> mine = new ArrayList<>();
      while (true) {
        List<OutboxMessage> batch = storage.inTransaction(tx -> tx.outbox().lease(owner, Fixtures.PROVINCE, Fixtures.T0,
            Fixtures.T0.plusSeconds(300), 4));
        if (batch.isEmpty()) {
          return mine;
        }
        for (OutboxMessage m : batch) {
          assertEquals(Optional.of(owner), m.leaseOwner());
          mine.add(m.id());
        }
      }
    });
    List<OutboxMessageId> all = new ArrayList<>();
    for (Object r : results) {
      if (!(r instanceof List<?> list)) {
        throw new AssertionError("a dispatcher failed: " + r);
      }
      list.forEach(id -> all.add((OutboxMessageId) id));
    }
    Set<OutboxMessageId> distinct = new HashSet<>(all);
    assertEquals(all.size(), distinct.size(), "a message was leased twice");
    assertEquals(messages, distinct.size());
  }
}
