package org.homewatch.core.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.homewatch.AccessDeniedException;
import org.homewatch.core.World;
import org.homewatch.model.Anonymisation;
import org.homewatch.model.AuditEvent;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.PageRequest;
import org.homewatch.spi.storage.AccountStore;
import org.homewatch.spi.storage.AlertStore;
import org.homewatch.spi.storage.AuditStore;
import org.homewatch.spi.storage.CaseStore;
import org.homewatch.spi.storage.DeclarationStore;
import org.homewatch.spi.storage.FeedbackStore;
import org.homewatch.spi.storage.JurisdictionStore;
import org.homewatch.spi.storage.OptionalStore;
import org.homewatch.spi.storage.OutboxStore;
import org.homewatch.spi.storage.RetentionStore;
import org.homewatch.spi.storage.Storage;
import org.homewatch.spi.storage.StorageTransaction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The purge's own rules, on memory: who may run it, what it audits and keeps, and that it survives a crash. */
class RetentionPurgeTest {

  private static List<AuditEvent> purgeEvents(World world) {
    return world.storage.inTransaction(tx -> tx.audit().list(World.PROVINCE, World.START.minusSeconds(1),
        PageRequest.first(1000))).items().stream()
        .filter(e -> e.action().equals(RetentionService.AUDIT_ACTION)).toList();
  }

