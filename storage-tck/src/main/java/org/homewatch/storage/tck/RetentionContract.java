package org.homewatch.storage.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.homewatch.ConflictException;
import org.homewatch.model.AccountId;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertOutcome;
import org.homewatch.model.Anonymisation;
import org.homewatch.model.AssessedDeclaration;
import org.homewatch.model.AuditEvent;
import org.homewatch.model.AuditEventId;
import org.homewatch.model.CaseChange;
import org.homewatch.model.CaseId;
import org.homewatch.model.CaseQuery;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.Feedback;
import org.homewatch.model.FeedbackReply;
import org.homewatch.model.FeedbackStatus;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.JurisdictionScheme;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Wording;
import org.homewatch.spi.storage.OutboxMessage;
import org.homewatch.spi.storage.OutboxMessage.Status;
import org.homewatch.spi.storage.RetentionStore;
import org.homewatch.spi.storage.StorageTransaction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The {@link RetentionStore} contract, an optional store: it runs only against a storage whose
 * {@code optionalStores()} lists {@code RetentionStore}; otherwise JUnit reports these tests as skipped.
 */
abstract class RetentionContract extends StoreContract {
  private static final JurisdictionPath OTHER_PROVINCE_COMMUNE =
      JurisdictionPath.of(JurisdictionScheme.GSO_2021, "79", "760", "26734");
  /** The sample cases' planned end; closed cases here end on it. */
  private static final LocalDate LAST_DAY = LocalDate.of(2021, 9, 2);
  private static final AccountId SYSTEM = new AccountId("system");

  RetentionContract(StorageCompatibilityKit kit) {
    super(kit);
  }

  @BeforeEach
  void onlyIfDeclared() {
    assumeTrue(storage().optionalStores().contains(RetentionStore.class),
        "the storage does not declare RetentionStore among its optional stores");
  }

  static RetentionStore retention(StorageTransaction tx) {
    return tx.store(RetentionStore.class).orElseThrow(() -> new AssertionError(
        "the storage declares RetentionStore but a transaction does not hand it out"));
  }

  /** A full case (every personal field set) in {@code unit}, stored with {@code status}, ended on {@code end}. */
  private IsolationCase stored(JurisdictionPath unit, CaseStatus status, Optional<LocalDate> end) {
    IsolationCase full = Samples.fullCase(unit);
    IsolationCase c = full.toBuilder().status(status)
        .period(end.map(full.period()::endedOn).orElse(full.period())).build();
    write(tx -> tx.cases().insert(c));
    return c;
  }

  private IsolationCase closed(JurisdictionPath unit) {
    return stored(unit, CaseStatus.COMPLETED, Optional.of(LAST_DAY));
  }

  private static IsolationCase anonymisedOf(IsolationCase c) {
    return Anonymisation.isolationCase(c, new CaseChange(Samples.T0.plus(Duration.ofDays(60)), SYSTEM,
        CaseChange.Kind.ANONYMISED, "retention 30 days"));
  }

  private List<CaseId> due(JurisdictionPath scope, LocalDate endedBefore, int limit) {
    return read(tx -> retention(tx).dueForAnonymisation(scope, endedBefore, limit)).stream()
        .map(IsolationCase::id).toList();
  }

