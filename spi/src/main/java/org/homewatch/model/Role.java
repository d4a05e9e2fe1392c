package org.homewatch.model;

/**
 * What an account may do. Core maps each public operation to the roles allowed to call it; the jurisdiction
 * scope then limits which records.
 */
public enum Role {
  /** A person in quarantine (or a household head): declares, sends feedback, sees their own case. */
  CITIZEN,
  /** Registers cases from quarantine decisions. */
  ENROLLER,
  /** Health-station staff: sees declarations in full, handles alerts and feedback. */
  MONITOR,
  /** District or province steering committee: sees everything in scope, takes escalated alerts. */
  SUPERVISOR,
  /** The Department of Information and Communications and other report readers: aggregates only. */
  REPORT_VIEWER,
  /** Manages accounts, jurisdictions, rule sets and schedules in scope. */
  ADMINISTRATOR,
  /** Background work: sweeps, escalation, outbox dispatch, retention. */
  SYSTEM
}
