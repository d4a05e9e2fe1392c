package org.homewatch.core.access;

import java.util.EnumSet;
import java.util.Set;
import org.homewatch.model.Role;

/**
 * Every public operation of Homewatch and the roles allowed to call it. One table, so that who-may-do-what is
 * read in one place (SORMAS scattered it across services and got it wrong in some).
 */
public enum Operation {
  REGISTER_CASE(Role.ENROLLER, Role.MONITOR, Role.SUPERVISOR, Role.ADMINISTRATOR),
  /** Reading one case with its personal data in full. */
  READ_CASE(Role.CITIZEN, Role.ENROLLER, Role.MONITOR, Role.SUPERVISOR, Role.ADMINISTRATOR),
  /** Line lists of cases. */
  LIST_CASES(Role.MONITOR, Role.SUPERVISOR, Role.ADMINISTRATOR),
  CHANGE_CASE(Role.MONITOR, Role.SUPERVISOR, Role.ADMINISTRATOR),
  DECLARE(Role.CITIZEN, Role.MONITOR),
  /** Asking a person for an immediate check-in with location and presence evidence (VHD's surprise check). */
  REQUEST_SPOT_CHECK(Role.MONITOR, Role.SUPERVISOR),
  READ_DECLARATIONS(Role.CITIZEN, Role.MONITOR, Role.SUPERVISOR),
  READ_ALERTS(Role.MONITOR, Role.SUPERVISOR),
  HANDLE_ALERTS(Role.MONITOR, Role.SUPERVISOR),
  SUBMIT_FEEDBACK(Role.CITIZEN),
  HANDLE_FEEDBACK(Role.MONITOR, Role.SUPERVISOR),
  READ_REPORTS(Role.REPORT_VIEWER, Role.SUPERVISOR, Role.ADMINISTRATOR),
  READ_AUDIT(Role.SUPERVISOR, Role.ADMINISTRATOR),
  MANAGE_JURISDICTIONS(Role.ADMINISTRATOR),
  MANAGE_ACCOUNTS(Role.ADMINISTRATOR),
  /** Sweeps, escalation, outbox dispatch, retention. */
  RUN_BACKGROUND_WORK(Role.SYSTEM, Role.ADMINISTRATOR);

  private final Set<Role> allowed;

  Operation(Role first, Role... rest) {
    this.allowed = Set.copyOf(EnumSet.of(first, rest));
  }

  public Set<Role> allowedRoles() {
    return allowed;
  }
}