  @Test
  @DisplayName("dueForAnonymisation lists closed cases of the scope that ended before the day, by case id: never "
      + "an open case, one that ended that day or later, one of another province, nor one with an unresolved alert")
  void dueCases() {
    List<IsolationCase> wanted = new ArrayList<>();
    for (CaseStatus status : List.of(CaseStatus.COMPLETED, CaseStatus.ESCALATED, CaseStatus.TRANSFERRED,
        CaseStatus.CANCELLED)) {
      wanted.add(stored(Samples.CHU_SE_TOWN, status, Optional.of(LAST_DAY)));
    }
    IsolationCase resolvedAlert = closed(Samples.IA_BLANG);
    Alert resolved = Samples.alert(resolvedAlert.id(), Samples.IA_BLANG, Samples.T0);
    write(tx -> {
      tx.alerts().insert(resolved);
      tx.alerts().update(resolved.resolved(new AccountId("nurse-1"), AlertOutcome.CONTACTED_STABLE, "gọi lại", Samples.T0));
    });
    wanted.add(resolvedAlert);
    stored(Samples.CHU_SE_TOWN, CaseStatus.ACTIVE, Optional.empty());
    stored(Samples.CHU_SE_TOWN, CaseStatus.PENDING, Optional.empty());
    stored(Samples.CHU_SE_TOWN, CaseStatus.COMPLETED, Optional.of(LAST_DAY.plusDays(1)));
    closed(OTHER_PROVINCE_COMMUNE);
    IsolationCase openAlert = closed(Samples.CHU_SE_TOWN);
    write(tx -> tx.alerts().insert(Samples.alert(openAlert.id(), Samples.CHU_SE_TOWN, Samples.T0)));
    IsolationCase acknowledgedAlert = closed(Samples.CHU_SE_TOWN);
    Alert acknowledged = Samples.alert(acknowledgedAlert.id(), Samples.CHU_SE_TOWN, Samples.T0);
    write(tx -> {
      tx.alerts().insert(acknowledged);
      tx.alerts().update(acknowledged.acknowledgedBy(new AccountId("nurse-1"), Samples.T0));
    });

    List<CaseId> expected = wanted.stream().map(IsolationCase::id).sorted().toList();
    assertEquals(expected, due(Samples.GIA_LAI, LAST_DAY.plusDays(1), 100));
    assertEquals(expected.subList(0, 2), due(Samples.GIA_LAI, LAST_DAY.plusDays(1), 2));
    assertEquals(List.of(resolvedAlert.id()), due(Samples.IA_BLANG, LAST_DAY.plusDays(1), 100));
    assertEquals(List.of(), due(Samples.GIA_LAI, LAST_DAY, 100), "ended on the day itself: not yet");
  }

  @Test
  @DisplayName("anonymise writes the case and erases what it owns: declaration notes, locations and evidence "
      + "references, alert history details and their wordings, feedback texts; the case is no longer due")
  void anonymiseErasesOwnedRows() {
    IsolationCase registered = closed(Samples.CHU_SE_TOWN);
    // a correction keeps both phones in clear, in the entry's detail and in its wording
    List<CaseChange> corrected = new ArrayList<>(registered.history());
    corrected.add(new CaseChange(Samples.T0.plusSeconds(60), new AccountId("nurse-1"), CaseChange.Kind.CORRECTED,
        "Sửa số điện thoại +84905111222 → +84905333444: gõ nhầm", Optional.of(Wording.text("history.corrected",
            java.util.Map.of("what", Wording.text("history.corrected.phone", java.util.Map.of(
                "from", Wording.literal("+84905111222"), "to", Wording.literal("+84905333444"))),
                "reason", Wording.literal("gõ nhầm"))))));
    IsolationCase c = registered.toBuilder().history(corrected).version(registered.version() + 1).build();
    write(tx -> tx.cases().update(c));
    AssessedDeclaration full = Samples.fullDeclaration(c.id(), Samples.T0);
    Alert alert = Samples.alert(c.id(), Samples.CHU_SE_TOWN, Samples.T0);
    Alert resolved = alert.resolved(new AccountId("nurse-1"), AlertOutcome.CONTACTED_STABLE, "chị An khoẻ", Samples.T0);
    Feedback feedback = new Feedback(Samples.feedback(Samples.CHU_SE_TOWN, FeedbackStatus.NEW, Samples.T0).id(),
        Optional.of(c.id()), Samples.CHU_SE_TOWN, new AccountId("citizen-1"),
        Samples.feedback(Samples.CHU_SE_TOWN, FeedbackStatus.NEW, Samples.T0).topic(), "Nhà tôi ở 12 Hùng Vương",
        FeedbackStatus.ANSWERED, List.of(new FeedbackReply(Samples.T0, new AccountId("nurse-1"), "Chào chị An")),
        Samples.T0, 0);
    Feedback unrelated = Samples.feedback(Samples.CHU_SE_TOWN, FeedbackStatus.NEW, Samples.T0);
    write(tx -> {
      tx.declarations().insert(full);
      tx.alerts().insert(alert);
      tx.alerts().update(resolved);
      tx.feedback().insert(feedback);
      tx.feedback().insert(unrelated);
    });
    IsolationCase anonymised = anonymisedOf(c);

    write(tx -> retention(tx).anonymise(anonymised));

    assertEquals(Optional.of(anonymised), read(tx -> tx.cases().find(c.id())));
    List<CaseChange> kept = read(tx -> tx.cases().find(c.id())).orElseThrow().history();
    assertTrue(kept.subList(0, kept.size() - 1).stream().allMatch(e -> e.detail().isEmpty() && e.wording().isEmpty()),
        kept.toString());
    assertTrue(read(tx -> tx.alerts().find(alert.id())).orElseThrow().history().stream()
        .allMatch(e -> e.detail().isEmpty() && e.wording().isEmpty()));
    assertEquals(Optional.of(Anonymisation.declaration(full)),
        read(tx -> tx.declarations().find(c.id(), full.declaration().id())));
    assertEquals(Optional.of(Anonymisation.alert(resolved)), read(tx -> tx.alerts().find(alert.id())));
    assertEquals(Optional.of(Anonymisation.feedback(feedback)), read(tx -> tx.feedback().find(feedback.id())));
    assertEquals(Optional.of(unrelated), read(tx -> tx.feedback().find(unrelated.id())), "other feedback kept");
    assertEquals(List.of(), due(Samples.GIA_LAI, LAST_DAY.plusDays(1), 100));
  }

