package org.homewatch.model;

import java.util.Optional;

/**
 * Which staff accounts to list: those whose scope lies inside {@code scope} (the unit itself and every unit below
 * it), optionally only those holding a role, only active or inactive ones, only those on or off duty. Served by
 * unit (the scope's key), then by id, keyset-paged.
 *
 * @param scope only accounts whose scope is this unit or a unit below it
 * @param role only accounts holding this role, or any
 * @param active only active ({@code true}) or deactivated ({@code false}) accounts, or both
 * @param onDuty only accounts on ({@code true}) or off ({@code false}) duty, or both
 */
public record AccountQuery(JurisdictionPath scope, Optional<Role> role, Optional<Boolean> active,
    Optional<Boolean> onDuty) {

  /**
   * Checks that every component is given.
   *
   * @param scope only accounts whose scope is this unit or a unit below it
   * @param role only accounts holding this role, or any
   * @param active only active or deactivated accounts, or both
   * @param onDuty only accounts on or off duty, or both
   */
  public AccountQuery {
    Checks.required(scope, "scope");
    Checks.required(role, "role");
    Checks.required(active, "active");
    Checks.required(onDuty, "onDuty");
  }

  /**
   * Every account inside {@code scope}.
   *
   * @param scope the unit whose accounts (its own and those below it) are wanted
   * @return the query
   */
  public static AccountQuery in(JurisdictionPath scope) {
    return new AccountQuery(scope, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * This query, only accounts holding {@code wanted}.
   *
   * @param wanted the role
   * @return a copy limited to that role
   */
  public AccountQuery withRole(Role wanted) {
    return new AccountQuery(scope, Optional.of(Checks.required(wanted, "role")), active, onDuty);
  }

  /**
   * This query, only active accounts ({@code true}) or only deactivated ones ({@code false}).
   *
   * @param isActive which
   * @return a copy limited to those
   */
  public AccountQuery active(boolean isActive) {
    return new AccountQuery(scope, role, Optional.of(isActive), onDuty);
  }

  /**
   * This query, only accounts on duty ({@code true}) or only those off duty ({@code false}).
   *
   * @param isOnDuty which
   * @return a copy limited to those
   */
  public AccountQuery onDuty(boolean isOnDuty) {
    return new AccountQuery(scope, role, active, Optional.of(isOnDuty));
  }

  /**
   * Whether an account answers this query.
   *
   * @param account an account
   * @return true if its scope lies inside the query's and its roles, activity and duty match
   */
  public boolean matches(Account account) {
    return scope.contains(account.scope())
        && role.map(account.roles()::contains).orElse(true)
        && active.map(a -> a == account.active()).orElse(true)
        && onDuty.map(d -> d == account.onDuty()).orElse(true);
  }
}
