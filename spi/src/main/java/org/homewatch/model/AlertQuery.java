package org.homewatch.model;

import java.util.Set;

/**
 * Which alerts a queue wants, inside a jurisdiction scope. The queue is ordered worst first, then oldest first:
 * severity descending, opened-at ascending, id ascending.
 */
public record AlertQuery(JurisdictionPath scope, Set<AlertStatus> statuses, Set<AlertKind> kinds) {
  public AlertQuery {
    Checks.required(scope, "scope");
    statuses = Checks.copyOfSet(statuses, "statuses");
    kinds = Checks.copyOfSet(kinds, "kinds");
  }

  /** The nurse's queue: everything not yet resolved. */
  public static AlertQuery active(JurisdictionPath scope) {
    return new AlertQuery(scope, Set.of(AlertStatus.OPEN, AlertStatus.ACKNOWLEDGED), Set.of());
  }

  public boolean matches(Alert alert) {
    return scope.contains(alert.responsibleUnit())
        && (statuses.isEmpty() || statuses.contains(alert.status()))
        && (kinds.isEmpty() || kinds.contains(alert.kind()));
  }
}