  @Test
  @DisplayName("after anonymise no search finds the case by its old name, phone, national id or person id, and the "
      + "line list still lists it")
  void anonymiseClearsSearchKeys() {
    IsolationCase c = closed(Samples.CHU_SE_TOWN);
    write(tx -> retention(tx).anonymise(anonymisedOf(c)));

    CaseQuery closed = CaseQuery.in(Samples.GIA_LAI);
    for (String typed : List.of("nguyen van", c.person().phone().e164(), c.person().nationalId().orElseThrow().value())) {
      assertEquals(List.of(), read(tx -> tx.cases().list(closed.searching(typed), PageRequest.first(10))).items(),
          "searching " + typed.length() + " characters found the anonymised case");
    }
    assertEquals(List.of(), read(tx -> tx.cases().findByPhone(c.person().phone())));
    assertEquals(List.of(), read(tx -> tx.cases().findByNationalId(c.person().nationalId().orElseThrow())));
    assertEquals(List.of(), read(tx -> tx.cases().findByPerson(c.person().id())));
    assertEquals(List.of(c.id()), read(tx -> tx.cases().list(closed, PageRequest.first(10))).items().stream()
        .map(IsolationCase::id).toList());
  }

  @Test
  @DisplayName("anonymise with a stale version is refused and changes nothing; a rolled-back anonymise leaves the "
      + "case and its declarations as they were")
  void anonymiseIsVersionCheckedAndTransactional() {
    IsolationCase c = closed(Samples.CHU_SE_TOWN);
    AssessedDeclaration full = Samples.fullDeclaration(c.id(), Samples.T0);
    write(tx -> tx.declarations().insert(full));
    IsolationCase stale = anonymisedOf(c).atVersion(c.version() + 5);

    assertThrows(ConflictException.class, () -> write(tx -> retention(tx).anonymise(stale)));
    assertThrows(IllegalStateException.class, () -> write(tx -> {
      retention(tx).anonymise(anonymisedOf(c));
      throw new IllegalStateException("rolled back");
    }));

    assertEquals(Optional.of(c), read(tx -> tx.cases().find(c.id())));
    assertEquals(Optional.of(full), read(tx -> tx.declarations().find(c.id(), full.declaration().id())));
    assertEquals(List.of(c.id()), due(Samples.GIA_LAI, LAST_DAY.plusDays(1), 100));
  }

  private int removed(java.util.function.Function<StorageTransaction, Integer> removal) {
    return storage().inTransaction(removal::apply);
  }

  /** A message about {@code unit} created at {@code at}, finished with {@code status} (or left PENDING). */
  private OutboxMessage message(JurisdictionPath unit, Instant at, Status status) {
    OutboxMessage m = Samples.outboxMessage(unit, at);
    write(tx -> tx.outbox().enqueue(m));
    if (status != Status.PENDING) {
      String owner = "node-" + m.id();
      read(tx -> tx.outbox().lease(owner, unit, at, at.plusSeconds(60), 100));
      write(tx -> tx.outbox().complete(m.id(), owner, 0, status, at, Optional.empty()));
    }
    return m;
  }

