package org.homewatch.model;

import java.util.Optional;
import java.util.Set;

/**
 * Who is acting: an account, its roles, and the jurisdiction it may act in (a commune for health-station staff,
 * a district or province for supervisors). Every public operation of core takes one and checks it first.
 *
 * @param person for a citizen, the person they are; they may act for that person's case and for cases whose
 *     household head they are
 */
public record Principal(AccountId account, Set<Role> roles, JurisdictionPath scope, Optional<PersonId> person) {
  public Principal {
    Checks.required(account, "account");
    Checks.required(scope, "scope");
    Checks.required(person, "person");
    roles = Checks.copyOfSet(roles, "roles");
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("a principal has at least one role");
    }
  }

  public static Principal staff(AccountId account, JurisdictionPath scope, Role... roles) {
    return new Principal(account, Set.of(roles), scope, Optional.empty());
  }

  public static Principal citizen(AccountId account, PersonId person, JurisdictionPath homeCommune) {
    return new Principal(account, Set.of(Role.CITIZEN), homeCommune, Optional.of(person));
  }

  /** Background work across a province (or a whole scheme's province, for a multi-province deployment). */
  public static Principal system(JurisdictionPath scope) {
    return new Principal(AccountId.SYSTEM, Set.of(Role.SYSTEM), scope, Optional.empty());
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean hasAny(Set<Role> wanted) {
    for (Role role : wanted) {
      if (roles.contains(role)) {
        return true;
      }
    }
    return false;
  }

  /** True if {@code unit} lies inside this principal's scope. */
  public boolean covers(JurisdictionPath unit) {
    return scope.contains(unit);
  }
}
