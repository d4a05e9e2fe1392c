package org.homewatch.storage.tck;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertId;
import org.homewatch.model.AlertKind;
import org.homewatch.model.AlertQuery;
import org.homewatch.model.CaseId;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.spi.storage.AlertStore;

/**
 * A storage's alert store with its overrides of the interface's default methods hidden, so that the contract can
 * check that the defaults (what a storage written before those methods gets) keep the same rules.
 */
final class DefaultMethodsAlertStore implements AlertStore {
  private final AlertStore store;

  DefaultMethodsAlertStore(AlertStore store) {
    this.store = store;
  }

  @Override
  public void insert(Alert alert) {
    store.insert(alert);
  }

  @Override
  public Optional<Alert> find(AlertId id) {
    return store.find(id);
  }

  @Override
  public Optional<Alert> findActive(CaseId caseId, AlertKind kind) {
    return store.findActive(caseId, kind);
  }

  @Override
  public List<Alert> listForCase(CaseId caseId) {
    return store.listForCase(caseId);
  }

  @Override
  public void update(Alert updated) {
    store.update(updated);
  }

  @Override
  public Page<Alert> list(AlertQuery query, PageRequest page) {
    return store.list(query, page);
  }

  @Override
  public List<Alert> dueForEscalation(JurisdictionPath scope, Instant now, int limit) {
    return store.dueForEscalation(scope, now, limit);
  }
}
