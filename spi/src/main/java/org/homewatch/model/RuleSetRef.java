package org.homewatch.model;

import java.util.Objects;

/** Names the rule set (and its version) that judged a declaration, so the judgement can be explained later. */
public record RuleSetRef(String id, int version) {
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
