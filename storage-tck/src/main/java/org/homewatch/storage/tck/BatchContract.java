package org.homewatch.storage.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.homewatch.ConflictException;
import org.homewatch.NotFoundException;
import org.homewatch.model.AssessedDeclaration;
import org.homewatch.model.AuditEvent;
import org.homewatch.model.CaseId;
import org.homewatch.model.DeclarationId;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.MonitoringSummary;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Severity;
import org.homewatch.spi.storage.InsertOutcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The batch methods batch ingestion uses: the same rules as their one-at-a-time counterparts. */
abstract class BatchContract extends StoreContract {

  BatchContract(StorageCompatibilityKit kit) {
    super(kit);
  }

  private IsolationCase stored() {
    IsolationCase c = Samples.isolationCase(Samples.CHU_SE_TOWN);
    write(tx -> tx.cases().insert(c));
    return c;
  }

  @Test
  @DisplayName("insertAll stores new declarations once, reports stored ids as ALREADY_PRESENT at their index")
  void insertAllIsIdempotent() {
    CaseId caseId = stored().id();
    AssessedDeclaration first = Samples.declaration(caseId, Samples.T0);
    AssessedDeclaration second = Samples.declaration(caseId, Samples.T0.plusSeconds(60));
    write(tx -> tx.declarations().insert(first));

    List<InsertOutcome> outcomes = read(tx -> tx.declarations().insertAll(List.of(second, first)));

    assertEquals(List.of(InsertOutcome.INSERTED, InsertOutcome.ALREADY_PRESENT), outcomes);
    assertEquals(2, read(tx -> tx.declarations().listForCase(caseId, PageRequest.first(10))).items().size());
  }

  @Test
  @DisplayName("insertAll reports a repeat within the batch as ALREADY_PRESENT and stores the first; an empty batch "
      + "gives no outcomes")
  void insertAllRepeatsWithinBatch() {
    CaseId caseId = stored().id();
    AssessedDeclaration a = Samples.declaration(caseId, Samples.T0);
    AssessedDeclaration b = Samples.declaration(caseId, Samples.T0.plusSeconds(60));

    List<InsertOutcome> outcomes = read(tx -> tx.declarations().insertAll(List.of(a, b, a)));

    assertEquals(List.of(InsertOutcome.INSERTED, InsertOutcome.INSERTED, InsertOutcome.ALREADY_PRESENT), outcomes);
    assertEquals(List.of(a, b), read(tx -> tx.declarations().observedBetween(caseId, Samples.T0,
        Samples.T0.plusSeconds(600), 10)));
    assertEquals(List.of(), read(tx -> tx.declarations().insertAll(List.of())));
  }

