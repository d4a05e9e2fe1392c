package org.homewatch.model;

import java.util.UUID;

/**
 * Identifies a isolation case.
 *
 * @param value the UUID
 */
public record CaseId(UUID value) implements Comparable<CaseId> {
  /**
   * Refuses a null value.
   *
   * @param value the UUID
   */
  public CaseId {
    Checks.required(value, "value");
  }

  /**
   * A new random id (a version 4 UUID), for a case being registered.
   *
   * @return the new id
   */
  public static CaseId random() {
    return new CaseId(UUID.randomUUID());
  }

  /**
   * Parses the canonical UUID text; anything else is a {@link org.homewatch.ValidationException}.
   *
   * @param text a UUID in its canonical form
   * @return the id
   * @throws org.homewatch.ValidationException if {@code text} is not a UUID
   */
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
