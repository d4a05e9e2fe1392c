package org.homewatch.model;

import java.util.UUID;

/**
 * Identifies a person.
 *
 * @param value the UUID
 */
public record PersonId(UUID value) implements Comparable<PersonId> {
  /**
   * Refuses a null value.
   *
   * @param value the UUID
   */
  public PersonId {
    Checks.required(value, "value");
  }

  /**
   * A new random id (a version 4 UUID).
   *
   * @return the new id
   */
  public static PersonId random() {
    return new PersonId(UUID.randomUUID());
  }

  /**
   * Parses the canonical UUID text; anything else is a {@link org.homewatch.ValidationException}.
   *
   * @param text a UUID in its canonical form
   * @return the id
   * @throws org.homewatch.ValidationException if {@code text} is not a UUID
   */
  public static PersonId parse(String text) {
    return new PersonId(Ids.parseUuid("PersonId", text));
  }

  @Override
  public int compareTo(PersonId other) {
    return Ids.compare(value, other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
