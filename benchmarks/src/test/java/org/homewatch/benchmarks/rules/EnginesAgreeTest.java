package org.homewatch.benchmarks.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.homewatch.core.rules.RuleSet;
import org.homewatch.core.rules.RuleSets;
import org.homewatch.model.Assessment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The benchmark compares like with like only if the three engines judge alike; this checks they do. */
class EnginesAgreeTest {
  @Test
  @DisplayName("the JSON set, the hand-written ifs and Drools give the same assessments on the benchmark's input")
  void sameJudgements() {
    Workload w = Workload.generate(20_000, 261);
    RuleSet json = RuleSets.moh261();
    Assessment[] drools = new Assessment[w.declarations.length];
    new DroolsMoh261().assess(w.declarations, w.facts, 0, w.declarations.length, Workload.AT, drools);
    int abnormal = 0;
    for (int i = 0; i < w.declarations.length; i++) {
      Assessment a = json.assess(w.declarations[i], w.facts[i], List.of(), Workload.AT);
      Assessment b = HandWrittenMoh261.assess(w.declarations[i], w.facts[i], Workload.AT);
      assertEquals(a.severity(), b.severity(), () -> "hand-written differs on " + a);
      assertEquals(new HashSet<>(a.findings()), new HashSet<>(b.findings()));
      assertEquals(a.severity(), drools[i].severity(), () -> "Drools differs on " + a);
      assertEquals(new HashSet<>(a.findings()), new HashSet<>(drools[i].findings()));
      abnormal += a.isNormal() ? 0 : 1;
    }
    // realistic: most declarations are normal, but enough fire for the comparison to mean something
    assertTrue(abnormal > 1_000 && abnormal < 10_000, abnormal + " of 20000 not normal");
  }
}
