package org.homewatch.model;

import java.util.UUID;

/** Identifies a isolation case. */
public record CaseId(UUID value) implements Comparable<CaseId> {
  public CaseId {
    Checks.required(value, "value");
  }

  public static CaseId random() {
    return new CaseId(UUID.randomUUID());
  }

  /** Parses the canonical UUID text; anything else is a {@link org.homewatch.ValidationException}. */
  public static CaseId parse(String text) {
    return new CaseId(Ids.parseUuid("CaseId", text));
  }

  @Override
  public int compareTo(CaseId other) {
    return Ids.compare(value, other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
