package org.homewatch.storage.memory.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertId;
import org.homewatch.model.AuditEventId;
import org.homewatch.model.DeclarationId;
import org.homewatch.model.FeedbackId;
import org.homewatch.model.OutboxMessageId;
import org.homewatch.model.Severity;

/**
 * The sort keys of the indexes. Ids break ties, so every key is unique; ids compare as their canonical text sorts
 * (the model's {@code compareTo}), so the lowest and highest UUIDs bound a range at one instant.
 */
final class Keys {
  static final UUID LOWEST = new UUID(0L, 0L);
  static final UUID HIGHEST = new UUID(-1L, -1L);

  private Keys() {}

  /** A point in time and an id: declarations by observation, outbox by due time, feedback and audit by time. */
  record At<I extends Comparable<I>>(Instant at, I id) implements Comparable<At<I>> {
    @Override
    public int compareTo(At<I> other) {
      int c = at.compareTo(other.at);
      return c != 0 ? c : id.compareTo(other.id);
    }
  }

  static At<DeclarationId> declaration(Instant at, UUID id) {
    return new At<>(at, new DeclarationId(id));
  }

  static At<OutboxMessageId> outbox(Instant at, UUID id) {
    return new At<>(at, new OutboxMessageId(id));
  }

  static At<FeedbackId> feedback(Instant at, UUID id) {
    return new At<>(at, new FeedbackId(id));
  }

  static At<AuditEventId> audit(Instant at, UUID id) {
    return new At<>(at, new AuditEventId(id));
  }

  static At<AlertId> alertDeadline(Instant at, UUID id) {
    return new At<>(at, new AlertId(id));
  }

  /** The alert queue's order: worst first, then oldest, then id. */
  record Queue(Severity severity, Instant openedAt, AlertId id) {
    static final Comparator<Queue> ORDER = Comparator.comparing(Queue::severity, Comparator.reverseOrder())
        .thenComparing(Queue::openedAt)
        .thenComparing(Queue::id);

    static Queue of(Alert alert) {
      return new Queue(alert.severity(), alert.openedAt(), alert.id());
    }
  }
}
