package org.homewatch.core.access;

import java.util.Optional;
import org.homewatch.AccessDeniedException;
import org.homewatch.core.internal.Arguments;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.PersonId;
import org.homewatch.model.Principal;
import org.homewatch.model.Role;

/**
 * Checks a principal against an operation and a target unit. Stateless and thread-safe.
 *
 * <p>Staff may act on a unit inside their scope. A citizen may act only on their own case and on cases whose
 * household head they are, whatever their scope says.
 */
public final class AccessControl {

  /**
   * Fails unless the principal has a role allowed for {@code operation}. For operations with no single target
   * (background batches over the principal's own scope); the refusal names the principal's scope as its target.
   *
   * @param principal who acts
   * @param operation what it wants to do
   * @throws org.homewatch.AccessDeniedException if none of its roles is allowed
   */
  public void requireRole(Principal principal, Operation operation) {
    requireRole(Arguments.required(principal, "principal"), operation, principal.scope());
  }

  private static void requireRole(Principal principal, Operation operation, JurisdictionPath target) {
    Arguments.required(principal, "principal");
    if (!principal.hasAny(operation.allowedRoles())) {
      throw new AccessDeniedException(principal.account() + " with roles " + principal.roles() + " may not "
          + describe(operation) + " (needs one of " + operation.allowedRoles() + ")", target);
    }
  }

  /**
   * Fails unless the principal has an allowed role and {@code unit} lies inside its scope.
   *
   * @param principal who acts
   * @param operation what it wants to do
   * @param unit the unit it wants to do it in
   * @throws org.homewatch.AccessDeniedException if its roles or its scope do not allow it
   */
  public void require(Principal principal, Operation operation, JurisdictionPath unit) {
    requireRole(principal, operation, Arguments.required(unit, "scope"));
    if (onlyCitizen(principal)) {
      throw new AccessDeniedException(principal.account() + " may not " + describe(operation) + " for " + unit
          + ": a citizen acts only on their own case", unit);
    }
    if (!principal.covers(unit)) {
      throw new AccessDeniedException(principal.account() + " (scope " + principal.scope() + ") may not "
          + describe(operation) + " in " + unit + ", which is outside that scope", unit);
    }
  }

  /**
   * Fails unless the principal may do {@code operation} on this case (by scope, or as the person or household head).
   *
   * @param principal who acts
   * @param operation what it wants to do
   * @param isolationCase the case it wants to do it to
   * @throws org.homewatch.AccessDeniedException if its roles, scope or person do not allow it
   */
  public void require(Principal principal, Operation operation, IsolationCase isolationCase) {
    JurisdictionPath unit = isolationCase.responsibleUnit();
    requireRole(principal, operation, unit);
    if (principal.has(Role.CITIZEN) && actsForPerson(principal, isolationCase)) {
      return;
    }
    if (onlyCitizen(principal)) {
      throw new AccessDeniedException(principal.account() + " may not " + describe(operation) + " for case "
          + isolationCase.id() + ": it is neither their case nor one of their household", unit);
    }
    if (!principal.covers(unit)) {
      throw new AccessDeniedException(principal.account() + " (scope " + principal.scope() + ") may not "
          + describe(operation) + " for case " + isolationCase.id() + " of " + unit
          + ", which is outside that scope", unit);
    }
  }

  /**
   * True if the principal is the case's person or its household head.
   *
   * @param principal who acts
   * @param isolationCase the case
   * @return true if the principal is a citizen acting for their own household
   */
  public static boolean actsForPerson(Principal principal, IsolationCase isolationCase) {
    Optional<PersonId> person = principal.person();
    return person.isPresent()
        && (person.get().equals(isolationCase.person().id())
            || isolationCase.householdHead().map(person.get()::equals).orElse(false));
  }

  private static boolean onlyCitizen(Principal principal) {
    return principal.roles().size() == 1 && principal.has(Role.CITIZEN);
  }

  private static String describe(Operation operation) {
    return operation.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
