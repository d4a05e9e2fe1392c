package org.homewatch.spi.storage;

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

/** Alerts. Case-scoped rows; the queue and escalation queries span cases. */
public interface AlertStore {

  /** @throws org.homewatch.ConflictException if an alert with this id exists */
  void insert(Alert alert);

  Optional<Alert> find(AlertId id);

  /** The case's alert of this kind that is not resolved, if any (there is at most one). */
  Optional<Alert> findActive(CaseId caseId, AlertKind kind);

  /** Every alert of a case, oldest first. */
  List<Alert> listForCase(CaseId caseId);

  /**
   * Replaces the stored alert if the stored version is {@code updated.version() - 1}.
   *
   * @throws org.homewatch.ConflictException on a stale version
   * @throws org.homewatch.NotFoundException if there is no such alert
   */
  void update(Alert updated);

  /**
   * The queue: alerts matching the query, worst first (severity descending), then oldest (opened-at ascending),
   * then id ascending; keyset-paged.
   */
  Page<Alert> list(AlertQuery query, PageRequest page);

  /**
   * Up to {@code limit} alerts still {@code OPEN} whose acknowledge-by deadline is at or before {@code now} and whose
   * responsible unit lies inside {@code scope}, earliest deadline first: the escalation work list of the node
   * working for {@code scope}. The scope is applied in the query, before the limit: a backlog outside the scope
   * must never hide an alert inside it (one province's backlog would otherwise starve another's escalations).
   */
  List<Alert> dueForEscalation(JurisdictionPath scope, Instant now, int limit);
}
