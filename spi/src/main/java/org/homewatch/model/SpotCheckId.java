package org.homewatch.model;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a spot check.
 *
 * @param value the UUID
 */
public record SpotCheckId(UUID value) implements Comparable<SpotCheckId> {
  /**
   * Refuses a null value.
   *
   * @param value the UUID
   */
  public SpotCheckId {
    Objects.requireNonNull(value, "value");
  }

  /**
   * A new random id (a version 4 UUID).
   *
   * @return the new id
   */
  public static SpotCheckId random() {
    return new SpotCheckId(UUID.randomUUID());
  }

  /**
   * Parses the canonical UUID text; anything else is a {@link org.homewatch.ValidationException}.
   *
   * @param text a UUID in its canonical form
   * @return the id
   * @throws org.homewatch.ValidationException if {@code text} is not a UUID
   */
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
