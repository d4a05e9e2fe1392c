package org.homewatch.storage.jdbc;

import static org.homewatch.storage.jdbc.Fixtures.COMMUNE;
import static org.homewatch.storage.jdbc.Fixtures.DISTRICT;
import static org.homewatch.storage.jdbc.Fixtures.OTHER_COMMUNE;
import static org.homewatch.storage.jdbc.Fixtures.OTHER_DISTRICT_COMMUNE;
import static org.homewatch.storage.jdbc.Fixtures.PROVINCE;
import static org.homewatch.storage.jdbc.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.homewatch.ConflictException;
import org.homewatch.NotFoundException;
import org.homewatch.ValidationException;
import org.homewatch.model.Account;
import org.homewatch.model.AccountId;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertQuery;
import org.homewatch.model.AssessedDeclaration;
import org.homewatch.model.CaseQuery;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.ContactPoint;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.Jurisdiction;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.MonitoringSummary;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Role;
import org.homewatch.model.Severity;
import org.homewatch.spi.storage.InsertOutcome;
import org.homewatch.spi.storage.OutboxMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The JDBC stores' behaviour, run on H2 and on PostgreSQL by the subclasses. */
abstract class JdbcStoresContract {
  protected JdbcStorage storage;

  protected abstract JdbcStorage newStorage();

  protected void release() {}

  @BeforeEach
  void open() {
    storage = newStorage();
  }

  @AfterEach
  void closeStorage() {
    storage.close();
    release();
  }

  @Test
  @DisplayName("a case reads back exactly as it was inserted, person, history and summary included")
  void caseRoundTrip() {
    IsolationCase c = Fixtures.isolationCase(COMMUNE, CaseStatus.ACTIVE);
    storage.useTransaction(tx -> tx.cases().insert(c));
    assertEquals(Optional.of(c), storage.inTransaction(tx -> tx.cases().find(c.id())));
    assertEquals(List.of(c), storage.inTransaction(tx -> tx.cases().findByNationalId(c.person().nationalId().get())));
    assertEquals(List.of(c), storage.inTransaction(tx -> tx.cases().findByPhone(c.person().phone())));
  }

  @Test
  @DisplayName("inserting a case id twice is a conflict and leaves the first one stored")
  void duplicateCase() {
    IsolationCase c = Fixtures.isolationCase(COMMUNE, CaseStatus.ACTIVE);
    storage.useTransaction(tx -> tx.cases().insert(c));
    assertThrows(ConflictException.class, () -> storage.useTransaction(tx -> tx.cases().insert(c)));
    assertEquals(Optional.of(c), storage.inTransaction(tx -> tx.cases().find(c.id())));
  }

  @Test
  @DisplayName("an update with the next version is stored; a stale one is a conflict; an unknown case is not found")
  void optimisticLocking() {
    IsolationCase c = Fixtures.isolationCase(COMMUNE, CaseStatus.ACTIVE);
    storage.useTransaction(tx -> tx.cases().insert(c));
    IsolationCase v1 = c.withMonitoring(c.monitoring().with(T0.plusSeconds(60), Severity.EMERGENCY));
    storage.useTransaction(tx -> tx.cases().update(v1));
    assertEquals(Optional.of(v1), storage.inTransaction(tx -> tx.cases().find(c.id())));

    IsolationCase staleWriter = c.withMonitoring(MonitoringSummary.NONE);
    ConflictException conflict =
        assertThrows(ConflictException.class, () -> storage.useTransaction(tx -> tx.cases().update(staleWriter)));
    assertTrue(conflict.getMessage().contains("expected version 0 but it is 1"), conflict.getMessage());
    assertEquals(Optional.of(v1), storage.inTransaction(tx -> tx.cases().find(c.id())));

    IsolationCase unknown = Fixtures.isolationCase(COMMUNE, CaseStatus.ACTIVE).atVersion(1);
    assertThrows(NotFoundException.class, () -> storage.useTransaction(tx -> tx.cases().update(unknown)));
  }

