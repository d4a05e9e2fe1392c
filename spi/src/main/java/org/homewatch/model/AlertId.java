package org.homewatch.model;

import java.util.UUID;

/** Identifies a alert. */
public record AlertId(UUID value) implements Comparable<AlertId> {
  public AlertId {
    Checks.required(value, "value");
  }

  public static AlertId random() {
    return new AlertId(UUID.randomUUID());
  }

  /** Parses the canonical UUID text; anything else is a {@link org.homewatch.ValidationException}. */
  public static AlertId parse(String text) {
    return new AlertId(Ids.parseUuid("AlertId", text));
  }

  @Override
  public int compareTo(AlertId other) {
    return Ids.compare(value, other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
