package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.homewatch.ConflictException;
import org.homewatch.core.cases.CaseLifecycle;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.JurisdictionScheme;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 4, part 7: through the service, a case only ever moves along the documented state machine. */
class LifecyclePropertiesTest {
  private static final World WORLD = new World();
  private static final JurisdictionPath ELSEWHERE = JurisdictionPath.of(JurisdictionScheme.GSO_2021, "79", "760",
      "26734");
  private static int people;

  @AfterAll
  static void close() {
    WORLD.close();
  }

  private static IsolationCase apply(int op, IsolationCase c) {
    var lifecycle = WORLD.homewatch.lifecycle();
    return switch (op) {
      case 0 -> lifecycle.cancel(WORLD.supervisor, c.id(), c.version(), "entered in error");
      case 1 -> lifecycle.escalate(WORLD.supervisor, c.id(), c.version(), "hospital");
      case 2 -> lifecycle.complete(WORLD.supervisor, c.id(), c.version(), "reviewed");
      case 3 -> lifecycle.transfer(WORLD.supervisor, c.id(), c.version(), ELSEWHERE, "moved away");
      case 4 -> lifecycle.transfer(WORLD.supervisor, c.id(), c.version(),
          c.responsibleUnit().equals(World.COMMUNE_A) ? World.COMMUNE_B : World.COMMUNE_A, "moved");
      default -> lifecycle.changePlannedEnd(WORLD.supervisor, c.id(), c.version(),
          c.period().plannedEnd().plusDays(1), "positive test");
    };
  }

  @Test
  @DisplayName("any sequence of lifecycle operations changes the status only along the machine's edges; every "
      + "other attempt is refused and changes nothing")
  void onlyAlongTheMachine() {
    qt().withExamples(60).forAll(lists().of(integers().between(0, 5)).ofSizeBetween(1, 6)).checkAssert(ops -> {
      IsolationCase c = WORLD.registerF2("Người thứ " + (people++), World.COMMUNE_A);
      for (int op : ops) {
        IsolationCase before = c;
        try {
          c = apply(op, c);
          assertTrue(c.status() == before.status() || CaseLifecycle.allows(before.status(), c.status()),
              before.status() + " → " + c.status());
          assertEquals(before.version() + 1, c.version());
        } catch (ConflictException refused) {
          IsolationCase stored = WORLD.storage.inTransaction(tx -> tx.cases().find(before.id())).orElseThrow();
          assertEquals(before, stored, "a refused change leaves the case as it was");
          assertTrue(before.status().isClosed() || op == 2 && before.status() == CaseStatus.PENDING,
              "refused " + op + " on " + before.status());
        }
      }
      assertTrue(List.of(CaseStatus.values()).contains(c.status()));
    });
  }
}
