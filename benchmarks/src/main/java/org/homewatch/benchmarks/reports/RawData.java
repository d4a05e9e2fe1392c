package org.homewatch.benchmarks.reports;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The benchmark's province as set-based SQL: units, cases, declarations and alerts from {@code generate_series},
 * then the report counters derived from them (one aggregate per measure), and the raw-table aggregate the
 * counters are compared with. Every value is a constant or a number, never text from outside.
 */
final class RawData {
  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final String LOCAL = "'Asia/Ho_Chi_Minh'";

  private RawData() {}

  /** The commune key of case number {@code i}: cases are spread round-robin over the communes. */
  private static String communeKey(int communesPerDistrict, int communes, String i) {
    String n = "(" + i + " % " + communes + ")";
    String d = "(" + n + " / " + communesPerDistrict + ")";
    String k = "(" + n + " % " + communesPerDistrict + ")";
    return "'GSO_2021:64/' || (600 + " + d + ") || '/' || (20000 + " + d + " * 100 + " + k + ") || '/'";
  }

  static List<String> statements(int cases, int days, LocalDate firstDay, int districts, int communesPerDistrict) {
    List<String> all = new java.util.ArrayList<>(rawStatements(cases, days, firstDay, districts, communesPerDistrict));
    all.addAll(counterStatements(cases, days, firstDay, districts, communesPerDistrict));
    return all;
  }

  /** The raw rows (units, cases, declarations, alerts); {@link #counterStatements} derives the counters. */
  static List<String> rawStatements(int cases, int days, LocalDate firstDay, int districts, int communesPerDistrict) {
    int communes = districts * communesPerDistrict;
    String first = "date '" + firstDay + "'";
    String unitOfCase = communeKey(communesPerDistrict, communes, "i");
    String dayOf = "((%s) AT TIME ZONE " + LOCAL + ")::date";
    return List.of(
        "INSERT INTO hw_jurisdiction (path_key, scheme, code, unit_level, parent_key, name)"
            + " VALUES ('GSO_2021:64/', 'GSO_2021', '64', 'PROVINCE', NULL, 'Gia Lai')",
        "INSERT INTO hw_jurisdiction (path_key, scheme, code, unit_level, parent_key, name)"
            + " SELECT 'GSO_2021:64/' || (600 + d) || '/', 'GSO_2021', (600 + d)::text, 'DISTRICT', 'GSO_2021:64/',"
            + " 'Huyện ' || d FROM generate_series(0, " + (districts - 1) + ") d",
        "INSERT INTO hw_jurisdiction (path_key, scheme, code, unit_level, parent_key, name)"
            + " SELECT 'GSO_2021:64/' || (600 + d) || '/' || (20000 + d * 100 + k) || '/', 'GSO_2021',"
            + " (20000 + d * 100 + k)::text, 'COMMUNE', 'GSO_2021:64/' || (600 + d) || '/', 'Xã ' || d || '-' || k"
            + " FROM generate_series(0, " + (districts - 1) + ") d, generate_series(0, " + (communesPerDistrict - 1)
            + ") k",
        // loading is faster without the indexes; they are built again afterwards, sorted. The declarations are
        // not WAL-logged: the benchmark rebuilds them rather than recovering them, and reading an unlogged table
        // is the same as reading a logged one.
        "ALTER TABLE hw_declaration SET UNLOGGED",
        "ALTER TABLE hw_declaration DROP CONSTRAINT hw_declaration_pk",
        "DROP INDEX hw_declaration_observed_idx",
        "INSERT INTO hw_case (case_id, unit_key, status, category, person_id, national_id, phone, person,"
            + " decision_number, decision_issuer, decision_issued_on, period_start, planned_end, actual_end,"
            + " risk_factors, zone_id, schedule_id, household_head, previous_case, last_declared_at, latest_severity,"
            + " latest_severity_rank, worst_severity, declaration_count, history, created_at, version, search_key)"
            + " SELECT md5('case' || i)::uuid, " + unitOfCase + ","
            + " CASE WHEN i % 10 = 0 THEN 'COMPLETED' ELSE 'ACTIVE' END,"
            + " CASE i % 3 WHEN 0 THEN 'F1' WHEN 1 THEN 'F2' ELSE 'POST_FACILITY' END,"
            + " md5('person' || i)::uuid, NULL, '+8490' || lpad(i::text, 7, '0'), '{}', 'QĐ', 'UBND', " + first + ", "
            + first + ", " + first + " + 14, NULL, '[]', 'Asia/Ho_Chi_Minh', NULL, NULL, NULL, NULL, 'NORMAL', 0,"
            + " 'NORMAL', " + days + ", '[]', (" + first + " + (i % " + days + ")) + time '01:00', 0, 'nguoi ' || i"
            + " FROM generate_series(0, " + (cases - 1) + ") i",
        "INSERT INTO hw_declaration (case_id, declaration_id, observed_at, submitted_at, submitter_kind,"
            + " submitter_account, temperature_celsius, spo2_percent, respiratory_rate, pulse, symptoms, severity,"
            + " findings, rule_set_id, rule_set_version, assessed_at)"
            + " SELECT md5('case' || i)::uuid, gen_random_uuid(), t, t, 'SELF', 'citizen', 36.8, 98, 16, 78, '[]',"
            + " CASE WHEN (i + day) % 100 = 0 THEN 'ABNORMAL' ELSE 'NORMAL' END, '[]', 'moh261', 1, t"
            + " FROM generate_series(0, " + (days - 1) + ") day, generate_series(0, " + (cases - 1) + ") i,"
            + " LATERAL (SELECT ((" + first + " + day) + time '12:00') + (i % 600) * interval '1 second' AS t) x",
        "ALTER TABLE hw_declaration ADD CONSTRAINT hw_declaration_pk PRIMARY KEY (case_id, declaration_id)",
        "CREATE INDEX hw_declaration_observed_idx ON hw_declaration (case_id, observed_at, declaration_id)",
        "INSERT INTO hw_alert (case_id, alert_id, kind, severity, queue_rank, status, unit_key, escalation_level,"
            + " opened_at, acknowledge_by, trigger_declaration, summary, handled_by, outcome, history, version)"
            + " SELECT md5('case' || i)::uuid, gen_random_uuid(), 'HEALTH', 'ABNORMAL', 2, 'RESOLVED', " + unitOfCase
            + ", 0, t, t + interval '30 minutes', NULL, 'SpO2', 'nurse', 'CONTACTED_STABLE', '[]', 2"
            + " FROM generate_series(0, " + (cases - 1) + ", 100) i,"
            + " LATERAL (SELECT ((" + first + " + (i / 100) % " + days + ") + time '12:05') AS t) x");
  }

