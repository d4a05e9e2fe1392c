package org.homewatch.storage.jdbc.internal;

/**
 * Every SQL statement this storage runs, and the only place SQL text is written. Each text is a compile-time
 * constant with {@code ?} for every value; {@link Db} prepares statements from these constants only (it takes a
 * {@code Sql}, not a string), so no statement can be built from a value. {@code SqlConstantsTest} checks both.
 *
 * <p>Where PostgreSQL and H2 differ, a constant has two texts: PostgreSQL's {@code INSERT ... ON CONFLICT} against
 * H2's plain insert whose duplicate-key error {@link Db#insertIfAbsent} recognises (H2, unlike PostgreSQL, does not
 * abort the transaction on a failed statement), and PostgreSQL's upsert against H2's {@code MERGE}.
 */
public enum Sql {
  /** H2 only: the write delay in force, listed twice (as given at open, and current); see {@link H2Durability}. */
  H2_WRITE_DELAY("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = ?"),

  // ---- cases ----
  CASE_INSERT(
      "INSERT INTO hw_case (" + Columns.CASE + ") VALUES (" + Columns.CASE_VALUES + ")",
      "INSERT INTO hw_case (" + Columns.CASE + ") VALUES (" + Columns.CASE_VALUES + ") ON CONFLICT DO NOTHING"),
  CASE_FIND("SELECT " + Columns.CASE + " FROM hw_case WHERE case_id = ?"),
  CASE_VERSION("SELECT version FROM hw_case WHERE case_id = ?"),
  CASE_UPDATE("UPDATE hw_case SET unit_key = ?, status = ?, category = ?, person_id = ?, national_id = ?, phone = ?,"
      + " person = ?, decision_number = ?, decision_issuer = ?, decision_issued_on = ?, period_start = ?,"
      + " planned_end = ?, actual_end = ?, risk_factors = ?, search_key = ?, zone_id = ?, schedule_id = ?, household_head = ?,"
      + " previous_case = ?, last_declared_at = ?, latest_severity = ?, latest_severity_rank = ?, worst_severity = ?,"
      + " declaration_count = ?, history = ?, created_at = ?, version = ? WHERE case_id = ? AND version = ?"),
  // Only the summary columns and the version: none is indexed, so PostgreSQL can keep the new row version on its
  // page without touching the indexes (a HOT update; hw_case leaves room for it, see V3).
  CASE_UPDATE_MONITORING("UPDATE hw_case SET last_declared_at = ?, latest_severity = ?, latest_severity_rank = ?,"
      + " worst_severity = ?, declaration_count = ?, version = ? WHERE case_id = ? AND version = ?"),
  // The same for a whole batch of cases in one statement, over column arrays: the rows it returns are the ones whose
  // version matched.
  CASE_UPDATE_MONITORING_ARRAYS(
      "-- PostgreSQL only",
      "UPDATE hw_case c SET last_declared_at = u.last_declared_at, latest_severity = u.latest_severity,"
          + " latest_severity_rank = u.latest_severity_rank, worst_severity = u.worst_severity,"
          + " declaration_count = u.declaration_count, version = u.old_version + 1"
          + " FROM unnest(?::uuid[], ?::int8[], ?::timestamptz[], ?::varchar[], ?::int[], ?::varchar[], ?::int8[])"
          + " AS u(case_id, old_version, last_declared_at, latest_severity, latest_severity_rank, worst_severity,"
          + " declaration_count) WHERE c.case_id = u.case_id AND c.version = u.old_version RETURNING c.case_id"),
  CASE_LIST_FIRST("SELECT " + Columns.CASE + " FROM hw_case WHERE unit_key LIKE ?" + Columns.CASE_FILTERS
      + " ORDER BY case_id FETCH FIRST ? ROWS ONLY"),
  CASE_LIST_AFTER("SELECT " + Columns.CASE + " FROM hw_case WHERE unit_key LIKE ?" + Columns.CASE_FILTERS
      + " AND case_id > ? ORDER BY case_id FETCH FIRST ? ROWS ONLY"),
  // The searches: the person's key narrows first (an index each), then the scope and the line list's filters.
  CASE_SEARCH_NAME_FIRST("SELECT " + Columns.CASE + " FROM hw_case WHERE search_key LIKE ? AND unit_key LIKE ?"
      + Columns.CASE_FILTERS + " ORDER BY case_id FETCH FIRST ? ROWS ONLY"),
  CASE_SEARCH_NAME_AFTER("SELECT " + Columns.CASE + " FROM hw_case WHERE search_key LIKE ? AND unit_key LIKE ?"
      + Columns.CASE_FILTERS + " AND case_id > ? ORDER BY case_id FETCH FIRST ? ROWS ONLY"),
  CASE_SEARCH_PHONE_FIRST("SELECT " + Columns.CASE + " FROM hw_case WHERE phone = ? AND unit_key LIKE ?"
      + Columns.CASE_FILTERS + " ORDER BY case_id FETCH FIRST ? ROWS ONLY"),
  CASE_SEARCH_PHONE_AFTER("SELECT " + Columns.CASE + " FROM hw_case WHERE phone = ? AND unit_key LIKE ?"
      + Columns.CASE_FILTERS + " AND case_id > ? ORDER BY case_id FETCH FIRST ? ROWS ONLY"),
  CASE_SEARCH_NATIONAL_ID_FIRST("SELECT " + Columns.CASE + " FROM hw_case WHERE national_id = ? AND unit_key LIKE ?"
      + Columns.CASE_FILTERS + " ORDER BY case_id FETCH FIRST ? ROWS ONLY"),
  CASE_SEARCH_NATIONAL_ID_AFTER("SELECT " + Columns.CASE + " FROM hw_case WHERE national_id = ?"
      + " AND unit_key LIKE ?" + Columns.CASE_FILTERS + " AND case_id > ? ORDER BY case_id FETCH FIRST ? ROWS ONLY"),
  CASE_FIND_ALL("SELECT " + Columns.CASE + " FROM hw_case WHERE case_id = ANY(?)"),
  CASE_BY_NATIONAL_ID("SELECT " + Columns.CASE + " FROM hw_case WHERE national_id = ? ORDER BY case_id"),
  CASE_BY_PHONE("SELECT " + Columns.CASE + " FROM hw_case WHERE phone = ? ORDER BY case_id"),
  CASE_BY_PERSON("SELECT " + Columns.CASE + " FROM hw_case WHERE person_id = ? ORDER BY case_id"),
  CASE_BY_HOUSEHOLD_HEAD("SELECT " + Columns.CASE + " FROM hw_case WHERE household_head = ? ORDER BY case_id"),

