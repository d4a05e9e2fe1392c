package org.homewatch.storage.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.homewatch.model.CaseQuery;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.storage.tck.ModelGenerators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The memory storage pages a wide scope (one holding most of the table) by walking the whole status partition and a
 * narrow one by merging its communes' groups. The kit's properties share one storage across examples, so most of
 * their scopes are narrow; here every example has a storage of its own holding one area, so the province scope is
 * wide and a commune narrow, and both must give the same answers as the model.
 */
class WideScopeTest {

  @Test
  @DisplayName("Wide and narrow scopes both page exactly the matching cases, by id (property)")
  void wideAndNarrowAgree() {
    qt().withExamples(150)
        .forAll(ModelGenerators.areas().flatMap(area -> lists().of(ModelGenerators.cases(
            ModelGenerators.communesOf(area))).ofSizeBetween(0, 60)
            .zip(ModelGenerators.scopesOf(area), ModelGenerators.subsets(CaseStatus.class), (cases, scope,
                statuses) -> new Scene(cases, new CaseQuery(scope, statuses, java.util.Set.of(),
                java.util.Optional.empty())))), ModelGenerators.pageLimits())
        .checkAssert((scene, limit) -> {
          try (MemoryStorage storage = MemoryStorage.create()) {
            storage.useTransaction(tx -> scene.cases().forEach(tx.cases()::insert));
            List<IsolationCase> expected = scene.cases().stream().filter(scene.query()::matches)
                .sorted(Comparator.comparing(IsolationCase::id)).toList();

            List<IsolationCase> served = new ArrayList<>();
            PageRequest request = PageRequest.first(limit);
            for (int pages = 0; pages <= expected.size() / limit + 1; pages++) {
              PageRequest current = request;
              Page<IsolationCase> page = storage.inTransaction(tx -> tx.cases().list(scene.query(), current));
              served.addAll(page.items());
              if (!page.hasNext()) {
                break;
              }
              request = request.next(page);
            }

            assertEquals(expected, served);
          }
        });
  }

  record Scene(List<IsolationCase> cases, CaseQuery query) {}
}
