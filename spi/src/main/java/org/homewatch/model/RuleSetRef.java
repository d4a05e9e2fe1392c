package org.homewatch.model;

import java.util.Objects;

/**
 * Names the rule set (and its version) that judged a declaration, so the judgement can be explained later.
 *
 * @param id the rule set's id, e.g. {@code moh261}; not blank
 * @param version its version, from 1
 */
public record RuleSetRef(String id, int version) {
  /**
   * Refuses a blank id and a version below 1.
   *
   * @param id the rule set's id, e.g. {@code moh261}
   * @param version its version, from 1
   * @throws IllegalArgumentException if the id is blank or the version below 1
   */
  public RuleSetRef {
    Objects.requireNonNull(id, "id");
    if (id.isBlank() || version < 1) {
      throw new IllegalArgumentException("a rule set has a non-blank id and a version from 1, was " + id + " v" + version);
    }
  }

  @Override
  public String toString() {
    return id + "@" + version;
  }
}