  @Test
  @DisplayName("a declaration is stored once: the retry says ALREADY_PRESENT and the first stays")
  void idempotentDeclaration() {
    IsolationCase c = Fixtures.isolationCase(COMMUNE, CaseStatus.ACTIVE);
    AssessedDeclaration d = Fixtures.declaration(c.id(), T0);
    assertEquals(InsertOutcome.INSERTED, storage.inTransaction(tx -> tx.declarations().insert(d)));
    assertEquals(InsertOutcome.ALREADY_PRESENT, storage.inTransaction(tx -> tx.declarations().insert(d)));
    // The conflict leaves the transaction usable on both databases: more work in it still commits.
    AssessedDeclaration other = Fixtures.declaration(c.id(), T0.plusSeconds(1));
    storage.useTransaction(tx -> {
      assertEquals(InsertOutcome.ALREADY_PRESENT, tx.declarations().insert(d));
      assertEquals(InsertOutcome.INSERTED, tx.declarations().insert(other));
    });
    assertEquals(Optional.of(d), storage.inTransaction(tx -> tx.declarations().find(c.id(), d.declaration().id())));
    assertEquals(Optional.of(other),
        storage.inTransaction(tx -> tx.declarations().find(c.id(), other.declaration().id())));
  }

  @Test
  @DisplayName("a batch of declarations stores each id once: repeats within the batch and stored ids are ALREADY_PRESENT")
  void declarationBatch() {
    IsolationCase c = Fixtures.isolationCase(COMMUNE, CaseStatus.ACTIVE);
    AssessedDeclaration stored = Fixtures.declaration(c.id(), T0);
    AssessedDeclaration full = Fixtures.declaration(c.id(), T0.plusSeconds(60));
    AssessedDeclaration bare = Fixtures.bareDeclaration(c.id(), T0.plusSeconds(120));
    storage.useTransaction(tx -> tx.declarations().insert(stored));
    List<InsertOutcome> outcomes = storage.inTransaction(
        tx -> tx.declarations().insertAll(List.of(full, bare, full, stored)));
    assertEquals(List.of(InsertOutcome.INSERTED, InsertOutcome.INSERTED, InsertOutcome.ALREADY_PRESENT,
        InsertOutcome.ALREADY_PRESENT), outcomes);
    assertEquals(List.of(stored, full, bare), storage.inTransaction(
        tx -> tx.declarations().observedBetween(c.id(), T0, T0.plusSeconds(600), 10)));
    assertEquals(List.of(), storage.inTransaction(tx -> tx.declarations().insertAll(List.of())));
  }

