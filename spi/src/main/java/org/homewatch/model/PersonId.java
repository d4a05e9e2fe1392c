package org.homewatch.model;

import java.util.UUID;

/** Identifies a person. */
public record PersonId(UUID value) implements Comparable<PersonId> {
  public PersonId {
    Checks.required(value, "value");
  }

  public static PersonId random() {
    return new PersonId(UUID.randomUUID());
  }

  /** Parses the canonical UUID text; anything else is a {@link org.homewatch.ValidationException}. */
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