  // ---- declarations ----
  DECLARATION_INSERT(
      "INSERT INTO hw_declaration (" + Columns.DECLARATION + ") VALUES (" + Columns.DECLARATION_VALUES + ")",
      "INSERT INTO hw_declaration (" + Columns.DECLARATION + ") VALUES (" + Columns.DECLARATION_VALUES + ")"
          + " ON CONFLICT DO NOTHING"),
  /**
   * Batch ingestion on PostgreSQL: the whole batch as one statement over column arrays, returning the keys it
   * stored, so that each row's outcome is known exactly (a JDBC batch rewritten into multi-row inserts reports
   * no per-row counts). H2 stores a batch row by row, so its text is never prepared.
   */
  DECLARATION_INSERT_ARRAYS(
      "-- PostgreSQL only",
      "INSERT INTO hw_declaration (" + Columns.DECLARATION + ") SELECT * FROM unnest(?::uuid[], ?::uuid[],"
          + " ?::timestamptz[], ?::timestamptz[], ?::varchar[], ?::varchar[], ?::float8[], ?::int[], ?::int[],"
          + " ?::int[], ?::int[], ?::int[], ?::varchar[], ?::varchar[], ?::float8[], ?::float8[], ?::float8[],"
          + " ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::int[],"
          + " ?::timestamptz[]) ON CONFLICT DO NOTHING RETURNING case_id, declaration_id"),
  DECLARATION_FIND("SELECT " + Columns.DECLARATION + " FROM hw_declaration WHERE case_id = ? AND declaration_id = ?"),
  DECLARATION_OBSERVED_BETWEEN("SELECT " + Columns.DECLARATION + " FROM hw_declaration WHERE case_id = ?"
      + " AND observed_at >= ? AND observed_at < ? ORDER BY observed_at, declaration_id FETCH FIRST ? ROWS ONLY"),
  DECLARATION_OBSERVED_BETWEEN_FOR_CASES("SELECT " + Columns.DECLARATION + " FROM (SELECT " + Columns.DECLARATION
      + ", ROW_NUMBER() OVER (PARTITION BY case_id ORDER BY observed_at, declaration_id) AS position"
      + " FROM hw_declaration WHERE case_id = ANY(?) AND observed_at >= ? AND observed_at < ?) AS windowed"
      + " WHERE position <= ? ORDER BY case_id, observed_at, declaration_id"),
  DECLARATION_LIST_FIRST("SELECT " + Columns.DECLARATION + " FROM hw_declaration WHERE case_id = ?"
      + " ORDER BY observed_at DESC, declaration_id DESC FETCH FIRST ? ROWS ONLY"),
  DECLARATION_LIST_AFTER("SELECT " + Columns.DECLARATION + " FROM hw_declaration WHERE case_id = ?"
      + " AND (observed_at, declaration_id) < (?, ?) ORDER BY observed_at DESC, declaration_id DESC"
      + " FETCH FIRST ? ROWS ONLY"),
  FEEDBACK_FOR_CASE("SELECT " + Columns.FEEDBACK + " FROM hw_feedback WHERE case_id = ?"
      + " ORDER BY submitted_at, feedback_id FETCH FIRST ? ROWS ONLY"),