  @Test
  @DisplayName("several cases' histories come back in one call, each oldest first and cut at the limit per case")
  void historiesForCases() {
    IsolationCase a = Fixtures.isolationCase(COMMUNE, CaseStatus.ACTIVE);
    IsolationCase b = Fixtures.isolationCase(COMMUNE, CaseStatus.ACTIVE);
    List<AssessedDeclaration> ofA = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      ofA.add(Fixtures.declaration(a.id(), T0.plusSeconds(60L * i)));
    }
    AssessedDeclaration ofB = Fixtures.declaration(b.id(), T0.plusSeconds(30));
    storage.useTransaction(tx -> {
      tx.cases().insert(a);
      tx.cases().insert(b);
      tx.declarations().insertAll(List.of(ofA.get(3), ofB, ofA.get(0), ofA.get(2), ofA.get(1)));
    });
    var histories = storage.inTransaction(tx -> tx.declarations().observedBetweenForCases(
        List.of(b.id(), a.id(), IsolationCaseIds.unknown()), T0, T0.plusSeconds(3600), 3));
    assertEquals(List.of(b.id(), a.id()), List.copyOf(histories.keySet()));
    assertEquals(ofA.subList(0, 3), histories.get(a.id()));
    assertEquals(List.of(ofB), histories.get(b.id()));
    assertEquals(java.util.Map.of(a.id(), a, b.id(), b), storage.inTransaction(
        tx -> tx.cases().findAll(List.of(a.id(), b.id(), IsolationCaseIds.unknown()))));
  }

  @Test
  @DisplayName("a batch update with one stale case fails whole and, rolled back, changes none")
  void caseBatchUpdate() {
    IsolationCase a = Fixtures.isolationCase(COMMUNE, CaseStatus.ACTIVE);
    IsolationCase b = Fixtures.isolationCase(COMMUNE, CaseStatus.ACTIVE);
    storage.useTransaction(tx -> List.of(a, b).forEach(tx.cases()::insert));
    assertThrows(ConflictException.class, () -> storage.useTransaction(
        tx -> tx.cases().updateAll(List.of(a.atVersion(1), b.atVersion(3)))));
    assertEquals(0L, storage.inTransaction(tx -> tx.cases().find(a.id())).orElseThrow().version());
    assertThrows(NotFoundException.class, () -> storage.useTransaction(tx -> tx.cases().updateAll(
        List.of(a.atVersion(1), Fixtures.isolationCase(COMMUNE, CaseStatus.ACTIVE).atVersion(1)))));
    storage.useTransaction(tx -> tx.cases().updateAll(List.of(a.atVersion(1), b.atVersion(1))));
    assertEquals(1L, storage.inTransaction(tx -> tx.cases().find(b.id())).orElseThrow().version());
  }

  @Test
  @DisplayName("a case's declarations come oldest first in a window and newest first in pages")
  void declarationHistory() {
    IsolationCase c = Fixtures.isolationCase(COMMUNE, CaseStatus.ACTIVE);
    List<AssessedDeclaration> all = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      all.add(Fixtures.declaration(c.id(), T0.plus(Duration.ofHours(12L * i))));
    }
    storage.useTransaction(tx -> all.forEach(tx.declarations()::insert));
    storage.useTransaction(tx -> tx.declarations().insert(Fixtures.declaration(
        Fixtures.isolationCase(COMMUNE, CaseStatus.ACTIVE).id(), T0)));

    assertEquals(all.subList(1, 4), storage.inTransaction(
        tx -> tx.declarations().observedBetween(c.id(), T0.plus(Duration.ofHours(12)), T0.plus(Duration.ofHours(48)),
            10)));
    assertEquals(all.subList(1, 3), storage.inTransaction(
        tx -> tx.declarations().observedBetween(c.id(), T0.plus(Duration.ofHours(12)), T0.plus(Duration.ofHours(48)),
            2)));
    List<AssessedDeclaration> newestFirst = new ArrayList<>(all);
    newestFirst.sort(Comparator.comparing((AssessedDeclaration a) -> a.declaration().observedAt()).reversed());
    assertEquals(newestFirst, readAll(3, req -> storage.inTransaction(tx -> tx.declarations().listForCase(c.id(), req))));
  }

  @Test
  @DisplayName("line lists select a unit's subtree by status and page by case id without gaps or repeats")
  void caseListPaging() {
    List<IsolationCase> cases = new ArrayList<>();
    JurisdictionPath[] units = {COMMUNE, OTHER_COMMUNE, OTHER_DISTRICT_COMMUNE};
    CaseStatus[] statuses = {CaseStatus.ACTIVE, CaseStatus.ACTIVE, CaseStatus.COMPLETED, CaseStatus.PENDING};
    for (int i = 0; i < 30; i++) {
      cases.add(Fixtures.isolationCase(units[i % units.length], statuses[i % statuses.length]));
    }
    storage.useTransaction(tx -> cases.forEach(tx.cases()::insert));
    List<CaseQuery> queries = List.of(CaseQuery.in(PROVINCE), CaseQuery.in(DISTRICT).withStatuses(CaseStatus.ACTIVE),
        CaseQuery.in(COMMUNE), CaseQuery.in(OTHER_DISTRICT_COMMUNE).withStatuses(CaseStatus.PENDING,
            CaseStatus.COMPLETED));
    qt().withExamples(20).forAll(integers().between(1, 12), integers().between(0, queries.size() - 1))
        .checkAssert((limit, q) -> {
          CaseQuery query = queries.get(q);
          List<IsolationCase> expected = cases.stream().filter(query::matches).sorted(
              Comparator.comparing(IsolationCase::id)).toList();
          assertEquals(expected, readAll(limit, req -> storage.inTransaction(tx -> tx.cases().list(query, req))));
        });
  }

  @Test
  @DisplayName("the alert queue is worst first, then oldest, and pages through every alert in scope exactly once")
  void alertQueue() {
    List<Alert> alerts = new ArrayList<>();
    Severity[] severities = Severity.values();
    for (int i = 0; i < 17; i++) {
      JurisdictionPath unit = i % 4 == 3 ? OTHER_DISTRICT_COMMUNE : (i % 2 == 0 ? COMMUNE : OTHER_COMMUNE);
      alerts.add(Fixtures.alert(Fixtures.isolationCase(unit, CaseStatus.ACTIVE).id(), unit, severities[i % 4],
          T0.plusSeconds(i % 5)));
    }
    storage.useTransaction(tx -> alerts.forEach(tx.alerts()::insert));
    AlertQuery query = AlertQuery.active(DISTRICT);
    List<Alert> expected = alerts.stream().filter(query::matches).sorted(Comparator
        .comparing(Alert::severity).reversed().thenComparing(Alert::openedAt).thenComparing(Alert::id)).toList();
    for (int limit = 1; limit <= 5; limit++) {
      int pageSize = limit;
      assertEquals(expected, readAll(pageSize, req -> storage.inTransaction(tx -> tx.alerts().list(query, req))));
    }
  }

  @Test
  @DisplayName("an alert updates with its next version, a stale update conflicts, and escalation sees only due OPEN ones")
  void alertLifecycle() {
    IsolationCase c = Fixtures.isolationCase(COMMUNE, CaseStatus.ACTIVE);
    Alert a = Fixtures.alert(c.id(), COMMUNE, Severity.ABNORMAL, T0);
    storage.useTransaction(tx -> tx.alerts().insert(a));
    assertThrows(ConflictException.class, () -> storage.useTransaction(tx -> tx.alerts().insert(a)));
    assertEquals(Optional.of(a), storage.inTransaction(tx -> tx.alerts().find(a.id())));
    assertEquals(List.of(a), storage.inTransaction(tx -> tx.alerts().dueForEscalation(Fixtures.PROVINCE, a.acknowledgeBy(), 10)));
    assertEquals(List.of(), storage.inTransaction(tx -> tx.alerts().dueForEscalation(Fixtures.PROVINCE,
        a.acknowledgeBy().minusNanos(1000), 10)));

    Alert acknowledged = a.acknowledgedBy(new AccountId("nurse-1"), T0.plusSeconds(60));
    storage.useTransaction(tx -> tx.alerts().update(acknowledged));
    assertThrows(ConflictException.class, () -> storage.useTransaction(tx -> tx.alerts().update(acknowledged)));
    assertEquals(Optional.of(acknowledged), storage.inTransaction(tx -> tx.alerts().findActive(c.id(),
        a.kind())));
    assertEquals(List.of(acknowledged), storage.inTransaction(tx -> tx.alerts().listForCase(c.id())));
    assertEquals(List.of(), storage.inTransaction(tx -> tx.alerts().dueForEscalation(Fixtures.PROVINCE, a.acknowledgeBy(), 10)));
  }

  @Test
  @DisplayName("a leased message is invisible to other dispatchers until its lease runs out, and only its owner completes it")
  void outboxLease() {
    OutboxMessage m = Fixtures.message(T0);
    storage.useTransaction(tx -> tx.outbox().enqueue(m));
    assertEquals(Optional.of(m), storage.inTransaction(tx -> tx.outbox().find(m.id())));
    Instant until = T0.plusSeconds(60);
    List<OutboxMessage> first = storage.inTransaction(tx -> tx.outbox().lease("node-a", Fixtures.PROVINCE, T0, until, 10));
    assertEquals(1, first.size());
    assertEquals(Optional.of("node-a"), first.get(0).leaseOwner());
    assertEquals(List.of(), storage.inTransaction(tx -> tx.outbox().lease("node-b", Fixtures.PROVINCE, T0.plusSeconds(30), until, 10)));
    assertFalse(storage.<Boolean>inTransaction(tx -> tx.outbox().complete(m.id(), "node-b", 0, OutboxMessage.Status.DELIVERED,
        T0, Optional.empty())));

    List<OutboxMessage> taken = storage.inTransaction(tx -> tx.outbox().lease("node-b", Fixtures.PROVINCE, until.plusSeconds(1),
        until.plusSeconds(61), 10));
    assertEquals(1, taken.size());
    assertFalse(storage.<Boolean>inTransaction(tx -> tx.outbox().complete(m.id(), "node-a", 0, OutboxMessage.Status.DELIVERED,
        T0, Optional.empty())));
    assertTrue(storage.<Boolean>inTransaction(tx -> tx.outbox().complete(m.id(), "node-b", 0, OutboxMessage.Status.PENDING,
        until.plusSeconds(300), Optional.of("gateway busy"))));
    OutboxMessage retried = storage.inTransaction(tx -> tx.outbox().find(m.id())).orElseThrow();
    assertEquals(1, retried.attempts());
    assertEquals(Optional.of("gateway busy"), retried.lastError());
    assertEquals(Optional.empty(), retried.leaseOwner());
    assertEquals(List.of(), storage.inTransaction(tx -> tx.outbox().lease("node-c", Fixtures.PROVINCE, until.plusSeconds(299),
        until.plusSeconds(400), 10)));
    assertEquals(1L, (long) storage.<Long>inTransaction(tx -> tx.outbox().count(OutboxMessage.Status.PENDING)));
  }

  @Test
  @DisplayName("work that throws rolls back everything and its exception comes out unchanged")
  void rollback() {
    IsolationCase c = Fixtures.isolationCase(COMMUNE, CaseStatus.ACTIVE);
    IllegalStateException boom = new IllegalStateException("boom");
    IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> storage.useTransaction(tx -> {
      tx.cases().insert(c);
      tx.outbox().enqueue(Fixtures.message(T0));
      throw boom;
    }));
    assertSame(boom, thrown);
    assertEquals(Optional.empty(), storage.inTransaction(tx -> tx.cases().find(c.id())));
    assertEquals(0L, (long) storage.<Long>inTransaction(tx -> tx.outbox().count(OutboxMessage.Status.PENDING)));
  }

  @Test
  @DisplayName("a nested transaction joins the outer one: it sees its writes and is rolled back with it")
  void nestedJoins() {
    IsolationCase c = Fixtures.isolationCase(COMMUNE, CaseStatus.ACTIVE);
    assertThrows(IllegalStateException.class, () -> storage.useTransaction(outer -> {
      outer.cases().insert(c);
      assertTrue(storage.inTransaction(inner -> inner.cases().find(c.id())).isPresent());
      storage.useTransaction(inner -> inner.outbox().enqueue(Fixtures.message(T0)));
      throw new IllegalStateException("after the nested work");
    }));
    assertEquals(Optional.empty(), storage.inTransaction(tx -> tx.cases().find(c.id())));
    assertEquals(0L, (long) storage.<Long>inTransaction(tx -> tx.outbox().count(OutboxMessage.Status.PENDING)));
  }

  @Test
  @DisplayName("jurisdictions need their parent, replace by path and list children in code order")
  void jurisdictions() {
    assertThrows(NotFoundException.class,
        () -> storage.useTransaction(tx -> tx.jurisdictions().save(new Jurisdiction(COMMUNE, "Ia Pal"))));
    storage.useTransaction(tx -> {
      tx.jurisdictions().save(new Jurisdiction(PROVINCE, "Gia Lai"));
      tx.jurisdictions().save(new Jurisdiction(DISTRICT, "Chư Sê"));
      for (String code : List.of("b", "B", "10", "9", "a-1")) {
        tx.jurisdictions().save(new Jurisdiction(PROVINCE.child(code), "unit " + code));
      }
      tx.jurisdictions().save(new Jurisdiction(DISTRICT, "Huyện Chư Sê"));
    });
    assertEquals(Optional.of(new Jurisdiction(DISTRICT, "Huyện Chư Sê")),
        storage.inTransaction(tx -> tx.jurisdictions().find(DISTRICT)));
    List<String> codes = storage.inTransaction(tx -> tx.jurisdictions().children(PROVINCE)).stream()
        .map(Jurisdiction::code).toList();
    assertEquals(List.of("10", "622", "9", "B", "a-1", "b"), codes);
  }

  @Test
  @DisplayName("accounts insert at version 0, replace at the next version, and list the on-duty staff of one unit")
  void accounts() {
    Account nurse = new Account(new AccountId("nurse-2"), "Trần Thị Bình", Set.of(Role.MONITOR), COMMUNE,
        List.of(new ContactPoint("sms", "+84912000111")), true, true, 0);
    Account first = new Account(new AccountId("nurse-1"), "Lê Văn Cường", Set.of(Role.MONITOR, Role.ENROLLER), COMMUNE,
        List.of(), true, true, 0);
    Account offDuty = new Account(new AccountId("nurse-3"), "Phạm Dũng", Set.of(Role.MONITOR), COMMUNE, List.of(),
        false, true, 0);
    storage.useTransaction(tx -> List.of(nurse, first, offDuty).forEach(tx.accounts()::save));
    assertThrows(ConflictException.class, () -> storage.useTransaction(tx -> tx.accounts().save(nurse)));
    assertEquals(List.of(first, nurse), storage.inTransaction(tx -> tx.accounts().onDutyAt(COMMUNE)));
    Account offNow = new Account(nurse.id(), nurse.displayName(), nurse.roles(), nurse.scope(), nurse.contactPoints(),
        false, true, 1);
    storage.useTransaction(tx -> tx.accounts().save(offNow));
    assertThrows(ConflictException.class, () -> storage.useTransaction(tx -> tx.accounts().save(offNow)));
    assertEquals(Optional.of(offNow), storage.inTransaction(tx -> tx.accounts().find(nurse.id())));
    assertEquals(List.of(first), storage.inTransaction(tx -> tx.accounts().onDutyAt(COMMUNE)));
  }

  @Test
  @DisplayName("a cursor this storage did not issue is a validation error on 'after'")
  void badCursor() {
    ValidationException e = assertThrows(ValidationException.class, () -> storage.inTransaction(
        tx -> tx.cases().list(CaseQuery.in(PROVINCE), new PageRequest(Optional.of("not-a-cursor!"), 10))));
    assertTrue(e.concerns("after"));
  }

  /** Ids no test stores. */
  private static final class IsolationCaseIds {
    static org.homewatch.model.CaseId unknown() {
      return org.homewatch.model.CaseId.random();
    }
  }

  static <T> List<T> readAll(int limit, Function<PageRequest, Page<T>> fetch) {
    List<T> all = new ArrayList<>();
    PageRequest request = PageRequest.first(limit);
    for (int guard = 0; guard < 1000; guard++) {
      Page<T> page = fetch.apply(request);
      assertTrue(page.items().size() <= limit);
      all.addAll(page.items());
      if (!page.hasNext()) {
        return all;
      }
      request = request.next(page);
    }
    throw new AssertionError("paging did not end");
  }
}
