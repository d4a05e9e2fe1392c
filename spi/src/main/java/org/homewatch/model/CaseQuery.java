package org.homewatch.model;

import java.util.Optional;
import java.util.Set;

/**
 * Which cases a line list wants, inside a jurisdiction scope. Empty sets mean "any".
 *
 * @param scope only cases whose responsible commune lies inside this unit
 * @param statuses only these statuses (empty: all)
 * @param minimumLatestSeverity only cases whose latest declaration was judged at least this
 */
public record CaseQuery(JurisdictionPath scope, Set<CaseStatus> statuses, Set<CaseCategory> categories,
    Optional<Severity> minimumLatestSeverity) {
  public CaseQuery {
    Checks.required(scope, "scope");
    Checks.required(minimumLatestSeverity, "minimumLatestSeverity");
    statuses = Checks.copyOfSet(statuses, "statuses");
    categories = Checks.copyOfSet(categories, "categories");
  }

  public static CaseQuery in(JurisdictionPath scope) {
    return new CaseQuery(scope, Set.of(), Set.of(), Optional.empty());
  }

  public CaseQuery withStatuses(CaseStatus... wanted) {
    return new CaseQuery(scope, Set.of(wanted), categories, minimumLatestSeverity);
  }

  public boolean matches(IsolationCase c) {
    return scope.contains(c.responsibleUnit())
        && (statuses.isEmpty() || statuses.contains(c.status()))
        && (categories.isEmpty() || categories.contains(c.category()))
        && minimumLatestSeverity.map(min -> c.monitoring().latestSeverity().isAtLeast(min)).orElse(true);
  }
}
