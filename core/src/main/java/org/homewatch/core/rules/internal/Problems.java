package org.homewatch.core.rules.internal;

import java.util.ArrayList;
import java.util.List;
import org.homewatch.ConfigurationException;

/**
 * Collects every problem of a rule-set file before failing, so a province engineer fixes them in one round. Each
 * problem names the JSON path; the exception names the file.
 */
public final class Problems {
  private final String source;
  private final List<String> problems = new ArrayList<>();

  public Problems(String source) {
    this.source = source;
  }

  public String source() {
    return source;
  }

  public void add(String path, String message) {
    problems.add(path + ": " + message);
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  public List<String> all() {
    return List.copyOf(problems);
  }

  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new ConfigurationException(describe(source, problems));
    }
  }

  static String describe(String source, List<String> problems) {
    StringBuilder b = new StringBuilder("rule set '").append(source).append("' is invalid (")
        .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems").append("):");
    for (String p : problems) {
      b.append("\n  - ").append(p);
    }
    return b.toString();
  }
}
