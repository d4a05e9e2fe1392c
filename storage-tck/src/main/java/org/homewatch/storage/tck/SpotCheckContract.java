package org.homewatch.storage.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homewatch.ConflictException;
import org.homewatch.NotFoundException;
import org.homewatch.model.CaseId;
import org.homewatch.model.DeclarationId;
import org.homewatch.model.SpotCheck;
import org.homewatch.model.SpotCheckId;
import org.homewatch.spi.storage.SpotCheckStore;
import org.homewatch.spi.storage.StorageTransaction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The {@link SpotCheckStore} contract, an optional store: it runs only against a storage whose
 * {@code optionalStores()} lists {@code SpotCheckStore}; for any other storage JUnit reports these tests as
 * skipped (an aborted assumption), not passed.
 */
abstract class SpotCheckContract extends StoreContract {
  SpotCheckContract(StorageCompatibilityKit kit) {
    super(kit);
  }

  @BeforeEach
  void onlyIfDeclared() {
    assumeTrue(storage().optionalStores().contains(SpotCheckStore.class),
        "the storage does not declare SpotCheckStore among its optional stores");
  }

  static SpotCheckStore spotChecks(StorageTransaction tx) {
    return tx.store(SpotCheckStore.class).orElseThrow(() -> new AssertionError(
        "the storage declares SpotCheckStore but a transaction does not hand it out"));
  }

  private SpotCheck stored(CaseId caseId) {
    SpotCheck check = Samples.spotCheck(caseId, Samples.T0);
    write(tx -> spotChecks(tx).insert(check));
    return check;
  }

  @Test
  @DisplayName("A spot check reads back equal to what was stored, in every state (property)")
  void roundTrip() {
    qt().withExamples(40).forAll(ModelGenerators.spotChecks(CaseId.random()).map(c -> new SpotCheck(
            SpotCheckId.random(), CaseId.random(), c.requestedBy(), c.requestedAt(), c.answerBy(), c.state(),
            c.settledAt(), c.evidence(), c.version())))
        .checkAssert(check -> {
          write(tx -> spotChecks(tx).insert(check));
          assertEquals(Optional.of(check), read(tx -> spotChecks(tx).find(check.caseId(), check.id())));
          assertEquals(List.of(check), read(tx -> spotChecks(tx).listForCase(check.caseId())));
        });
  }

  @Test
  @DisplayName("A settled check reads back with its state, evidence and settled-at after the update")
  void settledByUpdate() {
    SpotCheck check = stored(CaseId.random());
    SpotCheck passed = check.passed(DeclarationId.random(), Samples.T0.plusSeconds(600));
    write(tx -> spotChecks(tx).update(passed));
    assertEquals(Optional.of(passed), read(tx -> spotChecks(tx).find(check.caseId(), check.id())));
  }

  @Test
  @DisplayName("find under another case, or of an unknown id, is empty")
  void findIsCaseScoped() {
    SpotCheck check = stored(CaseId.random());
    assertEquals(Optional.empty(), read(tx -> spotChecks(tx).find(CaseId.random(), check.id())));
    assertEquals(Optional.empty(), read(tx -> spotChecks(tx).find(check.caseId(), SpotCheckId.random())));
  }

  @Test
  @DisplayName("findOpen finds the case's REQUESTED check, and nothing once it is settled")
  void openUntilSettled() {
    SpotCheck check = stored(CaseId.random());
    assertEquals(Optional.of(check), read(tx -> spotChecks(tx).findOpen(check.caseId())));
    write(tx -> spotChecks(tx).update(check.expired(check.answerBy())));
    assertEquals(Optional.empty(), read(tx -> spotChecks(tx).findOpen(check.caseId())));
    assertEquals(Optional.empty(), read(tx -> spotChecks(tx).findOpen(CaseId.random())));
  }

  @Test
  @DisplayName("A second REQUESTED check of a case with an open one is a conflict; once settled, a new one is stored")
  void oneOpenPerCase() {
    SpotCheck first = stored(CaseId.random());
    SpotCheck second = Samples.spotCheck(first.caseId(), Samples.T0.plusSeconds(60));
    assertThrows(ConflictException.class, () -> write(tx -> spotChecks(tx).insert(second)));
    assertEquals(List.of(first), read(tx -> spotChecks(tx).listForCase(first.caseId())));

    SpotCheck failed = first.failed(DeclarationId.random(), Samples.T0.plusSeconds(120));
    write(tx -> spotChecks(tx).update(failed));
    write(tx -> spotChecks(tx).insert(second));
    assertEquals(Optional.of(second), read(tx -> spotChecks(tx).findOpen(first.caseId())));
    assertEquals(List.of(failed, second), read(tx -> spotChecks(tx).listForCase(first.caseId())));
  }

