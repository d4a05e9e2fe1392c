package org.homewatch.model;

import java.util.Objects;
import java.util.UUID;

/** Identifies a notification waiting in the outbox. */
public record OutboxMessageId(UUID value) implements Comparable<OutboxMessageId> {
  public OutboxMessageId {
    Objects.requireNonNull(value, "value");
  }

  public static OutboxMessageId random() {
    return new OutboxMessageId(UUID.randomUUID());
  }

  /** Parses the canonical UUID text; anything else is a {@link org.homewatch.ValidationException}. */
  public static OutboxMessageId parse(String text) {
    return new OutboxMessageId(Ids.parseUuid("OutboxMessageId", text));
  }

  @Override
  public int compareTo(OutboxMessageId other) {
    return Ids.compare(value, other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
