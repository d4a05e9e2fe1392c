package org.homewatch.model;

import java.util.UUID;

/**
 * Identifies a feedback item (phản ánh).
 *
 * @param value the UUID
 */
public record FeedbackId(UUID value) implements Comparable<FeedbackId> {
  /**
   * Refuses a null value.
   *
   * @param value the UUID
   */
  public FeedbackId {
    Checks.required(value, "value");
  }

  /**
   * A new random id (a version 4 UUID).
   *
   * @return the new id
   */
  public static FeedbackId random() {
    return new FeedbackId(UUID.randomUUID());
  }

  /**
   * Parses the canonical UUID text; anything else is a {@link org.homewatch.ValidationException}.
   *
   * @param text a UUID in its canonical form
   * @return the id
   * @throws org.homewatch.ValidationException if {@code text} is not a UUID
   */
  public static FeedbackId parse(String text) {
    return new FeedbackId(Ids.parseUuid("FeedbackId", text));
  }

  @Override
  public int compareTo(FeedbackId other) {
    return Ids.compare(value, other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
