package org.homewatch.rules.testkit;

import java.util.List;
import java.util.Objects;

/** What the verifier found in one rule set: nothing, or every problem at once. */
public record VerificationReport(String ruleSet, List<Problem> problems) {
  public VerificationReport {
    Objects.requireNonNull(ruleSet, "ruleSet");
    problems = List.copyOf(problems);
  }

  public boolean isValid() {
    return problems.isEmpty();
  }

  public List<Problem> problems(Problem.Check check) {
    return problems.stream().filter(p -> p.check() == check).toList();
  }

  /** Fails (for JUnit, any test framework) with every problem listed, or returns quietly. */
  public void assertValid() {
    if (!problems.isEmpty()) {
      throw new AssertionError(describe());
    }
  }

  public String describe() {
    if (problems.isEmpty()) {
      return "rule set " + ruleSet + ": no problems";
    }
    StringBuilder b = new StringBuilder("rule set ").append(ruleSet).append(" has ").append(problems.size())
        .append(problems.size() == 1 ? " problem:" : " problems:");
    for (Problem p : problems) {
      b.append("\n  - ").append(p);
    }
    return b.toString();
  }
}
