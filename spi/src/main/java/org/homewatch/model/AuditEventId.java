package org.homewatch.model;

import java.util.Objects;
import java.util.UUID;

/** Identifies a audit event. */
public record AuditEventId(UUID value) implements Comparable<AuditEventId> {
  public AuditEventId {
    Objects.requireNonNull(value, "value");
  }

  public static AuditEventId random() {
    return new AuditEventId(UUID.randomUUID());
  }

  /** Parses the canonical UUID text; anything else is a {@link org.homewatch.ValidationException}. */
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
