package org.homewatch.examples.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.homewatch.core.Homewatch;
import org.homewatch.model.ContactPoint;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.JurisdictionScheme;
import org.homewatch.model.Principal;
import org.homewatch.spi.notification.AlertChannel;
import org.homewatch.spi.notification.DeliveryResult;
import org.homewatch.spi.notification.Notification;
import org.homewatch.spi.storage.OutboxMessage;
import org.homewatch.spi.storage.Storage;
import org.homewatch.storage.jdbc.JdbcStorage;
import org.homewatch.storage.memory.MemoryStorage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 10.8 on every storage: two portal nodes, each with its own storage handle on one database, dispatch one
 * outbox through a gateway slower than the outbox lease allows for a batch. Each message is sent exactly once
 * (before the per-message lease, 20 of 360 messages were sent twice on PostgreSQL and 68 on H2).
 */
@DisplayName("Two nodes and a slow gateway send each outbox message once, on every storage")
class SlowChannelOnEveryStorageTest {
  private static final JurisdictionPath PROVINCE = JurisdictionPath.of(JurisdictionScheme.GSO_2021, "64");
  private static final JurisdictionPath COMMUNE = PROVINCE.child("622").child("23539");
  private static final Duration LEASE = Duration.ofMillis(400);
  private static final long SEND_MILLIS = 100;
  private static final int BATCH = 8;
  private static final int MESSAGES = 24;
  private static EmbeddedPostgres postgres;

  /** Two handles on one database: each node opens its own, as separate portal nodes do. */
  private record Database(Supplier<Storage> handle) {}

  static Stream<Arguments> storages() {
    MemoryStorage memory = new MemoryStorage();
    String h2 = "jdbc:h2:mem:slow-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    return Stream.of(
        Arguments.of("memory", new Database(() -> memory)),
        Arguments.of("H2", new Database(() -> JdbcStorage.builder().url(h2).migrate(true).build())),
        Arguments.of("PostgreSQL", new Database(postgresDatabase())));
  }

  private static Supplier<Storage> postgresDatabase() {
    return new Supplier<>() {
      private DataSource source;

      @Override
      public synchronized Storage get() {
        if (source == null) {
          source = freshPostgresDatabase();
        }
        return JdbcStorage.builder().dataSource(source).migrate(true).build();
      }
    };
  }

  private static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off").start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return postgres;
  }

  private static DataSource freshPostgresDatabase() {
    String name = "slow_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = postgres().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return postgres().getDatabase("postgres", name);
  }

  @AfterAll
  static void stop() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }

  /** A gateway that takes its time, counting what it was asked to send by idempotency key. */
  private static final class SlowGateway implements AlertChannel {
    final Map<String, AtomicInteger> sends = new ConcurrentHashMap<>();

    @Override
    public String name() {
      return "sms";
    }

    @Override
    public DeliveryResult send(Notification n) {
      sends.computeIfAbsent(n.idempotencyKey(), k -> new AtomicInteger()).incrementAndGet();
      try {
        Thread.sleep(SEND_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return DeliveryResult.delivered("ok");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storages")
  @DisplayName("a batch outlasting its lease three times over: every message sent exactly once")
  void eachMessageOnce(String name, Database database) throws Exception {
    SlowGateway gateway = new SlowGateway();
    List<Homewatch> nodes = new ArrayList<>();
    for (int i = 1; i <= 2; i++) {
      nodes.add(Homewatch.builder().storage(database.handle().get()).channel(gateway).clock(Clock.systemUTC())
          .nodeId("node-" + i).outboxLease(LEASE).build());
    }
    Storage storage = database.handle().get();
    List<String> keys = new ArrayList<>();
    Instant due = Instant.now().minusSeconds(1);
    storage.useTransaction(tx -> {
      for (int i = 0; i < MESSAGES; i++) {
        String key = "alert-" + i + ":staff";
        keys.add(key);
        tx.outbox().enqueue(OutboxMessage.pending(COMMUNE, new Notification(key,
            new ContactPoint("sms", "+8490500" + String.format("%04d", i)), "alert.opened",
            Locale.forLanguageTag("vi"), Map.of(), "Cảnh báo"), due));
      }
    });
    Principal system = Principal.system(PROVINCE);

    ExecutorService pool = Executors.newFixedThreadPool(nodes.size());
    int lost = 0;
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (Homewatch node : nodes) {
        runs.add(pool.submit(() -> {
          int lostHere = 0;
          long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
          while (pending(storage) > 0 && System.nanoTime() < until) {
            lostHere += node.notifications().dispatch(system, BATCH).lostLease();
          }
          return lostHere;
        }));
      }
      for (Future<Integer> run : runs) {
        lost += run.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertTrue(lost > 0, "batches must outlast their lease, or this proves nothing");
    assertEquals(MESSAGES, (long) storage.<Long>inTransaction(tx -> tx.outbox().count(OutboxMessage.Status.DELIVERED)));
    for (String key : keys) {
      assertEquals(1, gateway.sends.getOrDefault(key, new AtomicInteger()).get(), key + " sent once on " + name);
    }
    nodes.forEach(Homewatch::close);
    storage.close();
  }

  private static long pending(Storage storage) {
    return storage.inTransaction(tx -> tx.outbox().count(OutboxMessage.Status.PENDING));
  }
}
