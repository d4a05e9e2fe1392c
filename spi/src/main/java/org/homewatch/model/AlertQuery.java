package org.homewatch.model;

import java.util.Set;

/**
 * Which alerts a queue wants, inside a jurisdiction scope. The queue is ordered worst first, then oldest first:
 * severity descending, opened-at ascending, id ascending.
 *
 * @param scope the unit whose alerts are wanted (and every unit below it)
 * @param statuses the statuses wanted; empty for all
 * @param kinds the kinds wanted; empty for all
 */
public record AlertQuery(JurisdictionPath scope, Set<AlertStatus> statuses, Set<AlertKind> kinds) {
  /**
   * Refuses a null scope; copies the sets.
   *
   * @param scope the unit whose alerts are wanted (and every unit below it)
   * @param statuses the statuses wanted
   * @param kinds the kinds wanted
   */
  public AlertQuery {
    Checks.required(scope, "scope");
    statuses = Checks.copyOfSet(statuses, "statuses");
    kinds = Checks.copyOfSet(kinds, "kinds");
  }

  /**
   * The nurse's queue: everything not yet resolved.
   *
   * @param scope the health station's or committee's unit
   * @return a query for its open and acknowledged alerts of every kind
   */
  public static AlertQuery active(JurisdictionPath scope) {
    return new AlertQuery(scope, Set.of(AlertStatus.OPEN, AlertStatus.ACKNOWLEDGED), Set.of());
  }

  /**
   * Whether the alert belongs to this queue.
   *
   * @param alert an alert
   * @return true if its responsible unit is in scope and its status and kind are wanted
   */
  public boolean matches(Alert alert) {
    return scope.contains(alert.responsibleUnit())
        && (statuses.isEmpty() || statuses.contains(alert.status()))
        && (kinds.isEmpty() || kinds.contains(alert.kind()));
  }
}
