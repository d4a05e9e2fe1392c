package org.homewatch.core.access;

import java.util.EnumSet;
import java.util.Set;
import org.homewatch.model.Role;

/**
 * Every public operation of Homewatch, the roles allowed to call it, and the action its audit events (and its
 * refusals) are recorded under. One table, so that who-may-do-what and what-the-audit-calls-it are read in one place
 * (SORMAS scattered both across services and got them wrong in some). The action names are stored in audit
 * records: they never change once released.
 *
 * <p>Audit events that are not an operation of their own but a consequence of one (an alert opened by a
 * declaration, a case flagged for review by the completion batch, a refusal) keep their own names where they are
 * written.
 */
public enum Operation {
  REGISTER_CASE("case.register", Role.ENROLLER, Role.MONITOR, Role.SUPERVISOR, Role.ADMINISTRATOR),
  /** Reading one case with its personal data in full. */
  READ_CASE("case.read", Role.CITIZEN, Role.ENROLLER, Role.MONITOR, Role.SUPERVISOR, Role.ADMINISTRATOR),
  /** Line lists of cases. */
  LIST_CASES("case.list", Role.MONITOR, Role.SUPERVISOR, Role.ADMINISTRATOR),
  CHANGE_CASE_PERIOD("case.period", Role.MONITOR, Role.SUPERVISOR, Role.ADMINISTRATOR),
  TRANSFER_CASE("case.transfer", Role.MONITOR, Role.SUPERVISOR, Role.ADMINISTRATOR),
  /** To a hospital or facility. */
  ESCALATE_CASE("case.escalated", Role.MONITOR, Role.SUPERVISOR, Role.ADMINISTRATOR),
  CANCEL_CASE("case.cancelled", Role.MONITOR, Role.SUPERVISOR, Role.ADMINISTRATOR),
  /** By hand, after review. */
  COMPLETE_CASE("case.completed", Role.MONITOR, Role.SUPERVISOR, Role.ADMINISTRATOR),
  /** One declaration. */
  DECLARE("declaration.submit", Role.CITIZEN, Role.MONITOR),
  /** A batch of declarations in one transaction. */
  DECLARE_BATCH("declaration.submitAll", Role.CITIZEN, Role.MONITOR),
  /** Asking a person for an immediate check-in with location and presence evidence (VHD's surprise check). */
  REQUEST_SPOT_CHECK("spotcheck.request", Role.MONITOR, Role.SUPERVISOR),
  /** Whether a spot check of a case is pending: whoever may read the case. */
  READ_SPOT_CHECK("spotcheck.read", Role.CITIZEN, Role.ENROLLER, Role.MONITOR, Role.SUPERVISOR, Role.ADMINISTRATOR),
  READ_DECLARATIONS("declaration.list", Role.CITIZEN, Role.MONITOR, Role.SUPERVISOR),
  /** A case's declarations day by day: expected, on time, late, missed. */
  READ_COMPLIANCE("case.compliance", Role.CITIZEN, Role.MONITOR, Role.SUPERVISOR),
  LIST_ALERTS("alert.list", Role.MONITOR, Role.SUPERVISOR),
  READ_ALERT("alert.read", Role.MONITOR, Role.SUPERVISOR),
  ACKNOWLEDGE_ALERT("alert.acknowledge", Role.MONITOR, Role.SUPERVISOR),
  RESOLVE_ALERT("alert.resolve", Role.MONITOR, Role.SUPERVISOR),
  SUBMIT_FEEDBACK("feedback.submit", Role.CITIZEN),
  /** Asking for a one-time code to link a login to a person; the login has no person yet. */
  REQUEST_LINK_CODE("citizen.code.request", Role.CITIZEN),
  /** Typing the one-time code: the login is linked to the phone's person if it is right. */
  LINK_CITIZEN("citizen.link", Role.CITIZEN),
  /** A citizen's own cases and their household's. */
  READ_OWN_CASES("citizen.cases", Role.CITIZEN),
  /** Today's declaration windows of a case the citizen acts for. */
  READ_TODAY("citizen.today", Role.CITIZEN),
  /** The feedback, with replies, about a case the citizen acts for. */
  READ_OWN_FEEDBACK("citizen.feedback", Role.CITIZEN),
  REPLY_TO_FEEDBACK("feedback.reply", Role.MONITOR, Role.SUPERVISOR),
  CLOSE_FEEDBACK("feedback.close", Role.MONITOR, Role.SUPERVISOR),
  LIST_FEEDBACK("feedback.list", Role.MONITOR, Role.SUPERVISOR),
  READ_REPORTS("report.read", Role.REPORT_VIEWER, Role.SUPERVISOR, Role.ADMINISTRATOR),
  /** The usage report for the Department of Information and Communications: counts only. */
  READ_USAGE_REPORT("report.usage", Role.REPORT_VIEWER, Role.SUPERVISOR, Role.ADMINISTRATOR),
  READ_AUDIT("audit.read", Role.SUPERVISOR, Role.ADMINISTRATOR),
  /** Messages that failed for good, with recipient and reason, for administrators in scope. */
  LIST_FAILED_DELIVERIES("outbox.failed", Role.ADMINISTRATOR),
  REQUEUE_DELIVERY("outbox.requeue", Role.ADMINISTRATOR),
  IMPORT_JURISDICTIONS("jurisdiction.import", Role.ADMINISTRATOR),
  SAVE_ACCOUNT("account.save", Role.ADMINISTRATOR),
  CREATE_ACCOUNT("account.create", Role.ADMINISTRATOR),
  /** Name, roles, contact points, duty: the account as sent, against the version the administrator saw. */
  UPDATE_ACCOUNT("account.update", Role.ADMINISTRATOR),
  /** Deactivating an account keeps it (and its history); it no longer resolves to a principal nor is paged. */
  DEACTIVATE_ACCOUNT("account.deactivate", Role.ADMINISTRATOR),
  REACTIVATE_ACCOUNT("account.reactivate", Role.ADMINISTRATOR),
  /** Moving an account to another unit: the administrator's scope must hold both. */
  TRANSFER_ACCOUNT("account.transfer", Role.ADMINISTRATOR),
  SET_ON_DUTY("account.duty", Role.ADMINISTRATOR),
  READ_ACCOUNT("account.read", Role.ADMINISTRATOR),
  /** Moving cases to the units of a new administrative scheme (GSO 2021 → 2025), one batch at a time. */
  REHOME_CASES("case.rehome", Role.ADMINISTRATOR),
  /** Moving account scopes to the units of a new administrative scheme, one batch at a time. */
  REHOME_ACCOUNTS("account.rehome", Role.ADMINISTRATOR),
  // Background work: one bounded batch over the principal's scope, by the system (or an administrator by hand).
  ACTIVATE_DUE_CASES("case.activate", Role.SYSTEM, Role.ADMINISTRATOR),
  COMPLETE_DUE_CASES("case.complete", Role.SYSTEM, Role.ADMINISTRATOR),
  SWEEP_MISSED_DECLARATIONS("schedule.sweep", Role.SYSTEM, Role.ADMINISTRATOR),
  SEND_REMINDERS("schedule.remind", Role.SYSTEM, Role.ADMINISTRATOR),
  SETTLE_SPOT_CHECKS("spotcheck.settle", Role.SYSTEM, Role.ADMINISTRATOR),
  ESCALATE_OVERDUE_ALERTS("alert.escalate", Role.SYSTEM, Role.ADMINISTRATOR),
  /** Reminding handlers of acknowledged alerts nobody resolved in time, and escalating them after that. */
  FOLLOW_UP_UNRESOLVED_ALERTS("alert.followUp", Role.SYSTEM, Role.ADMINISTRATOR),
  /** Raising FEEDBACK alerts for feedback nobody answered in time. */
  RAISE_UNANSWERED_FEEDBACK("feedback.overdue", Role.SYSTEM, Role.ADMINISTRATOR),
  DISPATCH_NOTIFICATIONS("outbox.dispatch", Role.SYSTEM, Role.ADMINISTRATOR),
  /** Recomputing report counters from the raw rows to list differences (reads every case of a commune). */
  CHECK_REPORT_COUNTERS("report.counters.check", Role.SYSTEM, Role.ADMINISTRATOR);

  private final String auditAction;
  private final Set<Role> allowed;

  Operation(String auditAction, Role first, Role... rest) {
    this.auditAction = auditAction;
    this.allowed = Set.copyOf(EnumSet.of(first, rest));
  }

  public Set<Role> allowedRoles() {
    return allowed;
  }

  /** The action this operation's audit events and refusals are recorded under, e.g. {@code case.register}. */
  public String auditAction() {
    return auditAction;
  }
}
