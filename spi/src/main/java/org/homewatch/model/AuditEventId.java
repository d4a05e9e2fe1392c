package org.homewatch.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an audit event.
 *
 * @param value the UUID
 */
public record AuditEventId(UUID value) implements Comparable<AuditEventId> {
  /**
   * Refuses a null value.
   *
   * @param value the UUID
   */
  public AuditEventId {
    Objects.requireNonNull(value, "value");
  }

  /**
   * A new random id (a version 4 UUID); {@link #timeOrdered} is preferred for new events.
   *
   * @return the new id
   */
  public static AuditEventId random() {
    return new AuditEventId(UUID.randomUUID());
  }

  /**
   * A new id that sorts by {@code occurredAt} to the millisecond (a version 7 UUID): the audit trail is appended
   * to on every declaration, and time-ordered ids keep its primary key index appending at one end.
   *
   * @param occurredAt when the event happened
   * @return the new id
   */
  public static AuditEventId timeOrdered(Instant occurredAt) {
    return new AuditEventId(Ids.timeOrdered(occurredAt));
  }

  /**
   * Parses the canonical UUID text; anything else is a {@link org.homewatch.ValidationException}.
   *
   * @param text a UUID in its canonical form
   * @return the id
   * @throws org.homewatch.ValidationException if {@code text} is not a UUID
   */
  public static AuditEventId parse(String text) {
    return new AuditEventId(Ids.parseUuid("AuditEventId", text));
  }

  @Override
  public int compareTo(AuditEventId other) {
    return Ids.compare(value, other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
