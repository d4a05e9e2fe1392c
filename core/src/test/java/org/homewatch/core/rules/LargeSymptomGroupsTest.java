package org.homewatch.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.homewatch.model.Evidence;
import org.homewatch.model.Severity;
import org.homewatch.model.Vitals;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LargeSymptomGroupsTest {
  @Test
  @DisplayName("a set naming more than 64 symptom codes, in groups of more than 10, still judges them all")
  void manyCodes() {
    String codes = IntStream.range(0, 70).mapToObj(i -> "\"code_" + i + "\"").collect(Collectors.joining(", "));
    JsonRuleSet rules = RuleSets.fromJson("many.json", """
        { "id": "many", "version": 1, "ageBands": [ { "id": "all", "fromYears": 0 } ],
          "symptomCodes": [%s],
          "rules": [ { "id": "two_of_many", "severity": "ABNORMAL", "message": "m",
                       "when": { "type": "symptoms", "atLeast": 2, "of": [%s] } } ] }
        """.formatted(codes, codes));
    var one = rules.assess(Fixtures.declaration(Vitals.NONE, "code_69"), Fixtures.adult(), List.of(), Fixtures.NOW);
    assertEquals(Severity.NORMAL, one.severity());
    var two = rules.assess(Fixtures.declaration(Vitals.NONE, "code_3", "code_69"), Fixtures.adult(), List.of(),
        Fixtures.NOW);
    assertEquals(Severity.ABNORMAL, two.severity());
    Evidence e = two.findings().get(0).evidence().get(0);
    assertEquals("code_3, code_69", e.observed());
    assertEquals("at least 2 of", e.operator());
  }
}
