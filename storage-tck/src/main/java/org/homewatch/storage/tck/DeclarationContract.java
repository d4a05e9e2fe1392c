package org.homewatch.storage.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homewatch.model.AssessedDeclaration;
import org.homewatch.model.CaseId;
import org.homewatch.model.DeclarationId;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Severity;
import org.homewatch.model.Vitals;
import org.homewatch.spi.storage.InsertOutcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Idempotent, race-safe inserts; the history window; the newest-first list. */
abstract class DeclarationContract extends StoreContract {
  DeclarationContract(StorageCompatibilityKit kit) {
    super(kit);
  }

  private IsolationCase storedCase() {
    IsolationCase isolationCase = Samples.isolationCase(Samples.CHU_SE_TOWN);
    write(tx -> tx.cases().insert(isolationCase));
    return isolationCase;
  }

  @Test
  @DisplayName("Inserting a declaration id twice stores it once, keeps the first content and says ALREADY_PRESENT")
  void idempotentInsert() {
    CaseId caseId = storedCase().id();
    DeclarationId id = DeclarationId.random();
    AssessedDeclaration first = Samples.declaration(caseId, id, Samples.T0,
        Vitals.builder().spo2Percent(98).build(), Set.of(), Severity.NORMAL);
    AssessedDeclaration retry = Samples.declaration(caseId, id, Samples.T0.plusSeconds(90),
        Vitals.builder().spo2Percent(91).build(), Set.of(), Severity.EMERGENCY);

    assertEquals(InsertOutcome.INSERTED, read(tx -> tx.declarations().insert(first)));
    assertEquals(InsertOutcome.ALREADY_PRESENT, read(tx -> tx.declarations().insert(retry)));
    assertEquals(InsertOutcome.ALREADY_PRESENT, read(tx -> tx.declarations().insert(first)));

    assertEquals(Optional.of(first), read(tx -> tx.declarations().find(caseId, id)));
    assertEquals(List.of(first), read(tx -> tx.declarations().listForCase(caseId, PageRequest.first(10)).items()));
  }

  @Test
  @DisplayName("A declaration with every optional field set, and one with none, read back equal, alone and in a batch")
  void fullAndBareRoundTrip() {
    CaseId caseId = storedCase().id();
    AssessedDeclaration full = Samples.fullDeclaration(caseId, Samples.T0);
    AssessedDeclaration bare = Samples.bareDeclaration(caseId, Samples.T0.plusSeconds(60));
    AssessedDeclaration fullInBatch = Samples.fullDeclaration(caseId, Samples.T0.plusSeconds(120));
    AssessedDeclaration bareInBatch = Samples.bareDeclaration(caseId, Samples.T0.plusSeconds(180));
    write(tx -> {
      tx.declarations().insert(full);
      tx.declarations().insert(bare);
      tx.declarations().insertAll(List.of(fullInBatch, bareInBatch));
    });
    assertEquals(List.of(full, bare, fullInBatch, bareInBatch), read(tx -> tx.declarations().observedBetween(caseId,
        Samples.T0, Samples.T0.plusSeconds(600), 10)));
    assertEquals(Optional.of(full), read(tx -> tx.declarations().find(caseId, full.declaration().id())));
  }

  @Test
  @DisplayName("An ALREADY_PRESENT insert leaves the transaction usable: more work in it commits")
  void alreadyPresentKeepsTransaction() {
    CaseId caseId = storedCase().id();
    AssessedDeclaration stored = Samples.declaration(caseId, Samples.T0);
    AssessedDeclaration next = Samples.declaration(caseId, Samples.T0.plusSeconds(60));
    write(tx -> tx.declarations().insert(stored));

    write(tx -> {
      assertEquals(InsertOutcome.ALREADY_PRESENT, tx.declarations().insert(stored));
      assertEquals(InsertOutcome.INSERTED, tx.declarations().insert(next));
    });

    assertEquals(Optional.of(next), read(tx -> tx.declarations().find(caseId, next.declaration().id())));
  }

  @Test
  @DisplayName("The same declaration id under another case is another declaration")
  void idScopedToCase() {
    CaseId a = storedCase().id();
    CaseId b = storedCase().id();
    DeclarationId id = DeclarationId.random();
    AssessedDeclaration ofA = Samples.declaration(a, id, Samples.T0, Vitals.NONE, Set.of(), Severity.NORMAL);
    AssessedDeclaration ofB = Samples.declaration(b, id, Samples.T0, Vitals.NONE, Set.of(), Severity.WATCH);

    assertEquals(InsertOutcome.INSERTED, read(tx -> tx.declarations().insert(ofA)));
    assertEquals(InsertOutcome.INSERTED, read(tx -> tx.declarations().insert(ofB)));

    assertEquals(Optional.of(ofB), read(tx -> tx.declarations().find(b, id)));
    assertEquals(Optional.empty(), read(tx -> tx.declarations().find(CaseId.random(), id)));
  }

