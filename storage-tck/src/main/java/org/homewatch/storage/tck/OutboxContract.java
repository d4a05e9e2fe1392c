package org.homewatch.storage.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.JurisdictionScheme;
import org.homewatch.model.OutboxMessageId;
import org.homewatch.spi.storage.OutboxMessage;
import org.homewatch.spi.storage.OutboxMessage.Status;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The leased outbox: exclusive leases within the caller's scope, renewal and completion fenced by owner and attempt,
 * backoff, and races between dispatchers.
 */
abstract class OutboxContract extends StoreContract {
  private static final Instant NOW = Samples.T0;
  private static final Duration LEASE = Duration.ofMinutes(1);

  OutboxContract(StorageCompatibilityKit kit) {
    super(kit);
  }

  private List<OutboxMessage> lease(String owner, Instant at, int limit) {
    return lease(owner, Samples.GIA_LAI, at, limit);
  }

  private List<OutboxMessage> lease(String owner, JurisdictionPath scope, Instant at, int limit) {
    return read(tx -> tx.outbox().lease(owner, scope, at, at.plus(LEASE), limit));
  }

  /** Completes as the owner of a lease taken at the message's first attempt. */
  private boolean complete(OutboxMessageId id, String owner, Status status, Instant nextAttemptAt,
      Optional<String> error) {
    return complete(id, owner, 0, status, nextAttemptAt, error);
  }

  private boolean complete(OutboxMessageId id, String owner, int attempts, Status status, Instant nextAttemptAt,
      Optional<String> error) {
    Boolean completed = read(tx -> tx.outbox().complete(id, owner, attempts, status, nextAttemptAt, error));
    return completed;
  }

  private boolean renew(OutboxMessageId id, String owner, int attempts, Instant at, Instant until) {
    Boolean renewed = read(tx -> tx.outbox().renew(id, owner, attempts, at, until));
    return renewed;
  }

  private OutboxMessage stored(OutboxMessageId id) {
    return read(tx -> tx.outbox().find(id)).orElseThrow();
  }

  private long count(Status status) {
    Long counted = read(tx -> tx.outbox().count(status));
    return counted;
  }

  private static List<OutboxMessageId> ids(List<OutboxMessage> messages) {
    return messages.stream().map(OutboxMessage::id).toList();
  }

  @Test
  @DisplayName("enqueueing a message id that is stored already is a conflict, and the first message stays")
  void duplicateIdIsConflict() {
    OutboxMessage first = Samples.outboxMessage(NOW);
    write(tx -> tx.outbox().enqueue(first));
    OutboxMessage again = OutboxMessage.pending(first.id(), Samples.IA_BLANG, Samples.notification("other"), NOW);
    org.junit.jupiter.api.Assertions.assertThrows(org.homewatch.ConflictException.class,
        () -> write(tx -> tx.outbox().enqueue(again)));
    assertEquals(Optional.of(first), read(tx -> tx.outbox().find(first.id())));
  }

  @Test
  @DisplayName("A message leased by one owner is not handed to another until the lease has run out")
  void leaseIsExclusive() {
    OutboxMessage message = Samples.outboxMessage(NOW);
    write(tx -> tx.outbox().enqueue(message));

    List<OutboxMessage> leased = lease("node-a", NOW, 10);

    assertEquals(List.of(message.id()), ids(leased));
    assertEquals(Optional.of("node-a"), leased.get(0).leaseOwner());
    assertEquals(Optional.of(NOW.plus(LEASE)), leased.get(0).leaseUntil());
    assertEquals(List.of(), lease("node-b", NOW.plusSeconds(30), 10));
    assertEquals(List.of(), lease("node-a", NOW.plusSeconds(30), 10), "not even to its owner, while leased");
  }

  @Test
  @DisplayName("After the lease runs out another owner can lease the message, and the first owner's complete returns "
      + "false and changes nothing")
  void expiredLeaseMovesOn() {
    OutboxMessage message = Samples.outboxMessage(NOW);
    write(tx -> tx.outbox().enqueue(message));
    lease("node-a", NOW, 10);
    Instant later = NOW.plus(LEASE).plusSeconds(1);

    assertEquals(List.of(message.id()), ids(lease("node-b", later, 10)));
    assertFalse(complete(message.id(), "node-a", Status.DELIVERED, later, Optional.empty()));
    OutboxMessage stored = read(tx -> tx.outbox().find(message.id())).orElseThrow();
    assertEquals(Status.PENDING, stored.status());
    assertEquals(0, stored.attempts());
    assertEquals(Optional.of("node-b"), stored.leaseOwner());

    assertTrue(complete(message.id(), "node-b", Status.DELIVERED, later, Optional.empty()));
  }

