package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.homewatch.ConfigurationException;
import org.homewatch.model.ContactPoint;
import org.homewatch.spi.notification.AlertChannel;
import org.homewatch.spi.notification.DeliveryResult;
import org.homewatch.spi.notification.Notification;
import org.homewatch.spi.storage.OutboxMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two portal nodes dispatching one outbox through a channel slower than the lease: each message is sent exactly once,
 * because each message's lease is renewed for its own send (and the renewal is refused once the lease ran out).
 */
@DisplayName("Outbox leases hold for each message's own send")
class OutboxLeaseTest {
  private static final Duration LEASE = Duration.ofMillis(400);
  private static final Duration SEND_TAKES = Duration.ofMillis(100);
  private static final int BATCH = 8;
  private static final int MESSAGES = 24;

  private final World world = new World();

  @AfterEach
  void close() {
    world.close();
  }

  /** A gateway that takes its time, and counts what it was asked to send by idempotency key. */
  private static final class SlowChannel implements AlertChannel {
    final Map<String, AtomicInteger> sends = new ConcurrentHashMap<>();

    @Override
    public String name() {
      return "test";
    }

    @Override
    public DeliveryResult send(Notification notification) {
      sends.computeIfAbsent(notification.idempotencyKey(), k -> new AtomicInteger()).incrementAndGet();
      try {
        Thread.sleep(SEND_TAKES.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return DeliveryResult.delivered("ok");
    }
  }

  private Homewatch node(String name, AlertChannel channel) {
    // Real time: the lease has to run out while the slow channel works.
    return Homewatch.builder().storage(world.storage).channel(channel).personChannel("test").clock(Clock.systemUTC())
        .nodeId(name)
        .outboxLease(LEASE).build();
  }

  @Test
  @DisplayName("with a batch that takes three times the lease, two nodes on one storage send each message exactly "
      + "once")
  void slowChannelTwoNodes() throws Exception {
    List<String> keys = new ArrayList<>();
    world.storage.useTransaction(tx -> {
      for (int i = 0; i < MESSAGES; i++) {
        String key = "alert-" + i + ":staff";
        keys.add(key);
        tx.outbox().enqueue(OutboxMessage.pending(World.COMMUNE_A, new Notification(key,
            new ContactPoint("test", "nurse-a"), "alert.opened", Locale.forLanguageTag("vi"), Map.of(), "Cảnh báo"),
            World.START));
      }
    });
    SlowChannel channel = new SlowChannel();
    List<Homewatch> nodes = List.of(node("node-1", channel), node("node-2", channel));

    ExecutorService pool = Executors.newFixedThreadPool(nodes.size());
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (Homewatch node : nodes) {
        runs.add(pool.submit(() -> {
          int lost = 0;
          long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
          while (world.outbox(OutboxMessage.Status.PENDING) > 0 && System.nanoTime() < until) {
            lost += node.notifications().dispatch(world.system, BATCH).lostLease();
          }
          return lost;
        }));
      }
      int lost = 0;
      for (Future<Integer> run : runs) {
        lost += run.get(60, TimeUnit.SECONDS);
      }
      assertTrue(lost > 0, "the test must make batches outlast their lease, or it proves nothing");
    } finally {
      pool.shutdownNow();
    }

    assertEquals(MESSAGES, world.outbox(OutboxMessage.Status.DELIVERED));
    for (String key : keys) {
      assertEquals(1, channel.sends.getOrDefault(key, new AtomicInteger()).get(), key + " sent once");
    }
  }

  @Test
  @DisplayName("the outbox lease is a named builder option, set once and positive")
  void leaseOption() {
    assertThrows(ConfigurationException.class, () -> Homewatch.builder().outboxLease(Duration.ZERO));
    ConfigurationException twice = assertThrows(ConfigurationException.class,
        () -> Homewatch.builder().outboxLease(Duration.ofSeconds(30)).outboxLease(Duration.ofSeconds(60)));
    assertTrue(twice.getMessage().startsWith("outboxLease"), twice.getMessage());
  }
}
