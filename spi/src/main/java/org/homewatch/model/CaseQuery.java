package org.homewatch.model;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Which cases a line list wants, inside a jurisdiction scope. Empty sets and empty optionals mean "any".
 *
 * <p>Two filters are in the staff's words and are resolved by core before a query reaches a store, because they
 * need the clock and the monitoring policy: {@code declaredToday} becomes a bound on the last declaration
 * ({@code lastDeclaredFrom} or {@code lastDeclaredBefore} at the start of today), and {@code minimumMissedInARow}
 * is checked by core on each case the store returns. A store reads every other component.
 *
 * @param scope only cases whose responsible commune lies inside this unit
 * @param statuses only these statuses (empty: all)
 * @param categories only these categories (empty: all)
 * @param minimumLatestSeverity only cases whose latest declaration was judged at least this
 * @param search only cases whose person is found by this search (name, phone or national id)
 * @param declaredToday only cases that declared (true) or did not declare (false) since the start of today
 * @param minimumMissedInARow only cases whose consecutive missed slots are at least this (0: any)
 * @param lastDeclaredFrom for stores: only cases whose last declaration was observed at or after this
 * @param lastDeclaredBefore for stores: only cases that never declared or whose last declaration was before this
 */
public record CaseQuery(JurisdictionPath scope, Set<CaseStatus> statuses, Set<CaseCategory> categories,
    Optional<Severity> minimumLatestSeverity, Optional<CaseSearch> search, Optional<Boolean> declaredToday,
    int minimumMissedInARow, Optional<Instant> lastDeclaredFrom, Optional<Instant> lastDeclaredBefore) {
  /** The most consecutive missed slots a query may ask for (a month of four slots a day). */
  public static final int MAX_MISSED_IN_A_ROW = 120;

  /**
   * Validates the range of {@code minimumMissedInARow}; copies the sets.
   *
   * @param scope only cases whose responsible commune lies inside this unit
   * @param statuses only these statuses (empty: all)
   * @param categories only these categories (empty: all)
   * @param minimumLatestSeverity only cases whose latest declaration was judged at least this
   * @param search only cases whose person is found by this search (name, phone or national id)
   * @param declaredToday only cases that declared (true) or did not declare (false) since the start of today
   * @param minimumMissedInARow only cases whose consecutive missed slots are at least this (0: any)
   * @param lastDeclaredFrom for stores: only cases whose last declaration was observed at or after this
   * @param lastDeclaredBefore for stores: only cases that never declared or whose last declaration was before this
   * @throws org.homewatch.ValidationException if {@code minimumMissedInARow} is outside 0 to {@value
   *     #MAX_MISSED_IN_A_ROW}
   */
  public CaseQuery {
    Checks.required(scope, "scope");
    Checks.required(minimumLatestSeverity, "minimumLatestSeverity");
    Checks.required(search, "search");
    Checks.required(declaredToday, "declaredToday");
    Checks.required(lastDeclaredFrom, "lastDeclaredFrom");
    Checks.required(lastDeclaredBefore, "lastDeclaredBefore");
    statuses = Checks.copyOfSet(statuses, "statuses");
    categories = Checks.copyOfSet(categories, "categories");
    new Checks().require(minimumMissedInARow >= 0 && minimumMissedInARow <= MAX_MISSED_IN_A_ROW,
        "minimumMissedInARow", "homewatch.validation.range",
        "minimumMissedInARow must be from 0 to " + MAX_MISSED_IN_A_ROW + ", was " + minimumMissedInARow)
        .throwIfAny();
  }

  /**
   * The query of the first line lists: scope, statuses, categories and latest severity.
   *
   * @param scope only cases whose responsible commune lies inside this unit
   * @param statuses only these statuses (empty: all)
   * @param categories only these categories (empty: all)
   * @param minimumLatestSeverity only cases whose latest declaration was judged at least this
   */
  public CaseQuery(JurisdictionPath scope, Set<CaseStatus> statuses, Set<CaseCategory> categories,
      Optional<Severity> minimumLatestSeverity) {
    this(scope, statuses, categories, minimumLatestSeverity, Optional.empty(), Optional.empty(), 0, Optional.empty(),
        Optional.empty());
  }

  /**
   * Every case in {@code scope}, of any status and category.
   *
   * @param scope the unit whose cases are wanted
   * @return the query
   */
  public static CaseQuery in(JurisdictionPath scope) {
    return new CaseQuery(scope, Set.of(), Set.of(), Optional.empty());
  }

  /**
   * This query, only cases in one of {@code wanted}.
   *
   * @param wanted the statuses wanted; none means all
   * @return a copy with these statuses
   */
  public CaseQuery withStatuses(CaseStatus... wanted) {
    return new CaseQuery(scope, Set.of(wanted), categories, minimumLatestSeverity, search, declaredToday,
        minimumMissedInARow, lastDeclaredFrom, lastDeclaredBefore);
  }

  /**
   * This query, only cases of one of {@code wanted}.
   *
   * @param wanted the categories wanted; none means all
   * @return a copy with these categories
   */
  public CaseQuery withCategories(CaseCategory... wanted) {
    return new CaseQuery(scope, statuses, Set.of(wanted), minimumLatestSeverity, search, declaredToday,
        minimumMissedInARow, lastDeclaredFrom, lastDeclaredBefore);
  }

  /**
   * This query, only cases whose latest declaration was judged at least {@code minimum}.
   *
   * @param minimum the least severity
   * @return a copy with this bound
   */
  public CaseQuery withMinimumLatestSeverity(Severity minimum) {
    return new CaseQuery(scope, statuses, categories, Optional.of(minimum), search, declaredToday,
        minimumMissedInARow, lastDeclaredFrom, lastDeclaredBefore);
  }

  /**
   * Only the people this text finds: a phone number, a national id or a name (see {@link CaseSearch#parse}).
   *
   * @param text what staff typed
   * @return a copy with this search
   * @throws org.homewatch.ValidationException on {@code search} for a text over {@value CaseSearch#MAX_LENGTH}
   *     characters, a blank one, or a number that is neither a phone number nor a national id
   */
  public CaseQuery searching(String text) {
    return new CaseQuery(scope, statuses, categories, minimumLatestSeverity, Optional.of(CaseSearch.parse(text)),
        declaredToday, minimumMissedInARow, lastDeclaredFrom, lastDeclaredBefore);
  }

  /**
   * Only cases that declared since the start of today ({@code true}) or did not ({@code false}).
   *
   * @param declared true for cases that declared today, false for those that did not
   * @return a copy with this filter
   */
  public CaseQuery declaredToday(boolean declared) {
    return new CaseQuery(scope, statuses, categories, minimumLatestSeverity, search, Optional.of(declared),
        minimumMissedInARow, lastDeclaredFrom, lastDeclaredBefore);
  }

  /**
   * Only cases with at least {@code slots} consecutive missed slots.
   *
   * @param slots the least number of consecutive missed slots, 0 to {@value #MAX_MISSED_IN_A_ROW}
   * @return a copy with this filter
   * @throws org.homewatch.ValidationException if {@code slots} is out of range
   */
  public CaseQuery missedInARowAtLeast(int slots) {
    return new CaseQuery(scope, statuses, categories, minimumLatestSeverity, search, declaredToday, slots,
        lastDeclaredFrom, lastDeclaredBefore);
  }

  /**
   * This query with bounds on the last declaration, for a store (core sets them).
   *
   * @param from the last declaration at or after this, if given
   * @param before the last declaration before this (or none), if given
   * @return a copy with these bounds
   */
  public CaseQuery withLastDeclared(Optional<Instant> from, Optional<Instant> before) {
    return new CaseQuery(scope, statuses, categories, minimumLatestSeverity, search, declaredToday,
        minimumMissedInARow, from, before);
  }

  /**
   * Whether a store's query returns this case: every component a store reads.
   *
   * @param c a case
   * @return true if the case matches every component a store reads
   */
  public boolean matches(IsolationCase c) {
    Optional<Instant> last = c.monitoring().lastDeclaredAt();
    return scope.contains(c.responsibleUnit())
        && (statuses.isEmpty() || statuses.contains(c.status()))
        && (categories.isEmpty() || categories.contains(c.category()))
        && minimumLatestSeverity.map(min -> c.monitoring().latestSeverity().isAtLeast(min)).orElse(true)
        && search.map(s -> s.matches(c.person())).orElse(true)
        && lastDeclaredFrom.map(from -> last.map(at -> !at.isBefore(from)).orElse(false)).orElse(true)
        && lastDeclaredBefore.map(before -> last.map(at -> at.isBefore(before)).orElse(true)).orElse(true);
  }
}
