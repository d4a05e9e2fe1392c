package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.homewatch.ConflictException;
import org.homewatch.ValidationException;
import org.homewatch.core.declarations.BatchResult;
import org.homewatch.core.declarations.DeclarationService;
import org.homewatch.core.declarations.SubmissionResult;
import org.homewatch.model.AuditEvent;
import org.homewatch.model.DeclarationId;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NewDeclaration;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Principal;
import org.homewatch.spi.storage.OptionalStore;
import org.homewatch.spi.storage.Storage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.homewatch.test.MutableClock;
import org.homewatch.test.RecordingChannel;

/** Issue 10.13: bounded batches, final refusals, and one answer from submit and submitAll. */
class SubmissionRefusalsTest {
  /** Counts the transactions Homewatch opens, to see whether a refusal was retried. */
  private static final class CountingStorage implements Storage {
    private final Storage delegate = World.memoryStorage();
    final AtomicInteger transactions = new AtomicInteger();

    @Override
    public <T> T inTransaction(TransactionWork<T> work) {
      transactions.incrementAndGet();
      return delegate.inTransaction(work);
    }

    @Override
    public Set<Class<? extends OptionalStore>> optionalStores() {
      return delegate.optionalStores();
    }

    @Override
    public void close() {
      delegate.close();
    }
  }

  private final World world = new World();

  @AfterEach
  void close() {
    world.close();
  }

  private int stored(IsolationCase c) {
    return world.homewatch.declarations().history(world.supervisor, c.id(), PageRequest.first(100)).items().size();
  }

