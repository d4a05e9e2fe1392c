package org.homewatch.model;

import java.util.Objects;
import java.util.UUID;

/** Identifies a spot check. */
public record SpotCheckId(UUID value) implements Comparable<SpotCheckId> {
  public SpotCheckId {
    Objects.requireNonNull(value, "value");
  }

  public static SpotCheckId random() {
    return new SpotCheckId(UUID.randomUUID());
  }

  /** Parses the canonical UUID text; anything else is a {@link org.homewatch.ValidationException}. */
  public static SpotCheckId parse(String text) {
    return new SpotCheckId(Ids.parseUuid("SpotCheckId", text));
  }

  @Override
  public int compareTo(SpotCheckId other) {
    return Ids.compare(value, other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