  @Test
  @DisplayName("complete by the owner records status, attempts, next attempt and last error, and releases the lease")
  void completeRecordsOutcome() {
    OutboxMessage message = Samples.outboxMessage(NOW);
    write(tx -> tx.outbox().enqueue(message));
    lease("node-a", NOW, 10);
    Instant retryAt = NOW.plusSeconds(300);

    assertTrue(complete(message.id(), "node-a", Status.PENDING, retryAt,
        Optional.of("gateway timeout")));

    OutboxMessage stored = read(tx -> tx.outbox().find(message.id())).orElseThrow();
    assertEquals(Status.PENDING, stored.status());
    assertEquals(1, stored.attempts());
    assertEquals(retryAt, stored.nextAttemptAt());
    assertEquals(Optional.of("gateway timeout"), stored.lastError());
    assertEquals(Optional.empty(), stored.leaseOwner());
    assertEquals(Optional.empty(), stored.leaseUntil());
    assertEquals(message.notification(), stored.notification());
    assertEquals(message.createdAt(), stored.createdAt());

    assertEquals(List.of(), lease("node-b", retryAt.minusMillis(1), 10), "not before its next attempt");
    assertEquals(List.of(message.id()), ids(lease("node-b", retryAt, 10)));
    assertTrue(complete(message.id(), "node-b", 1, Status.DELIVERED, retryAt, Optional.empty()));
    OutboxMessage delivered = read(tx -> tx.outbox().find(message.id())).orElseThrow();
    assertEquals(Status.DELIVERED, delivered.status());
    assertEquals(2, delivered.attempts());
    assertEquals(Optional.empty(), delivered.leaseOwner());
    assertEquals(List.of(), lease("node-c", retryAt.plus(Duration.ofDays(1)), 10), "delivered is never leased again");
  }

  @Test
  @DisplayName("count counts messages by status as they move")
  void counts() {
    List<OutboxMessage> messages = IntStream.range(0, 3).mapToObj(i -> Samples.outboxMessage(NOW)).toList();
    write(tx -> messages.forEach(tx.outbox()::enqueue));
    lease("node-a", NOW, 10);

    write(tx -> {
      tx.outbox().complete(messages.get(0).id(), "node-a", 0, Status.DELIVERED, NOW, Optional.empty());
      tx.outbox().complete(messages.get(1).id(), "node-a", 0, Status.FAILED, NOW, Optional.of("no such number"));
    });

    assertEquals(1, count(Status.PENDING));
    assertEquals(1, count(Status.DELIVERED));
    assertEquals(1, count(Status.FAILED));
    assertEquals(List.of(), lease("node-b", NOW.plusSeconds(1), 10), "the pending one is still leased");
  }

  @Test
  @DisplayName("a message completed as OBSOLETE keeps that status and its reason, is counted, and is never leased "
      + "again")
  void obsoleteIsFinal() {
    OutboxMessage message = Samples.outboxMessage(NOW);
    write(tx -> tx.outbox().enqueue(message));
    lease("node-a", NOW, 10);

    assertTrue(complete(message.id(), "node-a", Status.OBSOLETE, NOW, Optional.of("obsolete: alert resolved")));

    OutboxMessage stored = stored(message.id());
    assertEquals(Status.OBSOLETE, stored.status());
    assertEquals(Optional.of("obsolete: alert resolved"), stored.lastError());
    assertEquals(1, count(Status.OBSOLETE));
    assertEquals(0, count(Status.PENDING));
    assertEquals(List.of(), lease("node-b", NOW.plus(Duration.ofDays(1)), 10));
  }

  @Test
  @DisplayName("Messages due later are not leased; due ones are leased oldest due first, at most limit")
  void dueOrderAndLimit() {
    OutboxMessage third = Samples.outboxMessage(NOW.minusSeconds(10));
    OutboxMessage first = Samples.outboxMessage(NOW.minusSeconds(300));
    OutboxMessage future = Samples.outboxMessage(NOW.plusSeconds(1));
    OutboxMessage second = Samples.outboxMessage(NOW.minusSeconds(60));
    write(tx -> List.of(third, first, future, second).forEach(tx.outbox()::enqueue));

    assertEquals(List.of(first.id(), second.id()), ids(lease("node-a", NOW, 2)));
    assertEquals(List.of(third.id()), ids(lease("node-b", NOW, 10)));
    assertEquals(List.of(future.id()), ids(lease("node-c", NOW.plusSeconds(1), 10)));
  }

  @Test
  @DisplayName("complete of an unknown message, or by an owner that never leased it, returns false")
  void completeByStranger() {
    OutboxMessage message = Samples.outboxMessage(NOW);
    write(tx -> tx.outbox().enqueue(message));

    assertFalse(complete(message.id(), "node-a", Status.DELIVERED, NOW, Optional.empty()));
    assertFalse(complete(OutboxMessageId.random(), "node-a", Status.DELIVERED, NOW,
        Optional.empty()));
    assertEquals(Status.PENDING, read(tx -> tx.outbox().find(message.id())).orElseThrow().status());
  }