  @Test
  @DisplayName("Of concurrent requests for one case from several threads exactly one is stored")
  void concurrentRequests() throws Exception {
    CaseId caseId = CaseId.random();
    List<Boolean> stored = concurrently(4, () -> {
      try {
        write(tx -> spotChecks(tx).insert(Samples.spotCheck(caseId, Samples.T0)));
        return true;
      } catch (ConflictException lost) {
        return false;
      }
    });
    assertEquals(1, Collections.frequency(stored, true), () -> "stored " + stored);
    assertEquals(1, read(tx -> spotChecks(tx).listForCase(caseId)).size());
  }

  @Test
  @DisplayName("Inserting a stored id is a conflict and keeps the stored check")
  void duplicateId() {
    SpotCheck check = stored(CaseId.random());
    SpotCheck settled = check.expired(check.answerBy());
    SpotCheck sameId = new SpotCheck(check.id(), check.caseId(), check.requestedBy(), check.requestedAt(),
        check.answerBy(), settled.state(), settled.settledAt(), settled.evidence(), 0);
    assertThrows(ConflictException.class, () -> write(tx -> spotChecks(tx).insert(sameId)));
    assertEquals(Optional.of(check), read(tx -> spotChecks(tx).find(check.caseId(), check.id())));
  }

  @Test
  @DisplayName("An update carrying a stale version is a conflict and changes nothing; an unknown check is not found")
  void optimisticLocking() {
    SpotCheck check = stored(CaseId.random());
    SpotCheck passed = check.passed(DeclarationId.random(), Samples.T0.plusSeconds(60));
    write(tx -> spotChecks(tx).update(passed));
    SpotCheck staleExpiry = check.expired(check.answerBy());
    assertThrows(ConflictException.class, () -> write(tx -> spotChecks(tx).update(staleExpiry)));
    assertEquals(Optional.of(passed), read(tx -> spotChecks(tx).find(check.caseId(), check.id())));

    SpotCheck never = Samples.spotCheck(CaseId.random(), Samples.T0).expired(Samples.T0.plusSeconds(3600));
    assertThrows(NotFoundException.class, () -> write(tx -> spotChecks(tx).update(never)));
    assertEquals(Optional.empty(), read(tx -> spotChecks(tx).find(never.caseId(), never.id())));
  }

  @Test
  @DisplayName("findOpen of several cases gives each case's open check by case id, and leaves out the others")
  void openOfSeveralCases() {
    SpotCheck a = stored(CaseId.random());
    SpotCheck b = stored(CaseId.random());
    SpotCheck settled = stored(CaseId.random());
    write(tx -> spotChecks(tx).update(settled.expired(settled.answerBy())));
    CaseId none = CaseId.random();

    Map<CaseId, SpotCheck> open = read(tx -> spotChecks(tx).findOpen(
        List.of(a.caseId(), settled.caseId(), none, b.caseId())));

    assertEquals(Map.of(a.caseId(), a, b.caseId(), b), open);
    assertEquals(Map.of(), read(tx -> spotChecks(tx).findOpen(List.of())));
  }

  @Test
  @DisplayName("listForCase gives every check of the case, settled ones too, oldest request first, and no other's")
  void listForCase() {
    CaseId caseId = CaseId.random();
    SpotCheck first = Samples.spotCheck(caseId, Samples.T0.plus(Duration.ofHours(2)));
    SpotCheck older = Samples.spotCheck(caseId, Samples.T0).expired(Samples.T0.plus(Duration.ofHours(1)));
    write(tx -> {
      spotChecks(tx).insert(first);
      spotChecks(tx).insert(older);
      spotChecks(tx).insert(Samples.spotCheck(CaseId.random(), Samples.T0));
    });
    assertEquals(List.of(older, first), read(tx -> spotChecks(tx).listForCase(caseId)));
    assertEquals(List.of(), read(tx -> spotChecks(tx).listForCase(CaseId.random())));
  }

  @Test
  @DisplayName("A spot check written by work that throws is not stored")
  void rolledBack() {
    SpotCheck check = Samples.spotCheck(CaseId.random(), Samples.T0);
    assertThrows(IllegalStateException.class, () -> write(tx -> {
      spotChecks(tx).insert(check);
      throw new IllegalStateException("after the insert");
    }));
    assertEquals(Optional.empty(), read(tx -> spotChecks(tx).findOpen(check.caseId())));
  }
}
