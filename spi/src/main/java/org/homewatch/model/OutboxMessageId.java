package org.homewatch.model;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a notification waiting in the outbox.
 *
 * @param value the UUID
 */
public record OutboxMessageId(UUID value) implements Comparable<OutboxMessageId> {
  /**
   * Refuses a null value.
   *
   * @param value the UUID
   */
  public OutboxMessageId {
    Objects.requireNonNull(value, "value");
  }

  /**
   * A new random id (a version 4 UUID).
   *
   * @return the new id
   */
  public static OutboxMessageId random() {
    return new OutboxMessageId(UUID.randomUUID());
  }

  /**
   * Parses the canonical UUID text; anything else is a {@link org.homewatch.ValidationException}.
   *
   * @param text a UUID in its canonical form
   * @return the id
   * @throws org.homewatch.ValidationException if {@code text} is not a UUID
   */
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
