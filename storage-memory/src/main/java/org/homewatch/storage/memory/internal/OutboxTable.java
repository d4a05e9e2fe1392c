package org.homewatch.storage.memory.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.homewatch.ConflictException;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.OutboxMessageId;
import org.homewatch.spi.storage.OutboxMessage;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.spi.storage.FailedDeliveryStore;
import org.homewatch.spi.storage.OutboxStore;
import org.jspecify.annotations.Nullable;

/**
 * Outbox messages by id, pending ones by (next attempt, id), and a count per status. Leases are fields of the
 * message; since transactions run one at a time, "find free ones and mark them leased" cannot race. Leasing walks
 * the due messages in order and skips those outside the scope: the outbox holds what is due now, not history.
 */
final class OutboxTable implements OutboxStore, FailedDeliveryStore {
  private final Engine engine;
  private final Map<OutboxMessageId, OutboxMessage> byId = new HashMap<>();
  private final TreeMap<Keys.At<OutboxMessageId>, OutboxMessage> pendingByDue = new TreeMap<>();
  private final Map<OutboxMessage.Status, Long> counts = new EnumMap<>(OutboxMessage.Status.class);

  OutboxTable(Engine engine) {
    this.engine = engine;
  }

  @Override
  public void enqueue(OutboxMessage message) {
    engine.guard();
    if (byId.containsKey(message.id())) {
      throw new ConflictException("outbox message " + message.id() + " already exists");
    }
    add(message);
    engine.onRollback(() -> remove(message));
  }

  @Override
  public List<OutboxMessage> lease(String owner, JurisdictionPath scope, Instant now, Instant leaseUntil, int limit) {
    engine.guard();
    List<OutboxMessage> free = new ArrayList<>();
    for (OutboxMessage m : pendingByDue.headMap(Keys.outbox(now, Keys.HIGHEST), true).values()) {
      if (free.size() >= limit) {
        break;
      }
      if ((m.leaseUntil().isEmpty() || m.leaseUntil().get().isBefore(now)) && scope.contains(m.unit())) {
        free.add(m);
      }
    }
    List<OutboxMessage> leased = new ArrayList<>(free.size());
    for (OutboxMessage m : free) {
      OutboxMessage taken = m.leasedTo(owner, leaseUntil);
      replace(m, taken);
      leased.add(taken);
    }
    return leased;
  }

  @Override
  public boolean renew(OutboxMessageId id, String owner, int attempts, Instant now, Instant leaseUntil) {
    engine.guard();
    OutboxMessage m = byId.get(id);
    if (!heldBy(m, owner, attempts) || m.leaseUntil().orElseThrow().isBefore(now)) {
      return false;
    }
    replace(m, m.leasedTo(owner, leaseUntil));
    return true;
  }

  @Override
  public boolean complete(OutboxMessageId id, String owner, int attempts, OutboxMessage.Status status,
      Instant nextAttemptAt, Optional<String> error) {
    engine.guard();
    OutboxMessage m = byId.get(id);
    if (!heldBy(m, owner, attempts)) {
      return false;
    }
    replace(m, new OutboxMessage(m.id(), m.notification(), m.unit(), status, m.attempts() + 1, m.createdAt(),
        nextAttemptAt, Optional.empty(), Optional.empty(), error));
    return true;
  }

  private static boolean heldBy(@Nullable OutboxMessage m, String owner, int attempts) {
    return m != null && m.status() == OutboxMessage.Status.PENDING && m.leaseOwner().equals(Optional.of(owner))
        && m.attempts() == attempts;
  }

  @Override
  public Optional<OutboxMessage> find(OutboxMessageId id) {
    engine.guard();
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public long count(OutboxMessage.Status status) {
    engine.guard();
    return counts.getOrDefault(status, 0L);
  }

  @Override
  public Page<OutboxMessage> failed(JurisdictionPath scope, PageRequest page) {
    engine.guard();
    Optional<Keys.At<OutboxMessageId>> after = page.after().map(cursor -> {
      String[] parts = Cursors.decode(cursor, 2);
      return new Keys.At<>(Cursors.instant(parts[0], cursor), new OutboxMessageId(Cursors.uuid(parts[1], cursor)));
    });
    // Failures are few and read by hand: a scan in order is enough for the memory storage.
    TreeMap<Keys.At<OutboxMessageId>, OutboxMessage> failed = new TreeMap<>();
    for (OutboxMessage m : byId.values()) {
      Keys.At<OutboxMessageId> key = new Keys.At<>(m.createdAt(), m.id());
      if (m.status() == OutboxMessage.Status.FAILED && scope.contains(m.unit())
          && (after.isEmpty() || key.compareTo(after.get()) > 0)) {
        failed.put(key, m);
      }
    }
    List<OutboxMessage> items = new ArrayList<>();
    for (OutboxMessage m : failed.values()) {
      if (items.size() == page.limit()) {
        OutboxMessage last = items.get(items.size() - 1);
        return new Page<>(items, Optional.of(Cursors.encode(last.createdAt(), last.id().value())));
      }
      items.add(m);
    }
    return Page.last(items);
  }

  @Override
  public boolean requeue(OutboxMessageId id, Instant now) {
    engine.guard();
    OutboxMessage m = byId.get(id);
    if (m == null || m.status() != OutboxMessage.Status.FAILED) {
      return false;
    }
    replace(m, new OutboxMessage(m.id(), m.notification(), m.unit(), OutboxMessage.Status.PENDING, m.attempts(),
        m.createdAt(), now, Optional.empty(), Optional.empty(), m.lastError()));
    return true;
  }

  /**
   * Removes up to {@code limit} finished messages about units inside {@code scope} created before
   * {@code createdBefore}, oldest first (a scan: the memory storage holds a small deployment's outbox).
   */
  int removeFinished(JurisdictionPath scope, Instant createdBefore, int limit) {
    engine.guard();
    TreeMap<Keys.At<OutboxMessageId>, OutboxMessage> due = new TreeMap<>();
    for (OutboxMessage m : byId.values()) {
      if (m.status() != OutboxMessage.Status.PENDING && m.createdAt().isBefore(createdBefore)
          && scope.contains(m.unit())) {
        due.put(new Keys.At<>(m.createdAt(), m.id()), m);
      }
    }
    int removed = 0;
    for (OutboxMessage m : due.values()) {
      if (removed == limit) {
        break;
      }
      remove(m);
      engine.onRollback(() -> add(m));
      removed++;
    }
    return removed;
  }

  void clear() {
    byId.clear();
    pendingByDue.clear();
    counts.clear();
  }

  private void replace(OutboxMessage old, OutboxMessage updated) {
    remove(old);
    add(updated);
    engine.onRollback(() -> {
      remove(updated);
      add(old);
    });
  }

  private void add(OutboxMessage m) {
    byId.put(m.id(), m);
    if (m.status() == OutboxMessage.Status.PENDING) {
      pendingByDue.put(new Keys.At<>(m.nextAttemptAt(), m.id()), m);
    }
    counts.merge(m.status(), 1L, Long::sum);
  }

  private void remove(OutboxMessage m) {
    byId.remove(m.id());
    pendingByDue.remove(new Keys.At<>(m.nextAttemptAt(), m.id()));
    counts.merge(m.status(), -1L, Long::sum);
  }
}
