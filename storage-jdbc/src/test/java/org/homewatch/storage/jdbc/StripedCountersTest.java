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
 * A counter is kept in stripes (V10), so that a transaction adding to it does not wait for another one that added to
 * it and has not committed yet (with durable commits, that wait lasts until the other commit is on disk, and
 * concurrent submissions of one commune queued one behind the other). The test holds one transaction open after its
 * add and checks that a second one, on a thread of another stripe, adds to the same counter and commits meanwhile.
 */
@DisplayName("A transaction adds to a report counter while another one that added to it is still open")
class StripedCountersTest {
  private static final JurisdictionPath COMMUNE =
      JurisdictionPath.of(JurisdictionScheme.GSO_2021, "64", "633", "23941");
  private static final LocalDate DAY = LocalDate.of(2021, 8, 16);
  private static final ReportCounter ONE = new ReportCounter(COMMUNE, DAY, "DECLARATION_RECEIVED", "", 1);

  @Test
  @DisplayName("on H2")
  void h2() throws Exception {
    try (JdbcStorage storage = TestDatabases.h2()) {
      check(storage);
    }
  }

  @Test
  @DisplayName("on PostgreSQL")
  void postgres() throws Exception {
    TestDatabases.PgSchema schema = TestDatabases.freshPostgresSchema();
    try (JdbcStorage storage = JdbcStorage.builder().url(schema.url()).migrate(true).build()) {
      check(storage);
    } finally {
      TestDatabases.drop(schema);
    }
  }

  private static ReportCounterStore counters(StorageTransaction tx) {
    return tx.store(ReportCounterStore.class).orElseThrow();
  }

  private static void check(JdbcStorage storage) throws Exception {
    // the counter exists before: one row that both transactions below would lock, were it kept in one row
    storage.useTransaction(tx -> counters(tx).add(List.of(ONE)));
    CountDownLatch added = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicReference<Throwable> failed = new AtomicReference<>();
    Thread holder = new Thread(() -> storage.useTransaction(tx -> {
      counters(tx).add(List.of(ONE));
      added.countDown();
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }));
    Thread second = new Thread(() -> storage.useTransaction(tx -> counters(tx).add(List.of(ONE.withValue(10)))));
    while (Math.floorMod(second.getId() - holder.getId(), (long) 16) == 0) {
      second = new Thread(second::run); // a thread of another stripe
    }
    holder.setUncaughtExceptionHandler((t, e) -> failed.set(e));
    second.setUncaughtExceptionHandler((t, e) -> failed.set(e));
    holder.start();
    assertTrue(added.await(30, TimeUnit.SECONDS), "the first transaction added");
    second.start();
    second.join(10_000);
    boolean waited = second.isAlive();
    release.countDown();
    holder.join(30_000);
    second.join(30_000);
    assertFalse(waited, "the second add waited for the first transaction to end");
    assertEquals(null, failed.get());
    List<ReportCounter> stored = storage.inTransaction(tx -> counters(tx).list(COMMUNE, DAY, DAY));
    assertEquals(List.of(ONE.withValue(12)), stored);
  }
}
