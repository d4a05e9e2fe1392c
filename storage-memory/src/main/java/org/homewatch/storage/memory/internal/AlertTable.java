package org.homewatch.storage.memory.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertId;
import org.homewatch.model.AlertKind;
import org.homewatch.model.AlertQuery;
import org.homewatch.model.AlertStatus;
import org.homewatch.model.CaseId;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Severity;
import org.homewatch.spi.storage.AlertStore;

/** Alerts by id, per case, in the queue order per (unit, status), open ones by acknowledge-by deadline, acknowledged ones by resolve-by deadline. */
final class AlertTable implements AlertStore {
  private final Engine engine;
  private final Map<AlertId, Alert> byId = new HashMap<>();
  private final Map<CaseId, List<AlertId>> byCase = new HashMap<>();
  private final ScopedIndex<AlertStatus, Keys.Queue, Alert> queue =
      ScopedIndex.byUnitAndWhole(Keys.Queue.ORDER, Alert::responsibleUnit);
  private final TreeMap<Keys.At<AlertId>, Alert> openByDeadline = new TreeMap<>();
  private final TreeMap<Keys.At<AlertId>, Alert> acknowledgedByDeadline = new TreeMap<>();

  AlertTable(Engine engine) {
    this.engine = engine;
  }

  @Override
  public void insert(Alert alert) {
    VersionedRows.insert(engine, byId, alert.id(), alert, "alert", this::add, this::remove);
  }

  @Override
  public Optional<Alert> find(AlertId id) {
    engine.guard();
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public Optional<Alert> findActive(CaseId caseId, AlertKind kind) {
    engine.guard();
    return ofCase(caseId).stream().filter(a -> a.kind() == kind && a.status().isActive()).findFirst();
  }

  @Override
  public List<Alert> listForCase(CaseId caseId) {
    engine.guard();
    return ofCase(caseId);
  }

  @Override
  public void update(Alert updated) {
    VersionedRows.update(engine, byId, updated.id(), updated, "alert", Alert::version, this::add, this::remove);
  }

  @Override
  public Page<Alert> list(AlertQuery query, PageRequest page) {
    engine.guard();
    Optional<Keys.Queue> after = page.after().map(cursor -> {
      String[] parts = Cursors.decode(cursor, 3);
      return new Keys.Queue(Cursors.constant(Severity.class, parts[0], cursor), Cursors.instant(parts[1], cursor),
          new AlertId(Cursors.uuid(parts[2], cursor)));
    });
    return queue.page(query.scope(),
        status -> query.statuses().isEmpty() || query.statuses().contains(status),
        group -> after.isPresent() ? group.tailMap(after.get(), false) : group,
        query::matches, page.limit(), key -> Cursors.encode(key.severity(), key.openedAt(), key.id()));
  }

  @Override
  public List<Alert> dueForEscalation(JurisdictionPath scope, Instant now, int limit) {
    engine.guard();
    return openByDeadline.headMap(Keys.alertDeadline(now, Keys.HIGHEST), true).values().stream()
        .filter(a -> scope.contains(a.responsibleUnit()))
        .limit(Math.max(0, limit))
        .toList();
  }

  @Override
  public List<Alert> dueForResolutionFollowUp(JurisdictionPath scope, Instant now, int limit) {
    engine.guard();
    return acknowledgedByDeadline.headMap(Keys.alertDeadline(now, Keys.HIGHEST), true).values().stream()
        .filter(a -> scope.contains(a.responsibleUnit()))
        .limit(Math.max(0, limit))
        .toList();
  }

  void clear() {
    byId.clear();
    byCase.clear();
    queue.clear();
    openByDeadline.clear();
    acknowledgedByDeadline.clear();
  }

  /** A case has a handful of alerts; sorting them on read is cheaper than keeping them sorted. */
  private List<Alert> ofCase(CaseId caseId) {
    return byCase.getOrDefault(caseId, List.of()).stream()
        .map(byId::get)
        .sorted(Comparator.comparing(Alert::openedAt).thenComparing(Alert::id))
        .toList();
  }

  private void add(Alert alert) {
    byId.put(alert.id(), alert);
    byCase.computeIfAbsent(alert.caseId(), c -> new ArrayList<>(2)).add(alert.id());
    queue.put(alert.responsibleUnit(), alert.status(), Keys.Queue.of(alert), alert);
    if (alert.status() == AlertStatus.OPEN) {
      openByDeadline.put(new Keys.At<>(alert.acknowledgeBy(), alert.id()), alert);
    } else if (alert.status() == AlertStatus.ACKNOWLEDGED) {
      acknowledgedByDeadline.put(new Keys.At<>(alert.acknowledgeBy(), alert.id()), alert);
    }
  }

  private void remove(Alert alert) {
    byId.remove(alert.id());
    List<AlertId> ofCase = byCase.get(alert.caseId());
    ofCase.remove(alert.id());
    if (ofCase.isEmpty()) {
      byCase.remove(alert.caseId());
    }
    queue.remove(alert.responsibleUnit(), alert.status(), Keys.Queue.of(alert));
    openByDeadline.remove(new Keys.At<>(alert.acknowledgeBy(), alert.id()));
    acknowledgedByDeadline.remove(new Keys.At<>(alert.acknowledgeBy(), alert.id()));
  }
}
