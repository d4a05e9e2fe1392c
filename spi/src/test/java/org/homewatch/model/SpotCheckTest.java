package org.homewatch.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.homewatch.ConflictException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SpotCheckTest {
  private static final Instant T0 = Instant.parse("2021-08-16T01:00:00Z");
  private static final List<Function<SpotCheck, SpotCheck>> TRANSITIONS = List.of(
      c -> c.passed(DeclarationId.random(), T0.plusSeconds(60)),
      c -> c.failed(DeclarationId.random(), T0.plusSeconds(60)),
      c -> c.expired(T0.plusSeconds(1800)));

  private static SpotCheck requested() {
    return SpotCheck.requested(CaseId.random(), new AccountId("nurse-a"), T0, T0.plus(Duration.ofMinutes(30)));
  }

  @Test
  @DisplayName("each transition leaves REQUESTED once, adds 1 to the version and keeps the deadline it was asked with")
  void transitionsFromRequested() {
    SpotCheck asked = requested();
    List<SpotCheckState> reached = TRANSITIONS.stream().map(t -> t.apply(asked)).peek(settled -> {
      assertEquals(1, settled.version());
      assertEquals(asked.answerBy(), settled.answerBy());
      assertEquals(asked.id(), settled.id());
    }).map(SpotCheck::state).toList();
    assertEquals(List.of(SpotCheckState.PASSED, SpotCheckState.FAILED, SpotCheckState.EXPIRED), reached);
  }

  @Test
  @DisplayName("a settled spot check refuses every further transition (property)")
  void settledIsFinal() {
    qt().forAll(integers().between(0, TRANSITIONS.size() - 1), integers().between(0, TRANSITIONS.size() - 1))
        .checkAssert((first, second) -> {
          SpotCheck settled = TRANSITIONS.get(first).apply(requested());
          assertThrows(ConflictException.class, () -> TRANSITIONS.get(second).apply(settled));
        });
  }

  @Test
  @DisplayName("it is due from its deadline on, and only while REQUESTED")
  void dueFromDeadline() {
    SpotCheck asked = requested();
    qt().forAll(integers().between(-120, 120)).checkAssert(minutes -> {
      Instant now = asked.answerBy().plus(Duration.ofMinutes(minutes));
      assertEquals(minutes >= 0, asked.isDueAt(now));
      assertEquals(false, asked.expired(now).isDueAt(now));
    });
  }

  @Test
  @DisplayName("inconsistent records are refused: a deadline not after the request, evidence or settled-at that does "
      + "not fit the state")
  void consistency() {
    SpotCheck ok = requested();
    assertThrows(IllegalArgumentException.class, () -> new SpotCheck(ok.id(), ok.caseId(), ok.requestedBy(), T0, T0,
        SpotCheckState.REQUESTED, Optional.empty(), Optional.empty(), 0));
    assertThrows(IllegalArgumentException.class, () -> new SpotCheck(ok.id(), ok.caseId(), ok.requestedBy(), T0,
        ok.answerBy(), SpotCheckState.PASSED, Optional.of(T0), Optional.empty(), 1));
    assertThrows(IllegalArgumentException.class, () -> new SpotCheck(ok.id(), ok.caseId(), ok.requestedBy(), T0,
        ok.answerBy(), SpotCheckState.EXPIRED, Optional.of(T0), Optional.of(DeclarationId.random()), 1));
    assertThrows(IllegalArgumentException.class, () -> new SpotCheck(ok.id(), ok.caseId(), ok.requestedBy(), T0,
        ok.answerBy(), SpotCheckState.REQUESTED, Optional.of(T0), Optional.empty(), 0));
    assertThrows(IllegalArgumentException.class, () -> new SpotCheck(ok.id(), ok.caseId(), ok.requestedBy(), T0,
        ok.answerBy(), SpotCheckState.EXPIRED, Optional.empty(), Optional.empty(), 1));
  }
}