  // ---- citizens' identities ----
  LINK_CODE_INSERT(
      "INSERT INTO hw_link_code (" + Columns.LINK_CODE + ") VALUES (" + Columns.LINK_CODE_VALUES + ")",
      "INSERT INTO hw_link_code (" + Columns.LINK_CODE + ") VALUES (" + Columns.LINK_CODE_VALUES + ")"
          + " ON CONFLICT DO NOTHING"),
  /** A phone's lock row, made on its first code (H2's duplicate-key error is recognised by Db.insertIfAbsent). */
  LINK_PHONE_INSERT("INSERT INTO hw_link_phone (phone) VALUES (?)",
      "INSERT INTO hw_link_phone (phone) VALUES (?) ON CONFLICT DO NOTHING"),
  LINK_PHONE_LOCK("SELECT phone FROM hw_link_phone WHERE phone = ? FOR UPDATE"),
  LINK_PHONE_REMOVE("DELETE FROM hw_link_phone WHERE phone = ?"),
  /**
   * Locks of phones none of whose codes expires at or after an instant, a bounded batch (the retention purge, before
   * it removes those codes: phone rows first, then codes, the order lockPhone and a code attempt take them in).
   */
  LINK_PHONE_REMOVE_UNUSED("DELETE FROM hw_link_phone WHERE phone IN (SELECT p.phone FROM hw_link_phone p"
      + " WHERE NOT EXISTS (SELECT 1 FROM hw_link_code c WHERE c.phone = p.phone AND c.expires_at >= ?)"
      + " ORDER BY p.phone FETCH FIRST ? ROWS ONLY)"),
  LINK_CODE_LATEST("SELECT " + Columns.LINK_CODE + " FROM hw_link_code WHERE phone = ?"
      + " ORDER BY issued_at DESC, code_id DESC FETCH FIRST 1 ROWS ONLY"),
  LINK_CODE_COUNT_SINCE("SELECT COUNT(*) FROM hw_link_code WHERE phone = ? AND issued_at >= ?"),
  LINK_CODE_VERSION("SELECT version FROM hw_link_code WHERE phone = ? AND code_id = ?"),
  LINK_CODE_UPDATE("UPDATE hw_link_code SET attempts = ?, used_at = ?, version = ?"
      + " WHERE phone = ? AND code_id = ? AND version = ?"),
  CITIZEN_LINK_SAVE(
      "MERGE INTO hw_citizen_link (" + Columns.CITIZEN_LINK + ") KEY (subject) VALUES ("
          + Columns.CITIZEN_LINK_VALUES + ")",
      "INSERT INTO hw_citizen_link (" + Columns.CITIZEN_LINK + ") VALUES (" + Columns.CITIZEN_LINK_VALUES + ")"
          + " ON CONFLICT (subject) DO UPDATE SET person_id = EXCLUDED.person_id, phone = EXCLUDED.phone,"
          + " linked_at = EXCLUDED.linked_at"),
  /** Codes expired before an instant, oldest expiry first: served by hw_link_code_expires_idx (V21). */
  LINK_CODE_REMOVE_EXPIRED("DELETE FROM hw_link_code WHERE (phone, code_id) IN (SELECT phone, code_id"
      + " FROM hw_link_code WHERE expires_at < ? ORDER BY expires_at, phone, code_id FETCH FIRST ? ROWS ONLY)"),
  /** Every code of a phone, found as latestCode finds them: a range of hw_link_code_issued_idx. */
  LINK_CODE_REMOVE_OF_PHONE("DELETE FROM hw_link_code WHERE (phone, code_id) IN (SELECT phone, code_id"
      + " FROM hw_link_code WHERE phone = ? ORDER BY issued_at, code_id)"),
  /** Every link of a person: served by hw_citizen_link_person_idx (V21). */
  CITIZEN_LINK_REMOVE_OF_PERSON("DELETE FROM hw_citizen_link WHERE person_id = ?"),
  CITIZEN_LINK_FIND("SELECT " + Columns.CITIZEN_LINK + " FROM hw_citizen_link WHERE subject = ?"),