  @Test
  @DisplayName("removeFinishedMessages removes finished messages of the scope created before the instant, oldest "
      + "first and at most the limit; pending, newer and other provinces' messages stay")
  void finishedMessagesRemoved() {
    Instant cutoff = Samples.T0.plus(Duration.ofDays(30));
    List<OutboxMessage> old = new ArrayList<>();
    old.add(message(Samples.CHU_SE_TOWN, Samples.T0, Status.DELIVERED));
    old.add(message(Samples.IA_BLANG, Samples.T0.plusSeconds(60), Status.FAILED));
    old.add(message(Samples.CHU_SE_TOWN, Samples.T0.plusSeconds(120), Status.OBSOLETE));
    List<OutboxMessage> kept = List.of(
        message(Samples.CHU_SE_TOWN, Samples.T0, Status.PENDING),
        message(Samples.CHU_SE_TOWN, cutoff, Status.DELIVERED),
        message(OTHER_PROVINCE_COMMUNE, Samples.T0, Status.DELIVERED));

    assertEquals(2, removed(tx -> retention(tx).removeFinishedMessages(Samples.GIA_LAI, cutoff, 2)));
    assertTrue(read(tx -> tx.outbox().find(old.get(0).id())).isEmpty(), "the oldest went first");
    assertTrue(read(tx -> tx.outbox().find(old.get(1).id())).isEmpty(), "the oldest went first");
    assertTrue(read(tx -> tx.outbox().find(old.get(2).id())).isPresent(), "the limit was kept");
    assertEquals(1, removed(tx -> retention(tx).removeFinishedMessages(Samples.GIA_LAI, cutoff, 2)));
    assertEquals(0, removed(tx -> retention(tx).removeFinishedMessages(Samples.GIA_LAI, cutoff, 2)));
    for (OutboxMessage m : kept) {
      assertTrue(read(tx -> tx.outbox().find(m.id())).isPresent(), "kept " + m.unit() + " " + m.createdAt());
    }
  }

  private AuditEvent event(JurisdictionPath unit, Instant at, String action) {
    AuditEvent e = new AuditEvent(AuditEventId.random(), at, SYSTEM, action, "case", CaseId.random().toString(),
        unit, java.util.Map.of());
    write(tx -> tx.audit().append(e));
    return e;
  }

  @Test
  @DisplayName("removeAuditEvents removes the scope's events recorded before the instant, oldest first and at most "
      + "the limit, except those of the kept action prefix; newer and other provinces' events stay")
  void auditEventsRemoved() {
    Instant cutoff = Samples.T0.plus(Duration.ofDays(365));
    AuditEvent first = event(Samples.CHU_SE_TOWN, Samples.T0, "case.read");
    AuditEvent purgeRecord = event(Samples.CHU_SE_TOWN, Samples.T0.plusSeconds(30), "retention.purge");
    AuditEvent second = event(Samples.IA_BLANG, Samples.T0.plusSeconds(60), "case.register");
    AuditEvent third = event(Samples.CHU_SE, Samples.T0.plusSeconds(120), "alert.acknowledge");
    AuditEvent newer = event(Samples.CHU_SE_TOWN, cutoff, "case.read");
    AuditEvent elsewhere = event(OTHER_PROVINCE_COMMUNE, Samples.T0, "case.read");

    assertEquals(2, removed(tx -> retention(tx).removeAuditEvents(Samples.GIA_LAI, cutoff, "retention.", 2)));
    assertEquals(1, removed(tx -> retention(tx).removeAuditEvents(Samples.GIA_LAI, cutoff, "retention.", 2)));
    assertEquals(0, removed(tx -> retention(tx).removeAuditEvents(Samples.GIA_LAI, cutoff, "retention.", 2)));

    List<AuditEvent> left = read(tx -> tx.audit().list(JurisdictionPath.national(JurisdictionScheme.GSO_2021),
        Samples.T0.minusSeconds(1), PageRequest.first(100))).items();
    assertEquals(List.of(elsewhere.id(), purgeRecord.id(), newer.id()).stream().sorted().toList(),
        left.stream().map(AuditEvent::id).sorted().toList());
    assertFalse(left.stream().anyMatch(e -> List.of(first.id(), second.id(), third.id()).contains(e.id())));
  }
}
