package org.homewatch.storage.jdbc.internal;

/** Column lists shared by the statements in {@link Sql}; compile-time constants, never built from values. */
final class Columns {
  private Columns() {}

  static final String CASE = "case_id, unit_key, status, category, person_id, national_id, phone, person, "
      + "decision_number, decision_issuer, decision_issued_on, period_start, planned_end, actual_end, risk_factors, "
      + "search_key, zone_id, schedule_id, household_head, previous_case, last_declared_at, latest_severity, "
      + "latest_severity_rank, worst_severity, declaration_count, history, created_at, version";
  static final String CASE_VALUES = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";
  /**
   * The line list's filters after the scope (statuses, categories, minimum latest-severity rank, and the bounds on
   * the last declaration: a case that never declared counts as declared at the first parameter, long ago).
   */
  static final String CASE_FILTERS = " AND status = ANY(?) AND category = ANY(?) AND latest_severity_rank >= ?"
      + " AND COALESCE(last_declared_at, ?) >= ? AND COALESCE(last_declared_at, ?) < ?";

  static final String DECLARATION = "case_id, declaration_id, observed_at, submitted_at, submitter_kind, "
      + "submitter_account, temperature_celsius, spo2_percent, respiratory_rate, pulse, systolic_mmhg, "
      + "diastolic_mmhg, symptoms, note, latitude, longitude, accuracy_meters, presence_result, presence_verifier, "
      + "presence_reference, severity, findings, rule_set_id, rule_set_version, assessed_at";
  static final String DECLARATION_VALUES = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";

  static final String ALERT = "case_id, alert_id, kind, severity, queue_rank, status, unit_key, escalation_level, "
      + "opened_at, acknowledge_by, trigger_declaration, summary, handled_by, outcome, history, version, "
      + "last_slot_counted, summary_wording";
  static final String ALERT_VALUES = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";

  static final String SPOT_CHECK = "case_id, spot_check_id, requested_by, requested_at, answer_by, state, "
      + "settled_at, evidence, open_marker, version";
  static final String SPOT_CHECK_VALUES = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?";

  static final String OUTBOX = "message_id, idempotency_key, channel, address, template_key, locale, parameters, "
      + "message_text, status, attempts, created_at, next_attempt_at, lease_owner, lease_until, last_error, unit_key";
  static final String OUTBOX_VALUES = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";

  static final String FEEDBACK = "feedback_id, case_id, unit_key, from_account, topic, feedback_text, status, "
      + "replies, submitted_at, version";
  static final String FEEDBACK_VALUES = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?";
  static final String LINK_CODE = "phone, code_id, code_hash, issued_at, expires_at, attempts, used_at, version";
  static final String LINK_CODE_VALUES = "?, ?, ?, ?, ?, ?, ?, ?";
  static final String CITIZEN_LINK = "subject, person_id, phone, linked_at";
  static final String CITIZEN_LINK_VALUES = "?, ?, ?, ?";

  static final String ACCOUNT =
      "account_id, display_name, roles, scope_key, contact_points, on_duty, active, version, locale";
  static final String ACCOUNT_VALUES = "?, ?, ?, ?, ?, ?, ?, ?, ?";

  static final String JURISDICTION = "path_key, scheme, code, unit_level, parent_key, name";
  static final String JURISDICTION_VALUES = "?, ?, ?, ?, ?, ?";

  static final String AUDIT = "event_id, occurred_at, actor, action, target_type, target_id, unit_key, details";
  static final String AUDIT_VALUES = "?, ?, ?, ?, ?, ?, ?, ?";
}
