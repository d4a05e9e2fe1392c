package org.homewatch.model;

import java.util.UUID;

/**
 * Identifies a alert.
 *
 * @param value the UUID
 */
public record AlertId(UUID value) implements Comparable<AlertId> {
  /**
   * Refuses a null value.
   *
   * @param value the UUID
   */
  public AlertId {
    Checks.required(value, "value");
  }

  /**
   * A new random id (a version 4 UUID).
   *
   * @return the new id
   */
  public static AlertId random() {
    return new AlertId(UUID.randomUUID());
  }

  /**
   * Parses the canonical UUID text; anything else is a {@link org.homewatch.ValidationException}.
   *
   * @param text a UUID in its canonical form
   * @return the id
   * @throws org.homewatch.ValidationException if {@code text} is not a UUID
   */
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