  // ---- alerts ----
  ALERT_EXISTS("SELECT case_id FROM hw_alert WHERE alert_id = ?"),
  ALERT_INSERT(
      "INSERT INTO hw_alert (" + Columns.ALERT + ") VALUES (" + Columns.ALERT_VALUES + ")",
      "INSERT INTO hw_alert (" + Columns.ALERT + ") VALUES (" + Columns.ALERT_VALUES + ") ON CONFLICT DO NOTHING"),
  ALERT_FIND("SELECT " + Columns.ALERT + " FROM hw_alert WHERE alert_id = ?"),
  ALERT_FIND_ACTIVE("SELECT " + Columns.ALERT + " FROM hw_alert WHERE case_id = ? AND kind = ?"
      + " AND status <> 'RESOLVED' ORDER BY opened_at, alert_id FETCH FIRST 1 ROWS ONLY"),
  ALERT_LIST_FOR_CASE("SELECT " + Columns.ALERT + " FROM hw_alert WHERE case_id = ? ORDER BY opened_at, alert_id"),
  ALERT_VERSION("SELECT version FROM hw_alert WHERE case_id = ? AND alert_id = ?"),
  ALERT_UPDATE("UPDATE hw_alert SET kind = ?, severity = ?, queue_rank = ?, status = ?, unit_key = ?,"
      + " escalation_level = ?, opened_at = ?, acknowledge_by = ?, trigger_declaration = ?, summary = ?,"
      + " handled_by = ?, outcome = ?, history = ?, version = ?, last_slot_counted = ?, summary_wording = ?"
      + " WHERE case_id = ? AND alert_id = ? AND version = ?"),
  ALERT_QUEUE_FIRST("SELECT " + Columns.ALERT + " FROM hw_alert WHERE unit_key LIKE ?"
      + " AND status = ANY(?) AND kind = ANY(?) ORDER BY queue_rank, opened_at, alert_id FETCH FIRST ? ROWS ONLY"),
  ALERT_QUEUE_AFTER("SELECT " + Columns.ALERT + " FROM hw_alert WHERE unit_key LIKE ?"
      + " AND status = ANY(?) AND kind = ANY(?) AND (queue_rank, opened_at, alert_id) > (?, ?, ?)"
      + " ORDER BY queue_rank, opened_at, alert_id FETCH FIRST ? ROWS ONLY"),
  ALERT_DUE_FOR_ESCALATION("SELECT " + Columns.ALERT + " FROM hw_alert WHERE status = 'OPEN' AND acknowledge_by <= ?"
      + " AND unit_key LIKE ? ORDER BY acknowledge_by, alert_id FETCH FIRST ? ROWS ONLY"),
  ALERT_DUE_FOR_RESOLUTION_FOLLOW_UP("SELECT " + Columns.ALERT + " FROM hw_alert WHERE status = 'ACKNOWLEDGED'"
      + " AND acknowledge_by <= ? AND unit_key LIKE ? ORDER BY acknowledge_by, alert_id FETCH FIRST ? ROWS ONLY"),

  // ---- spot checks ----
  SPOT_CHECK_INSERT(
      "INSERT INTO hw_spot_check (" + Columns.SPOT_CHECK + ") VALUES (" + Columns.SPOT_CHECK_VALUES + ")",
      "INSERT INTO hw_spot_check (" + Columns.SPOT_CHECK + ") VALUES (" + Columns.SPOT_CHECK_VALUES + ")"
          + " ON CONFLICT DO NOTHING"),
  SPOT_CHECK_FIND("SELECT " + Columns.SPOT_CHECK + " FROM hw_spot_check WHERE case_id = ? AND spot_check_id = ?"),
  SPOT_CHECK_FIND_OPEN("SELECT " + Columns.SPOT_CHECK + " FROM hw_spot_check WHERE case_id = ?"
      + " AND open_marker = TRUE"),
  SPOT_CHECK_FIND_OPEN_FOR_CASES("SELECT " + Columns.SPOT_CHECK + " FROM hw_spot_check WHERE case_id = ANY(?)"
      + " AND open_marker = TRUE ORDER BY case_id"),
  SPOT_CHECK_LIST_FOR_CASE("SELECT " + Columns.SPOT_CHECK + " FROM hw_spot_check WHERE case_id = ?"
      + " ORDER BY requested_at, spot_check_id"),
  SPOT_CHECK_VERSION("SELECT version FROM hw_spot_check WHERE case_id = ? AND spot_check_id = ?"),
  SPOT_CHECK_UPDATE("UPDATE hw_spot_check SET requested_by = ?, requested_at = ?, answer_by = ?, state = ?,"
      + " settled_at = ?, evidence = ?, open_marker = ?, version = ? WHERE case_id = ? AND spot_check_id = ?"
      + " AND version = ?"),