  /** The counters derived from the raw rows by set-based SQL (run after {@link #statements}'s raw rows). */
  static List<String> counterStatements(int cases, int days, LocalDate firstDay, int districts,
      int communesPerDistrict) {
    int communes = districts * communesPerDistrict;
    String first = "date '" + firstDay + "'";
    String unitOfCase = communeKey(communesPerDistrict, communes, "i");
    String dayOf = "((%s) AT TIME ZONE " + LOCAL + ")::date";
    return List.of(
        // the counters the counting transaction would have written for these events
        counters("CASE_REGISTERED", "c.category", "hw_case c", String.format(dayOf, "c.created_at"), "c.unit_key"),
        counters("CASES", "c.category || '/' || c.status", "hw_case c", String.format(dayOf, "c.created_at"),
            "c.unit_key"),
        // The declarations' two measures, from the same formulas that made the rows, grouped once per case rather
        // than per declaration: case i declares every day at 12:00 UTC + (i % 600) s (19:00 local, the same local
        // day), abnormal when (i + day) % 100 = 0. Spread over the JDBC store's 4 stripes as submissions from several
        // threads spread them (stripe (i % 600) % 4), the most rows a report can have to sum. The setup checks the
        // resulting report against the raw aggregate over the declaration rows.
        "WITH g AS (SELECT " + unitOfCase + " AS u, (i % 600) % 4 AS st, i % 100 AS r, count(*) AS n"
            + " FROM generate_series(0, " + (cases - 1) + ") i GROUP BY 1, 2, 3),"
            + " a AS (SELECT u, st, sum(n) AS n FROM g GROUP BY 1, 2),"
            + " ds AS (SELECT day FROM generate_series(0, " + (days - 1) + ") day),"
            + " ab AS (SELECT g.u, g.st, ds.day, g.n FROM g JOIN ds ON g.r = (100 - ds.day % 100) % 100),"
            + " t AS (SELECT a.u, a.st, ds.day, a.n AS total, coalesce(ab.n, 0) AS abnormal FROM a CROSS JOIN ds"
            + " LEFT JOIN ab ON ab.u = a.u AND ab.st = a.st AND ab.day = ds.day)"
            + " INSERT INTO hw_report_counter (unit_key, local_day, measure, dimension, stripe, counter_value)"
            + " SELECT u, " + first + " + day, 'DECLARATION_RECEIVED', '', st, total FROM t"
            + " UNION ALL SELECT u, " + first + " + day, 'ASSESSED', 'NORMAL', st, total - abnormal FROM t"
            + " WHERE total <> abnormal"
            + " UNION ALL SELECT u, " + first + " + day, 'ASSESSED', 'ABNORMAL', st, abnormal FROM t WHERE abnormal <> 0",
        counters("ALERT_OPENED", "a.kind || '/' || a.severity", "hw_alert a", String.format(dayOf, "a.opened_at"),
            "a.unit_key"),
        counters("ALERT_ACKNOWLEDGED", "a.kind || '/' || a.severity", "hw_alert a",
            String.format(dayOf, "a.opened_at + interval '10 minutes'"), "a.unit_key"),
        counters("ALERT_RESOLVED", "a.kind || '/' || a.severity", "hw_alert a",
            String.format(dayOf, "a.opened_at + interval '40 minutes'"), "a.unit_key"),
        counters("ALERT_OUTCOME", "a.outcome", "hw_alert a", String.format(dayOf, "a.opened_at"), "a.unit_key"),
        counters("TIME_TO_ACK", "'0/6'", "hw_alert a", String.format(dayOf, "a.opened_at"), "a.unit_key"),
        counters("TIME_TO_RESOLVE", "'0/9'", "hw_alert a", String.format(dayOf, "a.opened_at"), "a.unit_key"));
  }

