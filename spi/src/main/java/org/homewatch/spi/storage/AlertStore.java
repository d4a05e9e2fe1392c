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

  /**
   * @param alert the new alert, normally at version 0
   * @throws org.homewatch.ConflictException if an alert with this id exists
   */
  void insert(Alert alert);

  /**
   * The alert with this id, in any status.
   *
   * @param id the alert's id
   * @return the alert, or empty if there is none
   */
  Optional<Alert> find(AlertId id);

  /**
   * The case's alert of this kind that is not resolved, if any (there is at most one).
   *
   * @param caseId the case
   * @param kind the kind of alert, e.g. missed declarations
   * @return the unresolved alert, or empty
   */
  Optional<Alert> findActive(CaseId caseId, AlertKind kind);

  /**
   * Every alert of a case, oldest first.
   *
   * @param caseId the case
   * @return the alerts, oldest first; empty if it has none
   */
  List<Alert> listForCase(CaseId caseId);

  /**
   * Replaces the stored alert if the stored version is {@code updated.version() - 1}.
   *
   * @param updated the alert with its version one above the stored one
   * @throws org.homewatch.ConflictException on a stale version
   * @throws org.homewatch.NotFoundException if there is no such alert
   */
  void update(Alert updated);

  /**
   * The queue: alerts matching the query, worst first (severity descending), then oldest (opened-at ascending),
   * then id ascending; keyset-paged.
   *
   * @param query the scope, statuses and kinds to list
   * @param page where to start and how many
   * @return one page of alerts and the cursor of the next
   */
  Page<Alert> list(AlertQuery query, PageRequest page);

  /**
   * Up to {@code limit} alerts still {@code OPEN} whose acknowledge-by deadline is at or before {@code now} and whose
   * responsible unit lies inside {@code scope}, earliest deadline first: the escalation work list of the node
   * working for {@code scope}. The scope is applied in the query, before the limit: a backlog outside the scope
   * must never hide an alert inside it (one province's backlog would otherwise starve another's escalations).
   *
   * @param scope the units this node works for
   * @param now the current time; deadlines at or before it are due
   * @param limit the most alerts to return, at least 1
   * @return the due alerts, earliest deadline first
   */
  List<Alert> dueForEscalation(JurisdictionPath scope, Instant now, int limit);

  /**
   * Up to {@code limit} alerts {@code ACKNOWLEDGED} whose deadline ({@link Alert#acknowledgeBy()}, which for an
   * acknowledged alert is its resolve-by time) is at or before {@code now} and whose responsible unit lies inside
   * {@code scope}, earliest deadline first: the follow-up work list of acknowledged alerts nobody resolved. Like
   * {@link #dueForEscalation}, the scope is applied before the limit.
   *
   * <p>Added after 0.1. The default walks the scope's acknowledged alerts through {@link #list} and is correct but
   * reads them all; a storage should answer from an index on (status, deadline) as it does for escalation.
   *
   * @param scope the units this node works for
   * @param now the current time; deadlines at or before it are due
   * @param limit the most alerts to return; 0 or less returns none
   * @return the due acknowledged alerts, earliest deadline first
   */
  default List<Alert> dueForResolutionFollowUp(JurisdictionPath scope, Instant now, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    AlertQuery acknowledged = new AlertQuery(scope, java.util.Set.of(org.homewatch.model.AlertStatus.ACKNOWLEDGED),
        java.util.Set.of());
    java.util.List<Alert> due = new java.util.ArrayList<>();
    PageRequest page = PageRequest.first(500);
    while (true) {
      Page<Alert> batch = list(acknowledged, page);
      for (Alert a : batch.items()) {
        if (!a.acknowledgeBy().isAfter(now)) {
          due.add(a);
        }
      }
      if (!batch.hasNext()) {
        break;
      }
      page = page.next(batch);
    }
    due.sort(java.util.Comparator.comparing(Alert::acknowledgeBy).thenComparing(a -> a.id().value()));
    return List.copyOf(due.subList(0, Math.min(limit, due.size())));
  }
}
