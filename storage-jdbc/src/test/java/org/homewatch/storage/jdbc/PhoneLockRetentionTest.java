package org.homewatch.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.homewatch.model.LinkCode;
import org.homewatch.model.PhoneNumber;
import org.homewatch.spi.storage.CitizenIdentityStore;
import org.homewatch.spi.storage.StorageTransaction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A phone's lock is a row holding the phone (V23): it locks that phone only, and it must go with the phone's codes, so
 * that no row keeps the number of a person whose data the retention purge erased.
 */
@DisplayName("A phone's lock: per phone, and its row goes with the phone's codes")
class PhoneLockRetentionTest {
  private static final PhoneNumber KEPT = new PhoneNumber("+84905111222");
  private static final PhoneNumber ERASED = new PhoneNumber("+84905111333");
  private static final PhoneNumber EXPIRED = new PhoneNumber("+84905111444");
  private static final Instant T0 = Instant.parse("2021-08-16T01:00:00Z");
  private static final String HASH = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

  @Test
  @DisplayName("on H2")
  void h2() throws SQLException {
    String url = TestDatabases.h2Url();
    try (JdbcStorage storage = JdbcStorage.builder().url(url).migrate(true).build()) {
      check(storage, url);
    }
  }

  @Test
  @DisplayName("on PostgreSQL")
  void postgres() throws SQLException {
    TestDatabases.PgSchema schema = TestDatabases.freshPostgresSchema();
    try (JdbcStorage storage = JdbcStorage.builder().url(schema.url()).migrate(true).build()) {
      check(storage, schema.url());
    } finally {
      TestDatabases.drop(schema);
    }
  }

  @Test
  @DisplayName("a phone's lock does not hold up another phone's, on H2 and on PostgreSQL, and holds up its own")
  void locksArePerPhone() throws Exception {
    try (JdbcStorage storage = TestDatabases.h2()) {
      checkPerPhone(storage);
    }
    TestDatabases.PgSchema schema = TestDatabases.freshPostgresSchema();
    try (JdbcStorage storage = JdbcStorage.builder().url(schema.url()).migrate(true).build()) {
      checkPerPhone(storage);
    } finally {
      TestDatabases.drop(schema);
    }
  }

  private static void checkPerPhone(JdbcStorage storage) throws Exception {
    issue(storage, KEPT, T0);
    issue(storage, ERASED, T0);
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread holder = new Thread(() -> storage.inTransaction(tx -> {
      identities(tx).lockPhone(KEPT);
      held.countDown();
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return null;
    }));
    holder.start();
    try {
      assertTrue(held.await(30, TimeUnit.SECONDS));
      ExecutorService other = Executors.newSingleThreadExecutor();
      try {
        Future<?> otherPhone = other.submit(() -> storage.inTransaction(tx -> {
          identities(tx).lockPhone(ERASED);
          return null;
        }));
        otherPhone.get(10, TimeUnit.SECONDS); // would time out if the lock were wider than the phone
        Future<?> samePhone = other.submit(() -> storage.inTransaction(tx -> {
          identities(tx).lockPhone(KEPT);
          return null;
        }));
        Thread.sleep(300);
        assertFalse(samePhone.isDone(), "the same phone waits for the holder");
        release.countDown();
        samePhone.get(30, TimeUnit.SECONDS);
      } finally {
        other.shutdownNow();
      }
    } finally {
      release.countDown();
      holder.join(30_000);
    }
  }

  private static CitizenIdentityStore identities(StorageTransaction tx) {
    return tx.store(CitizenIdentityStore.class).orElseThrow();
  }

  private static void issue(JdbcStorage storage, PhoneNumber phone, Instant at) {
    storage.inTransaction(tx -> {
      identities(tx).lockPhone(phone);
      identities(tx).insertCode(LinkCode.issued(UUID.randomUUID(), phone, HASH, at, at.plus(Duration.ofMinutes(10))));
      return null;
    });
  }

  private static void check(JdbcStorage storage, String url) throws SQLException {
    issue(storage, KEPT, T0.plus(Duration.ofDays(60)));
    issue(storage, ERASED, T0.plus(Duration.ofDays(60)));
    issue(storage, EXPIRED, T0);
    assertEquals(3, lockRows(url));

    storage.inTransaction(tx -> identities(tx).removeCodesOf(ERASED));
    assertEquals(2, lockRows(url), "removeCodesOf takes the phone's lock row");
    assertEquals(1, (int) storage.inTransaction(tx -> identities(tx).removeCodesExpiredBefore(T0.plus(
        Duration.ofDays(30)), 10)), "the lock row is not counted as a code");
    assertEquals(1, lockRows(url), "the lock of a phone with no code left goes with its last expired code");
  }

  private static int lockRows(String url) throws SQLException {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM hw_link_phone")) {
      r.next();
      return r.getInt(1);
    }
  }
}