  @Test
  @DisplayName("Concurrent insertAll batches sharing declarations store each once, reported INSERTED by exactly one "
      + "batch")
  void concurrentBatchesShareDeclarations() throws Exception {
    CaseId caseId = stored().id();
    List<AssessedDeclaration> shared = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      shared.add(Samples.declaration(caseId, Samples.T0.plusSeconds(i)));
    }
    List<List<DeclarationId>> insertedByBatch = concurrently(6, () -> {
      List<AssessedDeclaration> mine = new ArrayList<>(shared);
      Collections.shuffle(mine);
      List<InsertOutcome> outcomes = read(tx -> tx.declarations().insertAll(mine));
      List<DeclarationId> inserted = new ArrayList<>();
      for (int i = 0; i < mine.size(); i++) {
        if (outcomes.get(i) == InsertOutcome.INSERTED) {
          inserted.add(mine.get(i).declaration().id());
        }
      }
      return inserted;
    });
    List<DeclarationId> all = insertedByBatch.stream().flatMap(List::stream).toList();
    assertEquals(shared.size(), all.size(), "every declaration is reported INSERTED exactly once");
    assertEquals(shared.size(), Set.copyOf(all).size());
    assertEquals(shared.size(), read(tx -> tx.declarations().observedBetween(caseId, Samples.T0,
        Samples.T0.plusSeconds(60), 100)).size());
  }

  @Test
  @DisplayName("findAll returns the cases that exist, keyed by id, and ignores unknown ids")
  void findAllByIds() {
    IsolationCase a = stored();
    IsolationCase b = stored();
    Map<CaseId, IsolationCase> found = read(tx -> tx.cases().findAll(Set.of(a.id(), b.id(), CaseId.random())));
    assertEquals(Map.of(a.id(), a, b.id(), b), found);
  }

  @Test
  @DisplayName("updateAll with one stale case fails as a whole and, rolled back, changes nothing")
  void updateAllStaleFailsWhole() {
    IsolationCase a = stored();
    IsolationCase b = stored();
    assertThrows(ConflictException.class, () -> write(tx -> tx.cases().updateAll(
        List.of(a.atVersion(1), b.atVersion(5)))));
    assertEquals(0, read(tx -> tx.cases().find(a.id())).orElseThrow().version());
    write(tx -> tx.cases().updateAll(List.of(a.atVersion(1), b.atVersion(1))));
    assertEquals(1, read(tx -> tx.cases().find(b.id())).orElseThrow().version());
  }

  @Test
  @DisplayName("updateAll with a case that was never stored fails with NotFoundException and, rolled back, changes "
      + "nothing")
  void updateAllOfMissingIsNotFound() {
    IsolationCase a = stored();
    IsolationCase missing = Samples.isolationCase(Samples.CHU_SE_TOWN);
    assertThrows(NotFoundException.class, () -> write(tx -> tx.cases().updateAll(
        List.of(a.atVersion(1), missing.atVersion(1)))));
    assertEquals(a, read(tx -> tx.cases().find(a.id())).orElseThrow());
    assertEquals(Optional.empty(), read(tx -> tx.cases().find(missing.id())));
  }

  @Test
  @DisplayName("updateMonitoringAll stores each summary and version, and leaves the rest of the case as it was")
  void updateMonitoringAllWritesSummaryAndVersion() {
    IsolationCase a = stored();
    IsolationCase b = stored();
    IsolationCase a1 = a.withMonitoring(a.monitoring().with(Samples.T0, Severity.ABNORMAL));
    IsolationCase b1 = b.withMonitoring(b.monitoring().with(Samples.T0, Severity.WATCH));
    IsolationCase a2 = a1.withMonitoring(a1.monitoring().with(Samples.T0.plusSeconds(60), Severity.NORMAL));

    write(tx -> tx.cases().updateMonitoringAll(List.of(a1, b1)));
    write(tx -> tx.cases().updateMonitoringAll(List.of(a2)));

    assertEquals(a2, read(tx -> tx.cases().find(a.id())).orElseThrow());
    assertEquals(b1, read(tx -> tx.cases().find(b.id())).orElseThrow());
    assertEquals(2, a2.version());
    assertEquals(new MonitoringSummary(Optional.of(Samples.T0.plusSeconds(60)), Severity.NORMAL, Severity.ABNORMAL, 2),
        read(tx -> tx.cases().find(a.id())).orElseThrow().monitoring());
  }

  @Test
  @DisplayName("updateMonitoringAll with one stale case fails as a whole and, rolled back, changes nothing")
  void updateMonitoringAllStaleFailsWhole() {
    IsolationCase a = stored();
    IsolationCase b = stored();
    IsolationCase a1 = a.withMonitoring(a.monitoring().with(Samples.T0, Severity.ABNORMAL));
    IsolationCase bStale = b.withMonitoring(b.monitoring().with(Samples.T0, Severity.WATCH)).atVersion(5);

    assertThrows(ConflictException.class, () -> write(tx -> tx.cases().updateMonitoringAll(List.of(a1, bStale))));

    assertEquals(a, read(tx -> tx.cases().find(a.id())).orElseThrow());
    assertEquals(b, read(tx -> tx.cases().find(b.id())).orElseThrow());
  }

  @Test
  @DisplayName("updateMonitoringAll of a case that was never stored fails with NotFoundException, alone or in a batch")
  void updateMonitoringAllOfMissingIsNotFound() {
    IsolationCase missing = Samples.isolationCase(Samples.CHU_SE_TOWN);
    IsolationCase next = missing.withMonitoring(missing.monitoring().with(Samples.T0, Severity.WATCH));
    assertThrows(NotFoundException.class, () -> write(tx -> tx.cases().updateMonitoringAll(List.of(next))));
    assertEquals(Optional.empty(), read(tx -> tx.cases().find(missing.id())));

    // with a stored case beside it (storages may write a batch as one statement): the call fails as a whole
    IsolationCase stored = stored();
    IsolationCase storedNext = stored.withMonitoring(stored.monitoring().with(Samples.T0, Severity.ABNORMAL));
    assertThrows(NotFoundException.class,
        () -> write(tx -> tx.cases().updateMonitoringAll(List.of(storedNext, next))));
    assertEquals(stored, read(tx -> tx.cases().find(stored.id())).orElseThrow());
  }

  @Test
  @DisplayName("observedBetweenForCases gives each case's declarations in [from, to), oldest first")
  void historyForSeveralCases() {
    CaseId a = stored().id();
    CaseId b = stored().id();
    Instant t = Samples.T0;
    AssessedDeclaration a1 = Samples.declaration(a, t);
    AssessedDeclaration a2 = Samples.declaration(a, t.plus(Duration.ofHours(1)));
    AssessedDeclaration a3 = Samples.declaration(a, t.plus(Duration.ofHours(2)));
    AssessedDeclaration b1 = Samples.declaration(b, t.plus(Duration.ofMinutes(30)));
    write(tx -> tx.declarations().insertAll(List.of(a3, b1, a1, a2)));

    Map<CaseId, List<AssessedDeclaration>> history = read(tx -> tx.declarations()
        .observedBetweenForCases(List.of(a, b), t, t.plus(Duration.ofHours(2)), 10));

    assertEquals(List.of(a1, a2), history.get(a));
    assertEquals(List.of(b1), history.get(b));
  }

  @Test
  @DisplayName("observedBetweenForCases cuts each case's history at the limit, oldest kept, and leaves out unknown "
      + "cases")
  void historyForSeveralCasesLimitPerCase() {
    CaseId a = stored().id();
    CaseId b = stored().id();
    List<AssessedDeclaration> ofA = List.of(Samples.declaration(a, Samples.T0),
        Samples.declaration(a, Samples.T0.plusSeconds(60)), Samples.declaration(a, Samples.T0.plusSeconds(120)),
        Samples.declaration(a, Samples.T0.plusSeconds(180)));
    AssessedDeclaration ofB = Samples.declaration(b, Samples.T0.plusSeconds(30));
    write(tx -> tx.declarations().insertAll(List.of(ofA.get(3), ofB, ofA.get(0), ofA.get(2), ofA.get(1))));
    CaseId unknown = CaseId.random();

    Map<CaseId, List<AssessedDeclaration>> history = read(tx -> tx.declarations()
        .observedBetweenForCases(List.of(b, a, unknown), Samples.T0, Samples.T0.plusSeconds(3600), 3));

    assertEquals(Map.of(a, ofA.subList(0, 3), b, List.of(ofB)), history);
  }

  @Test
  @DisplayName("appendAll adds every audit event")
  void appendAllAudit() {
    List<AuditEvent> events = List.of(Samples.auditEvent(Samples.CHU_SE_TOWN, Samples.T0),
        Samples.auditEvent(Samples.IA_BLANG, Samples.T0.plusSeconds(1)));
    write(tx -> tx.audit().appendAll(events));
    assertEquals(events, read(tx -> tx.audit().list(Samples.GIA_LAI, Samples.T0, PageRequest.first(10))).items());
  }
}
