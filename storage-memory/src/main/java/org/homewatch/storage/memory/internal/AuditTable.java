package org.homewatch.storage.memory.internal;

import java.time.Instant;
import java.util.Optional;
import org.homewatch.model.AuditEvent;
import org.homewatch.model.AuditEventId;
import org.homewatch.model.AuditQuery;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.spi.storage.AuditStore;

/** The audit trail per unit, oldest first (at, then id). Append-only: nothing here is ever replaced. */
final class AuditTable implements AuditStore {
  /** The audit trail has no status to partition by. */
  private enum Partition {
    ALL
  }

  private final Engine engine;
  private final ScopedIndex<Partition, Keys.At<AuditEventId>, AuditEvent> byUnit =
      ScopedIndex.byUnit(Keys.At::compareTo);

  AuditTable(Engine engine) {
    this.engine = engine;
  }

  @Override
  public void append(AuditEvent event) {
    engine.guard();
    Keys.At<AuditEventId> key = new Keys.At<>(event.at(), event.id());
    byUnit.put(event.unit(), Partition.ALL, key, event);
    engine.onRollback(() -> byUnit.remove(event.unit(), Partition.ALL, key));
  }

  @Override
  public Page<AuditEvent> list(JurisdictionPath scope, Instant since, PageRequest page) {
    engine.guard();
    Keys.At<AuditEventId> from = Keys.audit(since, Keys.LOWEST);
    Optional<Keys.At<AuditEventId>> after = page.after().map(cursor -> {
      String[] parts = Cursors.decode(cursor, 2);
      return Keys.audit(Cursors.instant(parts[0], cursor), Cursors.uuid(parts[1], cursor));
    });
    boolean afterCursor = after.isPresent() && after.get().compareTo(from) >= 0;
    return byUnit.page(scope, partition -> true,
        group -> afterCursor ? group.tailMap(after.get(), false) : group.tailMap(from, true),
        e -> true, page.limit(), key -> Cursors.encode(key.at(), key.id()));
  }

  /** The period is a window of each unit's events; actor and target are filtered while the page is merged. */
  @Override
  public Page<AuditEvent> query(AuditQuery query, PageRequest page) {
    engine.guard();
    Keys.At<AuditEventId> from = Keys.audit(query.from(), Keys.LOWEST);
    Keys.At<AuditEventId> to = Keys.audit(query.to(), Keys.LOWEST);
    Optional<Keys.At<AuditEventId>> after = page.after().map(cursor -> {
      String[] parts = Cursors.decode(cursor, 2);
      return Keys.audit(Cursors.instant(parts[0], cursor), Cursors.uuid(parts[1], cursor));
    });
    boolean afterCursor = after.isPresent() && after.get().compareTo(from) >= 0;
    if (afterCursor && after.get().compareTo(to) >= 0) {
      return Page.last(java.util.List.of());
    }
    return byUnit.page(query.scope(), partition -> true,
        group -> afterCursor ? group.subMap(after.get(), false, to, false) : group.subMap(from, true, to, false),
        query::matches, page.limit(), key -> Cursors.encode(key.at(), key.id()));
  }

  /**
   * Removes up to {@code limit} events of units inside {@code scope} recorded before {@code before}, oldest first,
   * except those whose action starts with {@code keptActionPrefix}.
   */
  int removeBefore(JurisdictionPath scope, Instant before, String keptActionPrefix, int limit) {
    engine.guard();
    java.util.List<AuditEvent> removed = new java.util.ArrayList<>();
    PageRequest page = PageRequest.first(Math.min(PageRequest.MAX_LIMIT, Math.max(1, limit)));
    while (removed.size() < limit) {
      Page<AuditEvent> read = list(scope, Instant.EPOCH.minusSeconds(1L << 40), page);
      boolean past = false;
      for (AuditEvent e : read.items()) {
        if (!e.at().isBefore(before)) {
          past = true;
          break;
        }
        if (!e.action().startsWith(keptActionPrefix) && removed.size() < limit) {
          removed.add(e);
        }
      }
      if (past || !read.hasNext() || removed.size() >= limit) {
        break;
      }
      page = page.next(read);
    }
    for (AuditEvent e : removed) {
      Keys.At<AuditEventId> key = new Keys.At<>(e.at(), e.id());
      byUnit.remove(e.unit(), Partition.ALL, key);
      engine.onRollback(() -> byUnit.put(e.unit(), Partition.ALL, key, e));
    }
    return removed.size();
  }

  void clear() {
    byUnit.clear();
  }
}
