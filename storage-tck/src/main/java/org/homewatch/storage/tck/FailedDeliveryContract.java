package org.homewatch.storage.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.JurisdictionScheme;
import org.homewatch.model.OutboxMessageId;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.spi.storage.FailedDeliveryStore;
import org.homewatch.spi.storage.OutboxMessage;
import org.homewatch.spi.storage.OutboxMessage.Status;
import org.homewatch.spi.storage.StorageTransaction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The {@link FailedDeliveryStore} contract, an optional store: it runs only against a storage whose
 * {@code optionalStores()} lists {@code FailedDeliveryStore}; otherwise JUnit reports these tests as skipped.
 */
abstract class FailedDeliveryContract extends StoreContract {
  private static final JurisdictionPath OTHER_PROVINCE_COMMUNE =
      JurisdictionPath.of(JurisdictionScheme.GSO_2021, "79", "760", "26734");

  FailedDeliveryContract(StorageCompatibilityKit kit) {
    super(kit);
  }

  @BeforeEach
  void onlyIfDeclared() {
    assumeTrue(storage().optionalStores().contains(FailedDeliveryStore.class),
        "the storage does not declare FailedDeliveryStore among its optional stores");
  }

  static FailedDeliveryStore failures(StorageTransaction tx) {
    return tx.store(FailedDeliveryStore.class).orElseThrow(() -> new AssertionError(
        "the storage declares FailedDeliveryStore but a transaction does not hand it out"));
  }

  /** A message about {@code unit}, created at {@code at}, leased and completed with {@code status}. */
  private OutboxMessage completed(JurisdictionPath unit, Instant at, Status status) {
    OutboxMessage m = Samples.outboxMessage(unit, at);
    write(tx -> tx.outbox().enqueue(m));
    String owner = "node-" + m.id();
    List<OutboxMessage> leased = read(tx -> tx.outbox().lease(owner, unit, at, at.plusSeconds(60), 100));
    assertTrue(leased.stream().anyMatch(l -> l.id().equals(m.id())), "the message was leased");
    assertEquals(Boolean.TRUE, read(tx -> tx.outbox().complete(m.id(), owner, 0, status, at, Optional.of("gateway said no"))));
    return read(tx -> tx.outbox().find(m.id())).orElseThrow();
  }

  @Test
  @DisplayName("failed lists the FAILED messages inside the scope, oldest first, keyset-paged; delivered, pending "
      + "and other provinces' are not on it")
  void failedInScopeOldestFirst() {
    Instant t = Samples.T0;
    List<OutboxMessage> failed = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      failed.add(completed(Samples.CHU_SE_TOWN, t.plusSeconds(60L * (5 - i)), Status.FAILED));
    }
    completed(Samples.CHU_SE_TOWN, t, Status.DELIVERED);
    completed(OTHER_PROVINCE_COMMUNE, t, Status.FAILED);
    write(tx -> tx.outbox().enqueue(Samples.outboxMessage(Samples.CHU_SE_TOWN, t)));
    List<OutboxMessageId> expected = new ArrayList<>(failed.stream().map(OutboxMessage::id).toList());
    java.util.Collections.reverse(expected);

    Page<OutboxMessage> first = read(tx -> failures(tx).failed(Samples.GIA_LAI, PageRequest.first(2)));
    Page<OutboxMessage> second = read(tx -> failures(tx).failed(Samples.GIA_LAI,
        PageRequest.first(2).next(first)));
    Page<OutboxMessage> third = read(tx -> failures(tx).failed(Samples.GIA_LAI, PageRequest.first(2).next(second)));
    List<OutboxMessageId> walked = new ArrayList<>();
    for (Page<OutboxMessage> p : List.of(first, second, third)) {
      p.items().forEach(m -> walked.add(m.id()));
    }
    assertEquals(expected, walked);
    assertFalse(third.hasNext());
    assertTrue(third.items().stream().allMatch(m -> m.status() == Status.FAILED && m.lastError().isPresent()));
  }

  @Test
  @DisplayName("requeue makes a FAILED message PENDING and due at once, with its attempts and error kept, and it "
      + "is leased again; a message not FAILED is refused and unchanged")
  void requeue() {
    Instant t = Samples.T0;
    OutboxMessage failed = completed(Samples.CHU_SE_TOWN, t, Status.FAILED);
    OutboxMessage delivered = completed(Samples.CHU_SE_TOWN, t, Status.DELIVERED);
    Instant later = t.plus(Duration.ofHours(2));

    assertEquals(Boolean.TRUE, read(tx -> failures(tx).requeue(failed.id(), later)));
    OutboxMessage back = read(tx -> tx.outbox().find(failed.id())).orElseThrow();
    assertEquals(List.of(Status.PENDING, later, failed.attempts(), failed.lastError()),
        List.of(back.status(), back.nextAttemptAt(), back.attempts(), back.lastError()));
    assertEquals(List.of(), read(tx -> failures(tx).failed(Samples.GIA_LAI, PageRequest.first(10))).items());
    assertEquals(Boolean.FALSE, read(tx -> failures(tx).requeue(failed.id(), later)), "requeued already");
    assertEquals(Boolean.FALSE, read(tx -> failures(tx).requeue(delivered.id(), later)));
    assertEquals(Boolean.FALSE, read(tx -> failures(tx).requeue(OutboxMessageId.random(), later)));
    assertEquals(Status.DELIVERED, read(tx -> tx.outbox().find(delivered.id())).orElseThrow().status());
    assertEquals(List.of(failed.id()), read(tx -> tx.outbox().lease("again", Samples.GIA_LAI, later,
        later.plusSeconds(60), 10)).stream().map(OutboxMessage::id).toList());
  }
}