  // ---- outbox ----
  OUTBOX_INSERT(
      "INSERT INTO hw_outbox (" + Columns.OUTBOX + ") VALUES (" + Columns.OUTBOX_VALUES + ")",
      "INSERT INTO hw_outbox (" + Columns.OUTBOX + ") VALUES (" + Columns.OUTBOX_VALUES + ") ON CONFLICT DO NOTHING"),
  OUTBOX_FIND("SELECT " + Columns.OUTBOX + " FROM hw_outbox WHERE message_id = ?"),
  /**
   * The due messages nobody holds, locked so that a concurrent dispatcher skips them instead of waiting (both
   * PostgreSQL and H2 2.x support {@code SKIP LOCKED}).
   */
  OUTBOX_LEASE_CANDIDATES("SELECT message_id FROM hw_outbox WHERE status = 'PENDING'"
      + " AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until < ?) AND unit_key LIKE ?"
      + " ORDER BY next_attempt_at, message_id FETCH FIRST ? ROWS ONLY FOR UPDATE SKIP LOCKED"),
  /** The claim re-checks the conditions, so a row another dispatcher leased in between is not taken twice. */
  OUTBOX_CLAIM("UPDATE hw_outbox SET lease_owner = ?, lease_until = ? WHERE message_id = ? AND status = 'PENDING'"
      + " AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until < ?)"),
  /** Extends a lease still held by its owner at the same attempt, and not yet run out. */
  OUTBOX_RENEW("UPDATE hw_outbox SET lease_until = ? WHERE message_id = ? AND status = 'PENDING' AND lease_owner = ?"
      + " AND attempts = ? AND lease_until >= ?"),
  OUTBOX_COMPLETE("UPDATE hw_outbox SET status = ?, next_attempt_at = ?, attempts = attempts + 1, lease_owner = NULL,"
      + " lease_until = NULL, last_error = ? WHERE message_id = ? AND lease_owner = ? AND attempts = ?"
      + " AND status = 'PENDING'"),
  OUTBOX_COUNT("SELECT COUNT(*) FROM hw_outbox WHERE status = ?"),
  /**
   * Failed messages of a scope, oldest first: found through hw_outbox_due_idx's leading status column and sorted;
   * failures are few next to the delivered rows, so no index of their own.
   */
  OUTBOX_FAILED_FIRST("SELECT " + Columns.OUTBOX + " FROM hw_outbox WHERE status = ? AND unit_key LIKE ?"
      + " ORDER BY created_at, message_id FETCH FIRST ? ROWS ONLY"),
  OUTBOX_FAILED_AFTER("SELECT " + Columns.OUTBOX + " FROM hw_outbox WHERE status = ? AND unit_key LIKE ?"
      + " AND (created_at, message_id) > (?, ?) ORDER BY created_at, message_id FETCH FIRST ? ROWS ONLY"),
  OUTBOX_REQUEUE("UPDATE hw_outbox SET status = ?, next_attempt_at = ?, lease_owner = NULL, lease_until = NULL"
      + " WHERE message_id = ? AND status = ?"),

  // ---- feedback ----
  FEEDBACK_INSERT(
      "INSERT INTO hw_feedback (" + Columns.FEEDBACK + ") VALUES (" + Columns.FEEDBACK_VALUES + ")",
      "INSERT INTO hw_feedback (" + Columns.FEEDBACK + ") VALUES (" + Columns.FEEDBACK_VALUES + ")"
          + " ON CONFLICT DO NOTHING"),
  FEEDBACK_FIND("SELECT " + Columns.FEEDBACK + " FROM hw_feedback WHERE feedback_id = ?"),
  FEEDBACK_VERSION("SELECT version FROM hw_feedback WHERE feedback_id = ?"),
  FEEDBACK_UPDATE("UPDATE hw_feedback SET case_id = ?, unit_key = ?, from_account = ?, topic = ?, feedback_text = ?,"
      + " status = ?, replies = ?, submitted_at = ?, version = ? WHERE feedback_id = ? AND version = ?"),
  FEEDBACK_LIST_FIRST("SELECT " + Columns.FEEDBACK + " FROM hw_feedback WHERE unit_key LIKE ?"
      + " AND status = ANY(?) ORDER BY submitted_at, feedback_id FETCH FIRST ? ROWS ONLY"),
  FEEDBACK_LIST_AFTER("SELECT " + Columns.FEEDBACK + " FROM hw_feedback WHERE unit_key LIKE ?"
      + " AND status = ANY(?) AND (submitted_at, feedback_id) > (?, ?) ORDER BY submitted_at, feedback_id"
      + " FETCH FIRST ? ROWS ONLY"),