  private static String counters(String measure, String dimension, String from, String day, String unit) {
    return "INSERT INTO hw_report_counter (unit_key, local_day, measure, dimension, stripe, counter_value)"
        + " SELECT " + unit + ", " + day + ", '" + measure + "', " + dimension + ", 0, count(*) FROM " + from
        + " GROUP BY 1, 2, 4";
  }

  /**
   * The report as the peers compute it: one statement over the raw tables, grouped by commune and day (the
   * declarations by severity, the cases by category and status with the day they were registered, the alerts by
   * kind and severity). Parameters: scope pattern, from, to; scope pattern; scope pattern, from, to.
   */
  static final String AGGREGATE = "SELECT c.unit_key, (d.submitted_at AT TIME ZONE " + LOCAL + ")::date AS day,"
      + " 'ASSESSED' AS measure, d.severity AS dimension, count(*) AS n"
      + " FROM hw_declaration d JOIN hw_case c ON c.case_id = d.case_id"
      + " WHERE c.unit_key LIKE ? AND d.submitted_at >= ? AND d.submitted_at < ? GROUP BY 1, 2, 4"
      + " UNION ALL SELECT unit_key, (created_at AT TIME ZONE " + LOCAL + ")::date, 'CASES',"
      + " category || '/' || status, count(*) FROM hw_case WHERE unit_key LIKE ? GROUP BY 1, 2, 4"
      + " UNION ALL SELECT unit_key, (opened_at AT TIME ZONE " + LOCAL + ")::date, 'ALERT_OPENED',"
      + " kind || '/' || severity, count(*) FROM hw_alert WHERE unit_key LIKE ? AND opened_at >= ?"
      + " AND opened_at < ? GROUP BY 1, 2, 4";
}
