package org.homewatch.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.homewatch.model.Assessment;
import org.homewatch.model.Declaration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ThreadSafetyTest {
  @Test
  @DisplayName("one compiled rule set judges from several threads at once exactly as from one")
  void sharedAcrossThreads() throws Exception {
    RuleSet rules = RuleSets.moh261();
    Random r = new Random(7);
    List<Declaration> declarations = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      declarations.add(Fixtures.declaration(Fixtures.vitals().spo2Percent(88 + r.nextInt(13))
          .respiratoryRatePerMinute(12 + r.nextInt(20)).temperatureCelsius(36 + r.nextInt(40) / 10.0).build(),
          r.nextInt(10) == 0 ? new String[] {"cough"} : new String[0]));
    }
    CaseFacts facts = Fixtures.aged(70);
    List<Assessment> expected = declarations.stream()
        .map(d -> rules.assess(d, facts, List.of(), Fixtures.NOW)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Assessment>>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        runs.add(pool.submit(() -> declarations.stream()
            .map(d -> rules.assess(d, facts, List.of(), Fixtures.NOW)).toList()));
      }
      for (Future<List<Assessment>> run : runs) {
        assertEquals(expected, run.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
