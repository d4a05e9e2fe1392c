package org.homewatch.core.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.homewatch.model.Assessment;
import org.homewatch.model.Declaration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AllocationTest {
  @Test
  @DisplayName("judging a normal declaration allocates nothing but the assessment it returns")
  void normalDeclarationAllocatesOnlyItsResult() {
    var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    RuleSet rules = RuleSets.moh261();
    Declaration d = Fixtures.declaration(Fixtures.vitals().temperatureCelsius(36.8).spo2Percent(98)
        .respiratoryRatePerMinute(16).pulsePerMinute(80).bloodPressure(120, 80).build());
    CaseFacts facts = Fixtures.adult();
    List<Declaration> history = List.of(Fixtures.declaration(Fixtures.daysAgo(1, 8), Fixtures.vitals()
        .temperatureCelsius(37).spo2Percent(98).build()));
    int n = 20_000;
    Object sink = null;
    for (int i = 0; i < n; i++) {
      sink = rules.assess(d, facts, history, Fixtures.NOW);
    }
    long tid = Thread.currentThread().getId();
    long before = bean.getThreadAllocatedBytes(tid);
    for (int i = 0; i < n; i++) {
      sink = rules.assess(d, facts, history, Fixtures.NOW);
    }
    long perCall = (bean.getThreadAllocatedBytes(tid) - before) / n;
    assertTrue(((Assessment) sink).isNormal());
    // an Assessment is 40 bytes with compressed oops (48 without); interpreted code may not yet have eliminated
    // nothing else, so any per-call garbage (an iterator, a boxed number, a lambda) would show up above this
    assertTrue(perCall <= 48, "allocated " + perCall + " bytes per normal declaration");
  }
}
