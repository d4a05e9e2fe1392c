package org.homewatch.model;

import java.util.UUID;

/** Identifies a feedback item (phản ánh). */
public record FeedbackId(UUID value) implements Comparable<FeedbackId> {
  public FeedbackId {
    Checks.required(value, "value");
  }

  public static FeedbackId random() {
    return new FeedbackId(UUID.randomUUID());
  }

  /** Parses the canonical UUID text; anything else is a {@link org.homewatch.ValidationException}. */
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