  // ---- accounts ----
  ACCOUNT_INSERT(
      "INSERT INTO hw_account (" + Columns.ACCOUNT + ") VALUES (" + Columns.ACCOUNT_VALUES + ")",
      "INSERT INTO hw_account (" + Columns.ACCOUNT + ") VALUES (" + Columns.ACCOUNT_VALUES + ") ON CONFLICT DO NOTHING"),
  ACCOUNT_FIND("SELECT " + Columns.ACCOUNT + " FROM hw_account WHERE account_id = ?"),
  ACCOUNT_IN_SCOPE_FIRST("SELECT " + Columns.ACCOUNT + " FROM hw_account WHERE scope_key LIKE ?"
      + " ORDER BY account_id FETCH FIRST ? ROWS ONLY"),
  ACCOUNT_IN_SCOPE_AFTER("SELECT " + Columns.ACCOUNT + " FROM hw_account WHERE scope_key LIKE ? AND account_id > ?"
      + " ORDER BY account_id FETCH FIRST ? ROWS ONLY"),
  // An administrator's account list (AccountStore.list), served by hw_account_list_idx (scope_key, account_id): the
  // scope prefix is its range and (scope_key, account_id) its order; role, activity and duty are filters on the rows
  // of that range. An absent filter is bound as NULL.
  ACCOUNT_LIST_FIRST("SELECT " + Columns.ACCOUNT + " FROM hw_account WHERE scope_key LIKE ?" + Sql.ACCOUNT_FILTERS
      + " ORDER BY scope_key, account_id FETCH FIRST ? ROWS ONLY"),
  ACCOUNT_LIST_AFTER("SELECT " + Columns.ACCOUNT + " FROM hw_account WHERE scope_key LIKE ?" + Sql.ACCOUNT_FILTERS
      + " AND (scope_key, account_id) > (?, ?) ORDER BY scope_key, account_id FETCH FIRST ? ROWS ONLY"),
  ACCOUNT_VERSION("SELECT version FROM hw_account WHERE account_id = ?"),
  ACCOUNT_UPDATE("UPDATE hw_account SET display_name = ?, roles = ?, scope_key = ?, contact_points = ?, on_duty = ?,"
      + " active = ?, version = ?, locale = ? WHERE account_id = ? AND version = ?"),
  ACCOUNT_ON_DUTY("SELECT " + Columns.ACCOUNT + " FROM hw_account WHERE scope_key = ? AND active = TRUE"
      + " AND on_duty = TRUE ORDER BY account_id"),

  // ---- jurisdictions ----
  JURISDICTION_SAVE(
      "MERGE INTO hw_jurisdiction (" + Columns.JURISDICTION + ") KEY (path_key) VALUES ("
          + Columns.JURISDICTION_VALUES + ")",
      "INSERT INTO hw_jurisdiction (" + Columns.JURISDICTION + ") VALUES (" + Columns.JURISDICTION_VALUES + ")"
          + " ON CONFLICT (path_key) DO UPDATE SET scheme = EXCLUDED.scheme, code = EXCLUDED.code,"
          + " unit_level = EXCLUDED.unit_level, parent_key = EXCLUDED.parent_key, name = EXCLUDED.name"),
  JURISDICTION_FIND("SELECT " + Columns.JURISDICTION + " FROM hw_jurisdiction WHERE path_key = ?"),
  JURISDICTION_CHILDREN("SELECT " + Columns.JURISDICTION + " FROM hw_jurisdiction WHERE parent_key = ? ORDER BY code"),
  JURISDICTION_PROVINCES("SELECT " + Columns.JURISDICTION + " FROM hw_jurisdiction WHERE parent_key IS NULL"
      + " AND scheme = ? ORDER BY code"),
  JURISDICTION_KNOWN("SELECT path_key FROM hw_jurisdiction WHERE path_key = ANY(?)"),

