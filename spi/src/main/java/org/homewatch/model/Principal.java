package org.homewatch.model;

import java.util.Optional;
import java.util.Set;

/**
 * Who is acting: an account, its roles, and the jurisdiction it may act in (a commune for health-station staff,
 * a district or province for supervisors). Every public operation of core takes one and checks it first.
 *
 * @param account the acting account
 * @param roles what it may do; at least one
 * @param scope the unit it may act in
 * @param person for a citizen, the person they are; they may act for that person's case and for cases whose
 *     household head they are
 */
public record Principal(AccountId account, Set<Role> roles, JurisdictionPath scope, Optional<PersonId> person) {
  /**
   * Refuses a principal with no role; copies the roles.
   *
   * @param account the acting account
   * @param roles what it may do
   * @param scope the unit it may act in
   * @param person for a citizen, the person they are
   * @throws IllegalArgumentException if there is no role
   */
  public Principal {
    Checks.required(account, "account");
    Checks.required(scope, "scope");
    Checks.required(person, "person");
    roles = Checks.copyOfSet(roles, "roles");
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("a principal has at least one role");
    }
  }

  /**
   * A staff member acting in {@code scope}.
   *
   * @param account the staff account
   * @param scope the commune, district or province it works over
   * @param roles its roles, at least one
   * @return the principal
   */
  public static Principal staff(AccountId account, JurisdictionPath scope, Role... roles) {
    return new Principal(account, Set.of(roles), scope, Optional.empty());
  }

  /**
   * A citizen acting for their own person.
   *
   * @param account the citizen's account
   * @param person the person they are
   * @param homeCommune the commune of their home, their scope
   * @return the principal
   */
  public static Principal citizen(AccountId account, PersonId person, JurisdictionPath homeCommune) {
    return new Principal(account, Set.of(Role.CITIZEN), homeCommune, Optional.of(person));
  }

  /**
   * Background work across a province (or a whole scheme's province, for a multi-province deployment).
   *
   * @param scope the province or national path the work covers
   * @return the system principal
   */
  public static Principal system(JurisdictionPath scope) {
    return new Principal(AccountId.SYSTEM, Set.of(Role.SYSTEM), scope, Optional.empty());
  }

  /**
   * Whether the principal has {@code role}.
   *
   * @param role a role
   * @return true if it has it
   */
  public boolean has(Role role) {
    return roles.contains(role);
  }

  /**
   * Whether the principal has one of {@code wanted}.
   *
   * @param wanted the roles that would do
   * @return true if it has at least one
   */
  public boolean hasAny(Set<Role> wanted) {
    for (Role role : wanted) {
      if (roles.contains(role)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True if {@code unit} lies inside this principal's scope.
   *
   * @param unit a unit
   * @return true if the unit is in scope
   */
  public boolean covers(JurisdictionPath unit) {
    return scope.contains(unit);
  }
}