  private static List<IsolationCase> closedCases(World world, int n) {
    List<IsolationCase> closed = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      IsolationCase c = world.registerF2("Người số " + i, i % 2 == 0 ? World.COMMUNE_A : World.COMMUNE_B);
      closed.add(world.homewatch.lifecycle().cancel(world.supervisor, c.id(), c.version(), "nhập nhầm"));
    }
    return closed;
  }

  @Test
  @DisplayName("a nurse may not run the purge, and the refusal is audited; an administrator and the system may")
  void whoMayPurge() {
    try (World world = new World()) {
      assertThrows(AccessDeniedException.class, () -> world.homewatch.retention().purge(world.nurseA, 10));
      assertEquals(1, world.auditCount("access.denied"));
      assertEquals(0, world.homewatch.retention().purge(world.admin, 10).examined());
      assertEquals(0, world.homewatch.retention().purge(world.system, 10).examined());
    }
  }

  @Test
  @DisplayName("finished messages go after their retention and pending ones stay; old audit events go but the purge's "
      + "own record stays; each case is audited once, without personal data")
  void outboxAndAudit() {
    RetentionPolicy policy = new RetentionPolicy(new Retention(30, 10, 20), java.util.Map.of());
    try (World world = new World(b -> b.retentionPolicy(policy))) {
      IsolationCase c = world.registerF2("Nguyễn Thị Hoa", World.COMMUNE_A);
      world.homewatch.declarations().submit(world.citizen(c), world.declaration(c, World.spo2(93)));
      world.homewatch.notifications().dispatch(world.system, 100);
      IsolationCase now = world.homewatch.cases().get(world.nurseA, c.id());
      world.homewatch.lifecycle().cancel(world.supervisor, c.id(), now.version(), "nhập nhầm");
      long delivered = world.outbox(org.homewatch.spi.storage.OutboxMessage.Status.DELIVERED);
      assertTrue(delivered > 0, "staff were paged");
      long registered = world.auditCount("case.register");

      world.clock.advance(Duration.ofDays(11));
      PurgeReport messages = world.homewatch.retention().purge(world.system, 1000);
      assertEquals(delivered, messages.messagesRemoved());
      assertEquals(0, world.outbox(org.homewatch.spi.storage.OutboxMessage.Status.DELIVERED));
      assertEquals(registered, world.auditCount("case.register"), "20 days for audit events");

      world.clock.advance(Duration.ofDays(10));
      PurgeReport audit = world.homewatch.retention().purge(world.system, 1000);
      assertTrue(audit.auditEventsRemoved() > 0);
      assertEquals(0, world.auditCount("case.register"));
      assertEquals(List.of("outbox", "audit"), purgeEvents(world).stream().map(AuditEvent::targetType).toList(),
          "the record of the message purge outlived the audit purge, which recorded itself");

      world.clock.advance(Duration.ofDays(10));
      assertEquals(1, world.homewatch.retention().purge(world.system, 1000).casesAnonymised());
      List<AuditEvent> aboutCase = purgeEvents(world).stream().filter(e -> e.targetType().equals("case")).toList();
      assertEquals(1, aboutCase.size());
      assertEquals(c.id().toString(), aboutCase.get(0).targetId());
      String details = aboutCase.get(0).details().toString();
      assertFalse(details.contains("Hoa") || details.contains(c.person().phone().e164()), details);
      assertEquals("CANCELLED", aboutCase.get(0).details().get("status"));
    }
  }

  @Test
  @DisplayName("the purge erases what each history entry says in every language, not only its stored line: a "
      + "corrected phone, a reason and a resolution note are in no reader's rendering, and the entry recording the "
      + "erasure reads in each language")
  void historyWordingsErased() {
    try (World world = new World()) {
      IsolationCase c = world.registerF2("Người số 1", World.COMMUNE_A);
      String before = c.person().phone().e164();
      c = world.homewatch.corrections().correct(world.nurseA, c.id(), c.version(),
          new org.homewatch.core.cases.CaseCorrection.Phone(org.homewatch.model.PhoneNumber.parse("0905 123 987")),
          "chị Hoa gọi báo số mới");
      org.homewatch.model.Alert alert = world.homewatch.declarations().submit(world.citizen(c),
          world.declaration(c, World.spo2(95))).alert().orElseThrow();
      world.homewatch.alerts().resolve(world.nurseA, alert.id(), alert.version(),
          org.homewatch.model.AlertOutcome.HOME_VISIT, "đến nhà chị Hoa, số 0905 123 987");
      c = world.homewatch.cases().get(world.nurseA, c.id());
      world.homewatch.lifecycle().cancel(world.supervisor, c.id(), c.version(), "chị Hoa nhập hai lần");
      world.clock.advance(Duration.ofDays(31));
      assertEquals(1, world.homewatch.retention().purge(world.system, 10).casesAnonymised());

      IsolationCase anonymised = world.homewatch.cases().get(world.nurseA, c.id());
      List<org.homewatch.model.CaseChange> history = anonymised.history();
      List<String> read = new ArrayList<>();
      for (java.util.Locale reader : List.of(org.homewatch.model.Person.VIETNAMESE, java.util.Locale.ENGLISH)) {
        history.forEach(e -> read.add(world.homewatch.texts().detail(e, reader)));
        world.homewatch.alerts().get(world.nurseA, alert.id()).history()
            .forEach(e -> read.add(world.homewatch.texts().detail(e, reader)));
      }
      for (String line : read) {
        assertFalse(line.contains("0905") || line.contains("+8490") || line.contains(before) || line.contains("Hoa"),
            line);
      }
      assertTrue(history.subList(0, history.size() - 1).stream().allMatch(e -> e.wording().isEmpty()),
          history.toString());
      assertTrue(world.homewatch.alerts().get(world.nurseA, alert.id()).history().stream()
          .allMatch(e -> e.wording().isEmpty() && e.detail().isEmpty()));
      org.homewatch.model.CaseChange erasure = history.get(history.size() - 1);
      assertEquals("Nghị định 13/2023: ẩn danh 30 ngày sau ngày cuối", erasure.detail());
      assertEquals("Decree 13/2023: anonymised 30 days after the last day",
          world.homewatch.texts().detail(erasure, java.util.Locale.ENGLISH));
    }
  }

  @Test
  @DisplayName("an anonymised case can no longer be corrected: a correction would write a person back into it "
      + "(refused with a ConflictException, audited)")
  void anonymisedNotCorrected() {
    try (World world = new World()) {
      IsolationCase c = closedCases(world, 1).get(0);
      world.clock.advance(Duration.ofDays(31));
      assertEquals(1, world.homewatch.retention().purge(world.system, 10).casesAnonymised());
      IsolationCase anonymised = world.homewatch.cases().get(world.nurseA, c.id());
      org.homewatch.ConflictException e = assertThrows(org.homewatch.ConflictException.class,
          () -> world.homewatch.corrections().correct(world.nurseA, c.id(), anonymised.version(),
              new org.homewatch.core.cases.CaseCorrection.FullName("Người số 0"), "gõ nhầm"));
      assertTrue(e.getMessage().contains("anonymised"), e.getMessage());
      assertEquals(anonymised, world.homewatch.cases().get(world.nurseA, c.id()));
      assertEquals(1, world.auditCount("case.correct.refused"));
    }
  }

  @Test
  @DisplayName("a batch handles at most its limit, and the rest follows in later batches")
  void bounded() {
    try (World world = new World()) {
      closedCases(world, 5);
      world.clock.advance(Duration.ofDays(31));
      PurgeReport first = world.homewatch.retention().purge(world.system, 2);
      assertEquals(2, first.examined());
      assertTrue(first.hasMore());
      PurgeReport second = world.homewatch.retention().purge(world.system, 2);
      PurgeReport third = world.homewatch.retention().purge(world.system, 2);
      assertEquals(5, first.casesAnonymised() + second.casesAnonymised() + third.casesAnonymised());
      assertFalse(third.hasMore());
    }
  }

  @Test
  @DisplayName("a purge that dies halfway (its third case's transaction never commits) goes on from the stored data: "
      + "every case is anonymised exactly once, and audited once")
  void resumesAfterACrash() {
    AtomicInteger anonymiseCalls = new AtomicInteger();
    AtomicInteger crashAt = new AtomicInteger(3);
    Storage memory = World.memoryStorage();
    Storage crashing = new CrashingStorage(memory, anonymiseCalls, crashAt);
    try (World world = new World(crashing, b -> {})) {
      List<IsolationCase> closed = closedCases(world, 5);
      world.clock.advance(Duration.ofDays(31));

      assertThrows(IllegalStateException.class, () -> world.homewatch.retention().purge(world.system, 100));
      long done = closed.stream().filter(c -> Anonymisation.isAnonymised(
          world.storage.inTransaction(tx -> tx.cases().find(c.id())).orElseThrow())).count();
      assertEquals(2, done, "the two committed before the crash stay; the third rolled back");

      crashAt.set(-1);
      PurgeReport resumed = world.homewatch.retention().purge(world.system, 100);
      assertEquals(3, resumed.casesAnonymised());
      for (IsolationCase c : closed) {
        assertTrue(Anonymisation.isAnonymised(world.storage.inTransaction(tx -> tx.cases().find(c.id()))
            .orElseThrow()));
      }
      assertEquals(5, purgeEvents(world).stream().filter(e -> e.targetType().equals("case")).map(AuditEvent::targetId)
          .distinct().count());
      assertEquals(5, purgeEvents(world).stream().filter(e -> e.targetType().equals("case")).count());
      assertEquals(0, world.homewatch.retention().purge(world.system, 100).examined(), "nothing left");
    }
  }

  /**
   * A memory storage whose retention store fails the {@code crashAt}-th anonymise after writing it, as a process killed
   * before its commit would: the transaction rolls back.
   */
  private static final class CrashingStorage implements Storage {
    private final Storage memory;
    private final AtomicInteger calls;
    private final AtomicInteger crashAt;

    CrashingStorage(Storage memory, AtomicInteger calls, AtomicInteger crashAt) {
      this.memory = memory;
      this.calls = calls;
      this.crashAt = crashAt;
    }

    @Override
    public <T> T inTransaction(TransactionWork<T> work) {
      return memory.inTransaction(tx -> work.run(new Tx(tx)));
    }

    @Override
    public java.util.Set<Class<? extends OptionalStore>> optionalStores() {
      return memory.optionalStores();
    }

    @Override
    public void close() {
      memory.close();
    }

    private final class Tx implements StorageTransaction {
      private final StorageTransaction tx;

      Tx(StorageTransaction tx) {
        this.tx = tx;
      }

      @Override
      public CaseStore cases() {
        return tx.cases();
      }

      @Override
      public DeclarationStore declarations() {
        return tx.declarations();
      }

      @Override
      public AlertStore alerts() {
        return tx.alerts();
      }

      @Override
      public OutboxStore outbox() {
        return tx.outbox();
      }

      @Override
      public FeedbackStore feedback() {
        return tx.feedback();
      }

      @Override
      public AccountStore accounts() {
        return tx.accounts();
      }

      @Override
      public JurisdictionStore jurisdictions() {
        return tx.jurisdictions();
      }

      @Override
      public AuditStore audit() {
        return tx.audit();
      }

      @Override
      public <S extends OptionalStore> Optional<S> store(Class<S> type) {
        Optional<S> real = tx.store(type);
        if (type != RetentionStore.class || real.isEmpty()) {
          return real;
        }
        RetentionStore store = (RetentionStore) real.get();
        return Optional.of(type.cast(new RetentionStore() {
          @Override
          public List<IsolationCase> dueForAnonymisation(org.homewatch.model.JurisdictionPath scope,
              java.time.LocalDate endedBefore, int limit) {
            return store.dueForAnonymisation(scope, endedBefore, limit);
          }

          @Override
          public void anonymise(IsolationCase anonymised) {
            store.anonymise(anonymised);
            if (calls.incrementAndGet() == crashAt.get()) {
              throw new IllegalStateException("killed before the commit");
            }
          }

          @Override
          public int removeFinishedMessages(org.homewatch.model.JurisdictionPath scope, java.time.Instant before,
              int limit) {
            return store.removeFinishedMessages(scope, before, limit);
          }

          @Override
          public int removeAuditEvents(org.homewatch.model.JurisdictionPath scope, java.time.Instant before,
              String keptActionPrefix, int limit) {
            return store.removeAuditEvents(scope, before, keptActionPrefix, limit);
          }
        }));
      }
    }
  }
}
