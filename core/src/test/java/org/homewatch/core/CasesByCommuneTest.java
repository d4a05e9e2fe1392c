package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homewatch.core.schedule.CasesByCommune;
import org.homewatch.model.CaseId;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CasesByCommuneTest {
  private static final World WORLD = new World();
  private static final Set<CaseId> ALL = new HashSet<>();

  static {
    for (int i = 0; i < 23; i++) {
      ALL.add(WORLD.registerF2("Người " + i, i % 3 == 0 ? World.COMMUNE_B : World.COMMUNE_A).id());
    }
  }

  @AfterAll
  static void close() {
    WORLD.close();
  }

  @Test
  @DisplayName("walking the pages commune after commune yields every case once, whatever the page size")
  void everyCaseOnce() {
    qt().withExamples(40).forAll(integers().between(1, 30)).checkAssert(size -> {
      List<CaseId> seen = new ArrayList<>();
      Optional<String> next = Optional.empty();
      int pages = 0;
      do {
        PageRequest request = new PageRequest(next, size);
        Page<IsolationCase> page = WORLD.storage.inTransaction(
            tx -> CasesByCommune.page(tx, World.PROVINCE, CaseStatus.ACTIVE, request));
        assertTrue(page.items().size() <= size);
        page.items().forEach(c -> seen.add(c.id()));
        next = page.next();
        pages++;
      } while (next.isPresent() && pages < 100);
      assertEquals(ALL.size(), seen.size());
      assertEquals(ALL, new HashSet<>(seen));
    });
  }
}
