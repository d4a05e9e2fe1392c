package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.homewatch.core.rules.CaseFacts;
import org.homewatch.core.rules.RuleSet;
import org.homewatch.core.rules.RuleSets;
import org.homewatch.model.Assessment;
import org.homewatch.model.Declaration;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.RuleSetRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Core reads a case's history only for declarations the rule set says could fire a trend rule. */
class HistoryReadingTest {
  /** MoH 261, recording how much history each judgement was given. */
  private final List<Integer> historySizes = new ArrayList<>();
  private final RuleSet recording = new RuleSet() {
    private final RuleSet moh261 = RuleSets.moh261();

    @Override
    public RuleSetRef ref() {
      return moh261.ref();
    }

    @Override
    public Duration historyWindow() {
      return moh261.historyWindow();
    }

    @Override
    public boolean readsHistory(Declaration declaration, CaseFacts facts) {
      return moh261.readsHistory(declaration, facts);
    }

    @Override
    public Assessment assess(Declaration declaration, CaseFacts facts, List<Declaration> history, Instant at) {
      historySizes.add(history.size());
      return moh261.assess(declaration, facts, history, at);
    }
  };
  private final World world = new World(b -> b.ruleSet(recording));
  private final IsolationCase c = world.registerF2("Rơ Mah Hlinh", World.COMMUNE_A);

  @AfterEach
  void close() {
    world.close();
  }

  private void twoEarlierDeclarations() {
    for (int i = 0; i < 2; i++) {
      world.homewatch.declarations().submit(world.nurseA, world.declaration(c, World.spo2(99)));
      world.clock.advance(Duration.ofHours(6));
    }
    historySizes.clear();
  }

  @Test
  @DisplayName("one by one: SpO2 98 is judged without reading history, SpO2 97 (could be a drop) with it")
  void single() {
    twoEarlierDeclarations();
    world.homewatch.declarations().submit(world.nurseA, world.declaration(c, World.spo2(98)));
    world.clock.advance(Duration.ofMinutes(5));
    world.homewatch.declarations().submit(world.nurseA, world.declaration(c, World.spo2(97)));
    assertEquals(List.of(0, 3), historySizes);
  }

  @Test
  @DisplayName("in a batch: the same, and a declaration that needs history also sees the batch's earlier ones")
  void batch() {
    twoEarlierDeclarations();
    var first = world.declaration(c, World.spo2(98));
    world.clock.advance(Duration.ofMinutes(5));
    var second = world.declaration(c, World.spo2(97));
    world.clock.advance(Duration.ofMinutes(5));
    world.homewatch.declarations().submitAll(world.nurseA, List.of(first, second));
    assertEquals(List.of(0, 3), historySizes);
  }
}