  @Test
  @DisplayName("A lease hands out only messages about units inside the scope, and others' messages do not use up the "
      + "limit")
  void leaseKeepsToScope() {
    JurisdictionPath hoChiMinhCity = JurisdictionPath.of(JurisdictionScheme.GSO_2021, "79");
    List<OutboxMessage> elsewhere = IntStream.range(0, 5)
        .mapToObj(i -> Samples.outboxMessage(hoChiMinhCity.child("760"), NOW.minusSeconds(600 - i))).toList();
    OutboxMessage here = Samples.outboxMessage(Samples.IA_BLANG, NOW.minusSeconds(1));
    write(tx -> {
      elsewhere.forEach(tx.outbox()::enqueue);
      tx.outbox().enqueue(here);
    });

    assertEquals(List.of(here.id()), ids(lease("node-a", Samples.GIA_LAI, NOW, 2)),
        "the older messages of another province are not this province's to send");
    assertEquals(List.of(), lease("node-a", Samples.CHU_SE_TOWN, NOW.plus(LEASE).plusSeconds(1), 10),
        "a commune's scope does not reach its neighbour's messages");
    assertEquals(ids(elsewhere.subList(0, 3)), ids(lease("node-b", hoChiMinhCity, NOW, 3)));
    assertEquals(Samples.IA_BLANG, stored(here.id()).unit());
  }

  @Test
  @DisplayName("The owner can renew a lease it still holds; a lease that ran out, was taken by another, or belongs to "
      + "an earlier attempt cannot be renewed")
  void renewalIsFenced() {
    OutboxMessage message = Samples.outboxMessage(NOW);
    write(tx -> tx.outbox().enqueue(message));
    lease("node-a", NOW, 10);

    Instant sending = NOW.plusSeconds(50);
    assertTrue(renew(message.id(), "node-a", 0, sending, sending.plus(LEASE)));
    assertEquals(Optional.of(sending.plus(LEASE)), stored(message.id()).leaseUntil());
    assertEquals(List.of(), lease("node-b", NOW.plus(LEASE).plusSeconds(1), 10),
        "the renewed lease still holds after the first one would have run out");
    assertFalse(renew(message.id(), "node-b", 0, sending, sending.plus(LEASE)), "not the owner");
    assertFalse(renew(message.id(), "node-a", 1, sending, sending.plus(LEASE)), "not the attempt it leased");

    Instant ranOut = sending.plus(LEASE).plusSeconds(1);
    assertFalse(renew(message.id(), "node-a", 0, ranOut, ranOut.plus(LEASE)), "a lease that ran out is gone");
    assertEquals(List.of(message.id()), ids(lease("node-b", ranOut, 10)));
    assertFalse(renew(message.id(), "node-a", 0, ranOut, ranOut.plus(LEASE)));

    assertTrue(complete(message.id(), "node-b", Status.PENDING, ranOut, Optional.of("gateway busy")));
    assertFalse(renew(message.id(), "node-b", 0, ranOut, ranOut.plus(LEASE)), "completed: no lease left");
  }

  @Test
  @DisplayName("An owner that leased a message again after a retry cannot renew or complete with its earlier lease")
  void earlierAttemptIsFenced() {
    OutboxMessage message = Samples.outboxMessage(NOW);
    write(tx -> tx.outbox().enqueue(message));
    lease("node-a", NOW, 10);
    assertTrue(complete(message.id(), "node-a", Status.PENDING, NOW, Optional.of("gateway busy")));
    assertEquals(List.of(message.id()), ids(lease("node-a", NOW.plusSeconds(1), 10)));

    assertFalse(renew(message.id(), "node-a", 0, NOW.plusSeconds(1), NOW.plus(LEASE)));
    assertFalse(complete(message.id(), "node-a", 0, Status.DELIVERED, NOW.plusSeconds(1), Optional.empty()));
    assertEquals(1, stored(message.id()).attempts());
    assertTrue(complete(message.id(), "node-a", 1, Status.DELIVERED, NOW.plusSeconds(1), Optional.empty()));
    assertEquals(Status.DELIVERED, stored(message.id()).status());
  }

  @Test
  @DisplayName("Dispatchers leasing concurrently never receive the same message, and together receive them all")
  void concurrentLeasing() throws Exception {
    int total = 150;
    Set<OutboxMessageId> enqueued = new HashSet<>();
    write(tx -> {
      for (int i = 0; i < total; i++) {
        OutboxMessage message = Samples.outboxMessage(NOW.minusMillis(i % 7));
        enqueued.add(message.id());
        tx.outbox().enqueue(message);
      }
    });
    int threads = 4;
    java.util.concurrent.atomic.AtomicInteger names = new java.util.concurrent.atomic.AtomicInteger();

    List<List<OutboxMessageId>> perOwner = concurrently(threads, () -> {
      String owner = "node-" + names.incrementAndGet();
      List<OutboxMessageId> mine = new ArrayList<>();
      for (int round = 0; round < total; round++) {
        List<OutboxMessage> batch = lease(owner, NOW, 3);
        if (batch.isEmpty()) {
          break;
        }
        batch.forEach(m -> assertEquals(Optional.of(owner), m.leaseOwner()));
        mine.addAll(ids(batch));
      }
      return mine;
    });

    List<OutboxMessageId> all = perOwner.stream().flatMap(List::stream).toList();
    assertEquals(total, all.size(), "every message leased exactly once");
    assertEquals(enqueued, Set.copyOf(all));
  }
}
