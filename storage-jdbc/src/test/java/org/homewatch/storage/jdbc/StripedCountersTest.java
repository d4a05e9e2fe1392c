package org.homewatch.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.JurisdictionScheme;
import org.homewatch.model.ReportCounter;
import org.homewatch.spi.storage.ReportCounterStore;
import org.homewatch.spi.storage.StorageTransaction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A counter is kept in stripes (V10), so that a transaction adding to it with {@code addConcurrently} (core's counts)
 * does not wait for another one that added to it and has not committed yet (with durable commits, that wait lasts
 * until the other commit is on disk, and concurrent submissions of one commune queued one behind the other). The
 * test holds one transaction open after its add and checks that a second one, on a thread of another stripe, adds to
 * the same counter and commits meanwhile; and that a plain {@code add} still waits (a marker read back after its add,
 * as the slot settlement claims a day, relies on it).
 */
@DisplayName("A transaction adds concurrently to a report counter while another one that added to it is still open")
class StripedCountersTest {
  private static final JurisdictionPath COMMUNE =
      JurisdictionPath.of(JurisdictionScheme.GSO_2021, "64", "633", "23941");
  private static final LocalDate DAY = LocalDate.of(2021, 8, 16);
  private static final ReportCounter ONE = new ReportCounter(COMMUNE, DAY, "DECLARATION_RECEIVED", "", 1);

  @Test
  @DisplayName("on H2")
  void h2() throws Exception {
    try (JdbcStorage storage = TestDatabases.h2()) {
      check(storage, true);
    }
  }

  @Test
  @DisplayName("on PostgreSQL")
  void postgres() throws Exception {
    TestDatabases.PgSchema schema = TestDatabases.freshPostgresSchema();
    try (JdbcStorage storage = JdbcStorage.builder().url(schema.url()).migrate(true).build()) {
      check(storage, true);
    } finally {
      TestDatabases.drop(schema);
    }
  }

  @Test
  @DisplayName("a plain add still waits for the other transaction, on H2 and on PostgreSQL")
  void plainAddWaits() throws Exception {
    try (JdbcStorage storage = TestDatabases.h2()) {
      check(storage, false);
    }
    TestDatabases.PgSchema schema = TestDatabases.freshPostgresSchema();
    try (JdbcStorage storage = JdbcStorage.builder().url(schema.url()).migrate(true).build()) {
      check(storage, false);
    } finally {
      TestDatabases.drop(schema);
    }
  }

  private static ReportCounterStore counters(StorageTransaction tx) {
    return tx.store(ReportCounterStore.class).orElseThrow();
  }

  private static void add(StorageTransaction tx, boolean concurrently, ReportCounter counter) {
    if (concurrently) {
      counters(tx).addConcurrently(List.of(counter));
    } else {
      counters(tx).add(List.of(counter));
    }
  }

  private static void check(JdbcStorage storage, boolean concurrently) throws Exception {
    // the counter exists before: one row that both transactions below would lock, were it kept in one row
    storage.useTransaction(tx -> counters(tx).add(List.of(ONE)));
    CountDownLatch added = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicReference<Throwable> failed = new AtomicReference<>();
    Thread holder = new Thread(() -> storage.useTransaction(tx -> {
      add(tx, concurrently, ONE);
      added.countDown();
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }));
    CountDownLatch committed = new CountDownLatch(1);
    Runnable secondWork = () -> {
      storage.useTransaction(tx -> add(tx, concurrently, ONE.withValue(10)));
      committed.countDown();
    };
    Thread second = new Thread(secondWork);
    // a thread of another stripe: ids an odd number apart differ modulo any power of two of stripes
    while (Math.floorMod(second.getId() - holder.getId(), 2L) == 0) {
      second = new Thread(secondWork);
    }
    holder.setUncaughtExceptionHandler((t, e) -> failed.set(e));
    AtomicReference<Throwable> secondFailed = new AtomicReference<>();
    second.setUncaughtExceptionHandler((t, e) -> secondFailed.set(e));
    holder.start();
    assertTrue(added.await(30, TimeUnit.SECONDS), "the first transaction added");
    second.start();
    boolean committedMeanwhile = committed.await(concurrently ? 10 : 3, TimeUnit.SECONDS);
    release.countDown();
    holder.join(30_000);
    second.join(30_000);
    assertEquals(null, failed.get());
    if (!concurrently) {
      // it waited for the lock (on H2 perhaps until its lock timeout, and then failed)
      assertFalse(committedMeanwhile, "a plain add committed while the other transaction held the counter");
      return;
    }
    assertTrue(committedMeanwhile, "the second add waited for the first transaction to end");
    assertEquals(null, secondFailed.get());
    List<ReportCounter> stored = storage.inTransaction(tx -> counters(tx).list(COMMUNE, DAY, DAY));
    assertEquals(List.of(ONE.withValue(12)), stored);
  }
}