  // ---- report counters ----
  // One row per key and stripe (V10); the stripe is the adding transaction's, its first parameter on both databases.
  // H2 has no ON CONFLICT: its MERGE adds to the matched row or inserts, one row per statement.
  REPORT_COUNTER_ADD(
      "MERGE INTO hw_report_counter t USING (VALUES (CAST(? AS SMALLINT), CAST(? AS VARCHAR(200)), CAST(? AS DATE),"
          + " CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(64)), CAST(? AS BIGINT)))"
          + " s (stripe, unit_key, local_day, measure, dimension, counter_value)"
          + " ON t.unit_key = s.unit_key AND t.local_day = s.local_day AND t.measure = s.measure"
          + " AND t.dimension = s.dimension AND t.stripe = s.stripe"
          + " WHEN MATCHED THEN UPDATE SET counter_value = t.counter_value + s.counter_value"
          + " WHEN NOT MATCHED THEN INSERT (unit_key, local_day, measure, dimension, stripe, counter_value)"
          + " VALUES (s.unit_key, s.local_day, s.measure, s.dimension, s.stripe, s.counter_value)",
      "INSERT INTO hw_report_counter (stripe, unit_key, local_day, measure, dimension, counter_value)"
          + " SELECT ?::smallint, u, d::date, m, x, v FROM unnest(?::varchar[], ?::varchar[], ?::varchar[],"
          + " ?::varchar[], ?::bigint[]) AS n (u, d, m, x, v)"
          + " ON CONFLICT (unit_key, local_day, measure, dimension, stripe)"
          + " DO UPDATE SET counter_value = hw_report_counter.counter_value + EXCLUDED.counter_value"),
  REPORT_COUNTER_SUM_BY_UNIT("SELECT unit_key, measure, dimension, SUM(counter_value) AS total"
      + " FROM hw_report_counter WHERE unit_key LIKE ? AND local_day BETWEEN ? AND ?"
      + " GROUP BY unit_key, measure, dimension HAVING SUM(counter_value) <> 0"),
  REPORT_COUNTER_SUM_BY_UNIT_OF("SELECT unit_key, measure, dimension, SUM(counter_value) AS total"
      + " FROM hw_report_counter WHERE unit_key LIKE ? AND local_day BETWEEN ? AND ? AND measure = ANY(?)"
      + " GROUP BY unit_key, measure, dimension HAVING SUM(counter_value) <> 0"),
  REPORT_COUNTER_SUM_BY_DAY("SELECT local_day, measure, dimension, SUM(counter_value) AS total"
      + " FROM hw_report_counter WHERE unit_key LIKE ? AND local_day BETWEEN ? AND ?"
      + " GROUP BY local_day, measure, dimension HAVING SUM(counter_value) <> 0"),
  REPORT_COUNTER_SUM_BY_DAY_OF("SELECT local_day, measure, dimension, SUM(counter_value) AS total"
      + " FROM hw_report_counter WHERE unit_key LIKE ? AND local_day BETWEEN ? AND ? AND measure = ANY(?)"
      + " GROUP BY local_day, measure, dimension HAVING SUM(counter_value) <> 0"),
  REPORT_COUNTER_LIST("SELECT local_day, measure, dimension, SUM(counter_value) AS total FROM hw_report_counter"
      + " WHERE unit_key = ? AND local_day BETWEEN ? AND ?"
      + " GROUP BY local_day, measure, dimension HAVING SUM(counter_value) <> 0"),

  // ---- audit ----
  AUDIT_INSERT("INSERT INTO hw_audit_event (" + Columns.AUDIT + ") VALUES (" + Columns.AUDIT_VALUES + ")"),
  AUDIT_INSERT_ARRAYS(
      "-- PostgreSQL only",
      "INSERT INTO hw_audit_event (" + Columns.AUDIT + ") SELECT * FROM unnest(?::uuid[], ?::timestamptz[],"
          + " ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[])"),
  AUDIT_LIST_FIRST("SELECT " + Columns.AUDIT + " FROM hw_audit_event WHERE unit_key LIKE ?"
      + " AND occurred_at >= ? ORDER BY occurred_at, event_id FETCH FIRST ? ROWS ONLY"),
  AUDIT_LIST_AFTER("SELECT " + Columns.AUDIT + " FROM hw_audit_event WHERE unit_key LIKE ?"
      + " AND occurred_at >= ? AND (occurred_at, event_id) > (?, ?) ORDER BY occurred_at, event_id"
      + " FETCH FIRST ? ROWS ONLY"),
  // AuditStore.query, in three shapes so that each is served by its own index: a unit subtree and period
  // (hw_audit_event_list_idx), one actor's events (hw_audit_event_actor_idx), one target's (hw_audit_event_target_idx,
  // with the actor, when also asked, as a residual filter: NULL binds "any actor").
  AUDIT_QUERY_FIRST("SELECT " + Columns.AUDIT + " FROM hw_audit_event WHERE unit_key LIKE ?"
      + " AND occurred_at >= ? AND occurred_at < ? ORDER BY occurred_at, event_id FETCH FIRST ? ROWS ONLY"),
  AUDIT_QUERY_AFTER("SELECT " + Columns.AUDIT + " FROM hw_audit_event WHERE unit_key LIKE ?"
      + " AND occurred_at >= ? AND occurred_at < ? AND (occurred_at, event_id) > (?, ?)"
      + " ORDER BY occurred_at, event_id FETCH FIRST ? ROWS ONLY"),
  AUDIT_QUERY_ACTOR_FIRST("SELECT " + Columns.AUDIT + " FROM hw_audit_event WHERE actor = ? AND unit_key LIKE ?"
      + " AND occurred_at >= ? AND occurred_at < ? ORDER BY occurred_at, event_id FETCH FIRST ? ROWS ONLY"),
  AUDIT_QUERY_ACTOR_AFTER("SELECT " + Columns.AUDIT + " FROM hw_audit_event WHERE actor = ? AND unit_key LIKE ?"
      + " AND occurred_at >= ? AND occurred_at < ? AND (occurred_at, event_id) > (?, ?)"
      + " ORDER BY occurred_at, event_id FETCH FIRST ? ROWS ONLY"),
  AUDIT_QUERY_TARGET_FIRST("SELECT " + Columns.AUDIT + " FROM hw_audit_event WHERE target_type = ? AND target_id = ?"
      + " AND (CAST(? AS VARCHAR(128)) IS NULL OR actor = ?) AND unit_key LIKE ? AND occurred_at >= ? AND occurred_at < ?"
      + " ORDER BY occurred_at, event_id FETCH FIRST ? ROWS ONLY"),
  AUDIT_QUERY_TARGET_AFTER("SELECT " + Columns.AUDIT + " FROM hw_audit_event WHERE target_type = ? AND target_id = ?"
      + " AND (CAST(? AS VARCHAR(128)) IS NULL OR actor = ?) AND unit_key LIKE ? AND occurred_at >= ? AND occurred_at < ?"
      + " AND (occurred_at, event_id) > (?, ?) ORDER BY occurred_at, event_id FETCH FIRST ? ROWS ONLY"),

