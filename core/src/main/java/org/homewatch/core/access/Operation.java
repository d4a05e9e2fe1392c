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
  /** Registering a case from a quarantine decision. */
  REGISTER_CASE("case.register", Role.ENROLLER, Role.MONITOR, Role.SUPERVISOR, Role.ADMINISTRATOR),
  /** Reading one case with its personal data in full. */
  READ_CASE("case.read", Role.CITIZEN, Role.ENROLLER, Role.MONITOR, Role.SUPERVISOR, Role.ADMINISTRATOR),
  /** Line lists of cases. */
  LIST_CASES("case.list", Role.MONITOR, Role.SUPERVISOR, Role.ADMINISTRATOR),
  /** Moving a case's planned end (an extension or a shortening), with a reason. */
  CHANGE_CASE_PERIOD("case.period", Role.MONITOR, Role.SUPERVISOR, Role.ADMINISTRATOR),
  /** Handing a case to another commune, or out of the deployment. */
  TRANSFER_CASE("case.transfer", Role.MONITOR, Role.SUPERVISOR, Role.ADMINISTRATOR),
  /**
   * Putting right the person's data as registered: phone, address, home location, name, national id. Whoever may
   * register may correct what was typed.
   */
  CORRECT_CASE_PERSON("case.correct.person", Role.ENROLLER, Role.MONITOR, Role.SUPERVISOR, Role.ADMINISTRATOR),
  /**
   * Putting right how the case is monitored: category (which moves the period's end and the schedule), schedule,
   * risk factors, household head. Decisions of the health staff, as changing the period is.
   */
  CORRECT_CASE_MONITORING("case.correct.monitoring", Role.MONITOR, Role.SUPERVISOR, Role.ADMINISTRATOR),
  /** To a hospital or facility. */
  ESCALATE_CASE("case.escalated", Role.MONITOR, Role.SUPERVISOR, Role.ADMINISTRATOR),
  /** Cancelling a case entered in error. */
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
  /** Reading a case's declarations. */
  READ_DECLARATIONS("declaration.list", Role.CITIZEN, Role.MONITOR, Role.SUPERVISOR),
  /** A case's declarations day by day: expected, on time, late, missed. */
  READ_COMPLIANCE("case.compliance", Role.CITIZEN, Role.MONITOR, Role.SUPERVISOR),
  /** Reading the alert queue. */
  LIST_ALERTS("alert.list", Role.MONITOR, Role.SUPERVISOR),
  /** Reading one alert. */
  READ_ALERT("alert.read", Role.MONITOR, Role.SUPERVISOR),
  /** Taking an alert. */
  ACKNOWLEDGE_ALERT("alert.acknowledge", Role.MONITOR, Role.SUPERVISOR),
  /** Closing an alert with its outcome. */
  RESOLVE_ALERT("alert.resolve", Role.MONITOR, Role.SUPERVISOR),
  /** A citizen sending feedback (phản ánh). */
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
  /** Staff answering feedback. */
  REPLY_TO_FEEDBACK("feedback.reply", Role.MONITOR, Role.SUPERVISOR),
  /** Staff closing feedback. */
  CLOSE_FEEDBACK("feedback.close", Role.MONITOR, Role.SUPERVISOR),
  /** Listing feedback in scope. */
  LIST_FEEDBACK("feedback.list", Role.MONITOR, Role.SUPERVISOR),
  /** Reading reports of a unit in scope. */
  READ_REPORTS("report.read", Role.REPORT_VIEWER, Role.SUPERVISOR, Role.ADMINISTRATOR),
  /** The usage report for the Department of Information and Communications: counts only. */
  READ_USAGE_REPORT("report.usage", Role.REPORT_VIEWER, Role.SUPERVISOR, Role.ADMINISTRATOR),
  /** Reading the audit trail. */
  READ_AUDIT("audit.read", Role.SUPERVISOR, Role.ADMINISTRATOR),
  /** Messages that failed for good, with recipient and reason, for administrators in scope. */
  LIST_FAILED_DELIVERIES("outbox.failed", Role.ADMINISTRATOR),
  /** Putting a message that failed for good back in the outbox. */
  REQUEUE_DELIVERY("outbox.requeue", Role.ADMINISTRATOR),
  /** Importing administrative units. */
  IMPORT_JURISDICTIONS("jurisdiction.import", Role.ADMINISTRATOR),
  /** Saving an account (insert, or replace at the next version). */
  SAVE_ACCOUNT("account.save", Role.ADMINISTRATOR),
  /** Creating a new account; an existing id is refused. */
  CREATE_ACCOUNT("account.create", Role.ADMINISTRATOR),
  /** Name, roles, contact points, duty: the account as sent, against the version the administrator saw. */
  UPDATE_ACCOUNT("account.update", Role.ADMINISTRATOR),
  /** Deactivating an account keeps it (and its history); it no longer resolves to a principal nor is paged. */
  DEACTIVATE_ACCOUNT("account.deactivate", Role.ADMINISTRATOR),
  /** Reactivating a deactivated account. */
  REACTIVATE_ACCOUNT("account.reactivate", Role.ADMINISTRATOR),
  /** Moving an account to another unit: the administrator's scope must hold both. */
  TRANSFER_ACCOUNT("account.transfer", Role.ADMINISTRATOR),
  /** Putting an account on or off duty. */
  SET_ON_DUTY("account.duty", Role.ADMINISTRATOR),
  /** Reading an account. */
  READ_ACCOUNT("account.read", Role.ADMINISTRATOR),
  /** Listing the accounts of a unit's subtree, by role, activity and duty. */
  LIST_ACCOUNTS("account.list", Role.ADMINISTRATOR),
  /** Moving cases to the units of a new administrative scheme (GSO 2021 → 2025), one batch at a time. */
  REHOME_CASES("case.rehome", Role.ADMINISTRATOR),
  /** Moving account scopes to the units of a new administrative scheme, one batch at a time. */
  REHOME_ACCOUNTS("account.rehome", Role.ADMINISTRATOR),
  // Background work: one bounded batch over the principal's scope, by the system (or an administrator by hand).
  /** Activating pending cases whose period began (a background batch). */
  ACTIVATE_DUE_CASES("case.activate", Role.SYSTEM, Role.ADMINISTRATOR),
  /** Completing cases whose period ended, or flagging them for review (a background batch). */
  COMPLETE_DUE_CASES("case.complete", Role.SYSTEM, Role.ADMINISTRATOR),
  /** The missed-declaration sweep (a background batch). */
  SWEEP_MISSED_DECLARATIONS("schedule.sweep", Role.SYSTEM, Role.ADMINISTRATOR),
  /** Writing due reminders to the outbox (a background batch). */
  SEND_REMINDERS("schedule.remind", Role.SYSTEM, Role.ADMINISTRATOR),
  /** Settling spot checks whose answer time is over (a background batch). */
  SETTLE_SPOT_CHECKS("spotcheck.settle", Role.SYSTEM, Role.ADMINISTRATOR),
  /** Asking the spot checks a random spot-check policy wants now (a background batch). */
  REQUEST_RANDOM_SPOT_CHECKS("spotcheck.random", Role.SYSTEM, Role.ADMINISTRATOR),
  /** Escalating alerts nobody acknowledged in time (a background batch). */
  ESCALATE_OVERDUE_ALERTS("alert.escalate", Role.SYSTEM, Role.ADMINISTRATOR),
  /** Reminding handlers of acknowledged alerts nobody resolved in time, and escalating them after that. */
  FOLLOW_UP_UNRESOLVED_ALERTS("alert.followUp", Role.SYSTEM, Role.ADMINISTRATOR),
  /** Raising FEEDBACK alerts for feedback nobody answered in time. */
  RAISE_UNANSWERED_FEEDBACK("feedback.overdue", Role.SYSTEM, Role.ADMINISTRATOR),
  /** Delivering outbox messages (a background batch). */
  DISPATCH_NOTIFICATIONS("outbox.dispatch", Role.SYSTEM, Role.ADMINISTRATOR),
  /** Recomputing report counters from the raw rows to list differences (reads every case of a commune). */
  CHECK_REPORT_COUNTERS("report.counters.check", Role.SYSTEM, Role.ADMINISTRATOR),
  /** Settling the slots of past days into the report counters: on time, late, missed, people behind. */
  SETTLE_SLOTS("report.slots.settle", Role.SYSTEM, Role.ADMINISTRATOR),
  /**
   * The retention purge under Decree 13/2023: anonymising closed cases past their retention, removing finished
   * outbox messages and audit events past theirs.
   */
  PURGE_PERSONAL_DATA("retention.purge", Role.SYSTEM, Role.ADMINISTRATOR);

  private final String auditAction;
  private final Set<Role> allowed;

  Operation(String auditAction, Role first, Role... rest) {
    this.auditAction = auditAction;
    this.allowed = Set.copyOf(EnumSet.of(first, rest));
  }

  /**
   * The roles allowed to do this, in their scope.
   *
   * @return the roles
   */
  public Set<Role> allowedRoles() {
    return allowed;
  }

  /**
   * The action this operation's audit events and refusals are recorded under, e.g. {@code case.register}.
   *
   * @return the audit action
   */
  public String auditAction() {
    return auditAction;
  }
}