  @Test
  @DisplayName("Of concurrent inserts of one declaration from several threads exactly one is INSERTED")
  void concurrentInsertsOfOneId() throws Exception {
    CaseId caseId = storedCase().id();
    for (int round = 0; round < 10; round++) {
      AssessedDeclaration declaration = Samples.declaration(caseId, Samples.T0.plusSeconds(round));

      List<InsertOutcome> outcomes = concurrently(6, () -> read(tx -> tx.declarations().insert(declaration)));

      assertEquals(1, Collections.frequency(outcomes, InsertOutcome.INSERTED), () -> "outcomes " + outcomes);
      assertEquals(5, Collections.frequency(outcomes, InsertOutcome.ALREADY_PRESENT), () -> "outcomes " + outcomes);
    }
    assertEquals(10, read(tx -> tx.declarations().listForCase(caseId, PageRequest.first(100)).items()).size());
  }

  @Test
  @DisplayName("observedBetween includes from, excludes to, and leaves out other cases")
  void windowBounds() {
    CaseId caseId = storedCase().id();
    CaseId other = storedCase().id();
    AssessedDeclaration before = Samples.declaration(caseId, Samples.T0.minusMillis(1));
    AssessedDeclaration atFrom = Samples.declaration(caseId, Samples.T0);
    AssessedDeclaration inside = Samples.declaration(caseId, Samples.T0.plusSeconds(3600));
    AssessedDeclaration atTo = Samples.declaration(caseId, Samples.T0.plusSeconds(7200));
    write(tx -> List.of(atTo, inside, before, atFrom, Samples.declaration(other, Samples.T0.plusSeconds(60)))
        .forEach(tx.declarations()::insert));

    assertEquals(List.of(atFrom, inside),
        read(tx -> tx.declarations().observedBetween(caseId, Samples.T0, Samples.T0.plusSeconds(7200), 10)));
    assertEquals(List.of(atFrom),
        read(tx -> tx.declarations().observedBetween(caseId, Samples.T0, Samples.T0.plusSeconds(7200), 1)));
  }

  @Test
  @DisplayName("observedBetween returns the declarations in [from, to), oldest first, at most limit (property)")
  void windowProperty() {
    qt().withExamples(80)
        .forAll(ModelGenerators.caseHistories(25, 120), ModelGenerators.instantsWithin(130),
            integers().between(0, 130), integers().between(1, 12))
        .checkAssert((history, from, minutes, limit) -> {
          store(history);
          Instant to = from.plus(Duration.ofMinutes(minutes));

          List<AssessedDeclaration> found =
              read(tx -> tx.declarations().observedBetween(history.caseId(), from, to, limit));

          List<Instant> expectedTimes = history.declarations().stream().map(DeclarationContract::observedAt)
              .filter(at -> !at.isBefore(from) && at.isBefore(to)).sorted().limit(limit).toList();
          assertEquals(expectedTimes, found.stream().map(DeclarationContract::observedAt).toList());
          assertTrue(history.declarations().containsAll(found), "only the case's stored declarations");
          assertEquals(found.size(), new HashSet<>(found).size(), "no declaration twice");
        });
  }

  @Test
  @DisplayName("listForCase pages through all of a case's declarations, newest observed first, none lost or repeated")
  void listForCaseProperty() {
    qt().withExamples(80)
        .forAll(ModelGenerators.caseHistories(30, 60), ModelGenerators.caseHistories(5, 60),
            ModelGenerators.pageLimits())
        .checkAssert((history, otherCase, limit) -> {
          store(history);
          store(otherCase);

          List<AssessedDeclaration> served = allPages(
              page -> read(tx -> tx.declarations().listForCase(history.caseId(), page)), limit,
              history.declarations().size());

          assertEquals(Set.copyOf(history.declarations()), Set.copyOf(served));
          assertEquals(history.declarations().size(), served.size(), "no declaration lost or repeated");
          List<Instant> times = served.stream().map(DeclarationContract::observedAt).toList();
          assertEquals(times.stream().sorted(Comparator.reverseOrder()).toList(), times, "newest observed first");
        });
  }

  private void store(ModelGenerators.CaseHistory history) {
    write(tx -> {
      tx.cases().insert(history.isolationCase());
      history.declarations().forEach(tx.declarations()::insert);
    });
  }

  private static Instant observedAt(AssessedDeclaration d) {
    return d.declaration().observedAt();
  }
}