  // ---- retention (V13) ----
  /**
   * Closed cases not yet anonymised whose period ended before a day, with no unresolved alert: served by
   * hw_case_retention_idx (anonymised_at IS NULL, then the range on actual_end), the alerts by hw_alert_case_idx.
   */
  RETENTION_DUE_CASES("SELECT " + Columns.CASE + " FROM hw_case WHERE anonymised_at IS NULL AND actual_end < ?"
      + " AND status = ANY(?) AND unit_key LIKE ? AND NOT EXISTS (SELECT 1 FROM hw_alert WHERE hw_alert.case_id ="
      + " hw_case.case_id AND hw_alert.status <> 'RESOLVED') ORDER BY case_id FETCH FIRST ? ROWS ONLY"),
  RETENTION_MARK_CASE("UPDATE hw_case SET anonymised_at = ? WHERE case_id = ?"),
  RETENTION_ERASE_DECLARATIONS("UPDATE hw_declaration SET note = NULL, latitude = NULL, longitude = NULL,"
      + " accuracy_meters = NULL, presence_reference = NULL WHERE case_id = ?"),
  /** Served by hw_feedback_case_idx. */
  RETENTION_FEEDBACK_OF_CASE("SELECT " + Columns.FEEDBACK + " FROM hw_feedback WHERE case_id = ?"
      + " ORDER BY feedback_id"),
  /** Finished messages of a scope created before an instant, oldest first: served by hw_outbox_created_idx. */
  RETENTION_REMOVE_MESSAGES("DELETE FROM hw_outbox WHERE message_id IN (SELECT message_id FROM hw_outbox"
      + " WHERE created_at < ? AND status <> 'PENDING' AND unit_key LIKE ? ORDER BY created_at, message_id"
      + " FETCH FIRST ? ROWS ONLY)"),
  /** A scope's events recorded before an instant, oldest first, but the kept actions: hw_audit_event_list_idx. */
  RETENTION_REMOVE_AUDIT("DELETE FROM hw_audit_event WHERE event_id IN (SELECT event_id FROM hw_audit_event"
      + " WHERE unit_key LIKE ? AND occurred_at < ? AND action NOT LIKE ? ORDER BY occurred_at, event_id"
      + " FETCH FIRST ? ROWS ONLY)");

  /**
   * The account list's filters. {@code roles} holds the role names sorted and joined by commas, so a role is held if
   * it is the whole value, its first, last or a middle name (bound as {@code R}, {@code R,%}, {@code %,R},
   * {@code %,R,%}); an absent filter is bound as NULL.
   */
  private static final String ACCOUNT_FILTERS = " AND (CAST(? AS VARCHAR(40)) IS NULL OR roles = ? OR roles LIKE ?"
      + " OR roles LIKE ? OR roles LIKE ?)"
      + " AND (CAST(? AS BOOLEAN) IS NULL OR active = ?) AND (CAST(? AS BOOLEAN) IS NULL OR on_duty = ?)";

  private final String h2;
  private final String postgresql;

  Sql(String portable) {
    this(portable, portable);
  }

  Sql(String h2, String postgresql) {
    this.h2 = h2;
    this.postgresql = postgresql;
  }

  /** The text to prepare on {@code dialect}. */
  public String text(Dialect dialect) {
    return dialect == Dialect.POSTGRESQL ? postgresql : h2;
  }
}
