package org.homewatch.core.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;

import java.util.Set;
import org.homewatch.ConflictException;
import org.homewatch.model.CaseId;
import org.homewatch.model.CaseStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CaseLifecycleTest {

  /** The documented machine, written out independently of the implementation. */
  static final Set<String> DOCUMENTED = Set.of("PENDING>ACTIVE", "PENDING>TRANSFERRED", "PENDING>CANCELLED",
      "ACTIVE>COMPLETED", "ACTIVE>ESCALATED", "ACTIVE>TRANSFERRED", "ACTIVE>CANCELLED");

  @Test
  @DisplayName("every transition outside the documented state machine is refused, every one inside allowed")
  void onlyDocumentedTransitions() {
    qt().forAll(arbitrary().enumValues(CaseStatus.class), arbitrary().enumValues(CaseStatus.class))
        .checkAssert((from, to) -> {
          boolean documented = DOCUMENTED.contains(from + ">" + to);
          assertEquals(documented, CaseLifecycle.allows(from, to));
          if (documented) {
            CaseLifecycle.requireAllowed(CaseId.random(), from, to);
          } else {
            assertThrows(ConflictException.class, () -> CaseLifecycle.requireAllowed(CaseId.random(), from, to));
          }
        });
  }

  @Test
  @DisplayName("closed cases go nowhere; the message says what the case may become instead")
  void closed() {
    for (CaseStatus s : CaseStatus.values()) {
      assertEquals(s.isClosed(), CaseLifecycle.next(s).isEmpty());
    }
    ConflictException e = assertThrows(ConflictException.class,
        () -> CaseLifecycle.requireAllowed(CaseId.random(), CaseStatus.PENDING, CaseStatus.COMPLETED));
    assertEquals(true, e.getMessage().contains("may become [ACTIVE, TRANSFERRED, CANCELLED]"), e.getMessage());
  }
}
