package org.homewatch.rules.testkit;

import java.util.List;
import java.util.Objects;

/**
 * What the verifier found in one rule set: nothing, or every problem at once.
 *
 * @param ruleSet the rule set's name: its file, or id and version
 * @param problems every problem found, in the order of the checks
 */
public record VerificationReport(String ruleSet, List<Problem> problems) {
  /**
   * Refuses a null name; copies the problems.
   *
   * @param ruleSet the rule set's name: its file, or id and version
   * @param problems every problem found, in the order of the checks
   */
  public VerificationReport {
    Objects.requireNonNull(ruleSet, "ruleSet");
    problems = List.copyOf(problems);
  }

  /**
   * Whether no problem was found.
   *
   * @return true if there is none
   */
  public boolean isValid() {
    return problems.isEmpty();
  }

  /**
   * The problems one check found.
   *
   * @param check the check
   * @return its problems, possibly none
   */
  public List<Problem> problems(Problem.Check check) {
    return problems.stream().filter(p -> p.check() == check).toList();
  }

  /** Fails (for JUnit, any test framework) with every problem listed, or returns quietly. */
  public void assertValid() {
    if (!problems.isEmpty()) {
      throw new AssertionError(describe());
    }
  }

  /**
   * A readable account: the rule set's name and each problem on its own line.
   *
   * @return the description
   */
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
