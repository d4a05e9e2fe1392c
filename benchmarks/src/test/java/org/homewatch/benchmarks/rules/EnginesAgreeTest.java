package org.homewatch.benchmarks.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.homewatch.core.rules.DeclarationColumns;
import org.homewatch.core.rules.JsonRuleSet;
import org.homewatch.core.rules.Screening;
import org.homewatch.model.Finding;
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

  @Test
  @DisplayName("screening columns (by the JSON set and by hand) and Drools' fired rules give each declaration "
      + "assess's severity and fired rules")
  void screeningAgrees() {
    Workload w = Workload.generate(20_000, 261);
    JsonRuleSet json = RuleSets.moh261();
    DeclarationColumns columns = DeclarationColumns.of(Arrays.asList(w.declarations), Arrays.asList(w.facts));
    Screening screening = json.screen(columns);
    byte[] severity = new byte[columns.size()];
    long[] fired = new long[columns.size()];
    HandWrittenMoh261Columns.screen(columns, severity, fired);
    byte[] droolsSeverity = new byte[columns.size()];
    long[] droolsFired = new long[columns.size()];
    new DroolsMoh261FiredRules().screen(w.declarations, w.facts, 0, w.declarations.length, droolsSeverity,
        droolsFired);
    for (int i = 0; i < w.declarations.length; i++) {
      Assessment a = json.assess(w.declarations[i], w.facts[i], List.of(), Workload.AT);
      Set<String> ids = a.findings().stream().map(Finding::ruleId).collect(Collectors.toSet());
      int row = i;
      assertEquals(a.severity(), screening.severity(i), () -> "screening differs on " + a);
      assertEquals(a.findings(), screening.findings(i));
      assertEquals(a.severity().ordinal(), severity[i], () -> "hand-written screening differs on " + a);
      assertEquals(ids, IntStream.range(0, HandWrittenMoh261Columns.RULE_IDS.length)
          .filter(k -> (fired[row] & (1L << k)) != 0).mapToObj(k -> HandWrittenMoh261Columns.RULE_IDS[k])
          .collect(Collectors.toSet()), () -> "hand-written screening differs on " + a);
      assertEquals(severity[i], droolsSeverity[i], () -> "Drools' fired rules give another severity on " + a);
      assertEquals(fired[i], droolsFired[i], () -> "Drools fires other rules on " + a);
    }
  }
}