  private List<NewDeclaration> declarations(IsolationCase c, int n) {
    List<NewDeclaration> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(NewDeclaration.of(DeclarationId.random(), c.id(), world.clock.instant().minusSeconds(i),
          World.normal(), Set.of()));
    }
    return out;
  }

  private IsolationCase cancel(IsolationCase c) {
    IsolationCase now = world.homewatch.cases().get(world.nurseA, c.id());
    return world.homewatch.lifecycle().cancel(world.nurseA, c.id(), now.version(), "entered twice");
  }

  @Test
  @DisplayName("a citizen's batch is capped at 100 declarations: 101 are refused naming the limit, nothing stored")
  void citizenBatchCapped() {
    IsolationCase c = world.registerF2("Đỗ Thị Lan", World.COMMUNE_A);
    world.clock.advance(Duration.ofHours(1));
    Principal citizen = world.citizen(c);
    ValidationException refused = assertThrows(ValidationException.class,
        () -> world.homewatch.declarations().submitAll(citizen, declarations(c, 101)));
    assertEquals("inputs", refused.violations().get(0).path());
    assertTrue(refused.getMessage().contains("at most 100"), refused.getMessage());
    assertEquals(0, stored(c));
    assertEquals(100, world.homewatch.declarations().submitAll(citizen, declarations(c, 100)).acceptedCount(),
        "exactly the limit is taken");
  }

  @Test
  @DisplayName("staff and the system may send larger batches, capped at 2,000")
  void staffBatchCapped() {
    IsolationCase c = world.registerF2("Đỗ Văn Long", World.COMMUNE_A);
    world.clock.advance(Duration.ofHours(1));
    assertEquals(DeclarationService.MAX_BATCH_STAFF, DeclarationService.maxBatch(world.nurseA));
    assertEquals(DeclarationService.MAX_BATCH_STAFF, DeclarationService.maxBatch(world.system));
    assertEquals(DeclarationService.MAX_BATCH_CITIZEN, DeclarationService.maxBatch(world.citizen(c)));
    ValidationException refused = assertThrows(ValidationException.class,
        () -> world.homewatch.declarations().submitAll(world.nurseA, declarations(c, 2001)));
    assertTrue(refused.getMessage().contains("at most 2000"), refused.getMessage());
    assertEquals(0, stored(c));
    assertEquals(101, world.homewatch.declarations().submitAll(world.nurseA, declarations(c, 101)).acceptedCount());
  }

  @Test
  @DisplayName("a declaration to a closed case is refused at once: one transaction, not ten, by submit and submitAll")
  void closedCaseRefusalNotRetried() {
    CountingStorage counting = new CountingStorage();
    MutableClock clock = new MutableClock(World.START);
    try (Homewatch homewatch = Homewatch.builder().storage(counting).channel(new RecordingChannel("test"))
        .channel(new RecordingChannel("sms")).clock(clock).build()) {
      homewatch.jurisdictions().importUnits(world.admin, List.of(
          new org.homewatch.model.Jurisdiction(World.PROVINCE, "Gia Lai"),
          new org.homewatch.model.Jurisdiction(World.DISTRICT, "Chư Sê"),
          new org.homewatch.model.Jurisdiction(World.COMMUNE_A, "Thị trấn Chư Sê")));
      IsolationCase c = homewatch.cases().register(world.enroller, org.homewatch.model.NewCase.of(
          World.person("Trịnh Văn Sơn", World.COMMUNE_A, 1970), org.homewatch.model.CaseCategory.F2,
          new org.homewatch.model.QuarantineDecision("3/QĐ", "UBND", World.TODAY), World.TODAY));
      homewatch.lifecycle().cancel(world.nurseA, c.id(), c.version(), "entered twice");
      NewDeclaration late = NewDeclaration.of(DeclarationId.random(), c.id(), clock.instant(), World.normal(),
          Set.of());

      int before = counting.transactions.get();
      assertThrows(ConflictException.class, () -> homewatch.declarations().submit(world.nurseA, late));
      assertEquals(1, counting.transactions.get() - before, "submit ran its transaction once");

      before = counting.transactions.get();
      BatchResult batch = homewatch.declarations().submitAll(world.nurseA, List.of(late));
      assertInstanceOf(ConflictException.class, batch.items().get(0).rejected().orElseThrow());
      assertEquals(1, counting.transactions.get() - before, "submitAll ran its transaction once");
    }
  }

  @Test
  @DisplayName("a retry of a declaration stored before its case closed gets its first result from submit and from"
      + " submitAll")
  void retryAfterCloseIsIdempotent() {
    IsolationCase c = world.registerF2("Vương Thị Mai", World.COMMUNE_A);
    NewDeclaration first = world.declaration(c, World.spo2(95));
    SubmissionResult original = world.homewatch.declarations().submit(world.nurseA, first);
    cancel(c);

    SubmissionResult single = world.homewatch.declarations().submit(world.nurseA, first);
    BatchResult batch = world.homewatch.declarations().submitAll(world.nurseA, List.of(first));
    SubmissionResult inBatch = batch.items().get(0).accepted().orElseThrow();

    for (SubmissionResult retry : List.of(single, inBatch)) {
      assertTrue(retry.duplicate());
      assertEquals(original.declaration(), retry.declaration());
      assertEquals(original.assessment(), retry.assessment());
    }
    assertEquals(1, stored(c));
  }

  @Test
  @DisplayName("submit and submitAll refuse a new declaration to a closed case with the same exception")
  void sameRefusalBothWays() {
    IsolationCase c = world.registerF2("Vương Văn Nam", World.COMMUNE_A);
    cancel(c);
    NewDeclaration late = world.declaration(c, World.normal());
    ConflictException single = assertThrows(ConflictException.class,
        () -> world.homewatch.declarations().submit(world.nurseA, late));
    ConflictException inBatch = (ConflictException) world.homewatch.declarations()
        .submitAll(world.nurseA, List.of(late)).items().get(0).rejected().orElseThrow();
    assertEquals(single.getMessage(), inBatch.getMessage());
    assertEquals(0, stored(c));
  }

  @Test
  @DisplayName("a declaration is audited with the same event whether it came alone or in a batch")
  void oneAuditShape() {
    IsolationCase c = world.registerF2("Tạ Văn Phong", World.COMMUNE_A);
    NewDeclaration alone = world.declaration(c, World.normal());
    world.clock.advance(Duration.ofMinutes(1));
    NewDeclaration batched = world.declaration(c, World.normal());
    world.homewatch.declarations().submit(world.nurseA, alone);
    world.homewatch.declarations().submitAll(world.nurseA, List.of(batched, world.declaration(c, World.normal())));
    List<AuditEvent> events = world.storage.inTransaction(tx -> tx.audit().list(World.PROVINCE,
        World.START.minusSeconds(1), PageRequest.first(1000))).items().stream()
        .filter(e -> e.action().equals("declaration.submit")).toList();
    AuditEvent single = events.stream().filter(e -> e.targetId().equals(alone.id().toString())).findFirst()
        .orElseThrow();
    AuditEvent inBatch = events.stream().filter(e -> e.targetId().equals(batched.id().toString())).findFirst()
        .orElseThrow();
    assertEquals(single.details().keySet(), inBatch.details().keySet());
    assertEquals(single.targetType(), inBatch.targetType());
    assertEquals(single.unit(), inBatch.unit());
    assertEquals("false", single.details().get("batch"));
    assertEquals("true", inBatch.details().get("batch"));
  }
}
