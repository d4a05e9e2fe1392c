package org.homewatch.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Reads the migrated schema through {@link DatabaseMetaData} and holds it to the Citus rules of DESIGN.md and to
 * the indexes the package documentation promises.
 */
abstract class SchemaContract {
  /** Distributed by case_id on Citus: the primary key must hold it. */
  static final Set<String> CASE_SCOPED = Set.of("hw_case", "hw_declaration", "hw_alert", "hw_spot_check");
  /** Small tables copied to every Citus node. */
  static final Set<String> REFERENCE = Set.of("hw_jurisdiction", "hw_account");
  /** Keyed by their own ids (not tied to one case). */
  static final Set<String> OWN_KEYED = Set.of("hw_outbox", "hw_feedback", "hw_audit_event", "hw_link_code",
      "hw_citizen_link", "hw_link_phone");
  /** Aggregates keyed by (jurisdiction, day), as DESIGN.md has reports read them (distributed by unit_key). */
  static final Set<String> UNIT_DAY_KEYED = Set.of("hw_report_counter");

  /** Index name → its leading columns, as documented in the migration and in package-info. */
  static final Map<String, List<String>> DOCUMENTED_INDEXES = Map.ofEntries(
      Map.entry("hw_case_sweep_idx", List.of("status", "case_id")),
      Map.entry("hw_case_line_list_idx", List.of("unit_key", "status", "case_id")),
      Map.entry("hw_case_national_id_idx", List.of("national_id")),
      Map.entry("hw_case_phone_idx", List.of("phone")),
      Map.entry("hw_case_search_key_idx", List.of("search_key", "case_id")),
      Map.entry("hw_declaration_observed_idx", List.of("case_id", "observed_at", "declaration_id")),
      Map.entry("hw_alert_queue_idx", List.of("unit_key", "status", "queue_rank", "opened_at", "alert_id")),
      Map.entry("hw_alert_escalation_idx", List.of("status", "acknowledge_by", "alert_id")),
      Map.entry("hw_alert_id_idx", List.of("alert_id")),
      Map.entry("hw_alert_case_idx", List.of("case_id", "kind", "status")),
      Map.entry("hw_outbox_due_idx", List.of("status", "next_attempt_at", "message_id")),
      Map.entry("hw_feedback_list_idx", List.of("unit_key", "status", "submitted_at", "feedback_id")),
      Map.entry("hw_case_household_head_idx", List.of("household_head")),
      Map.entry("hw_link_code_issued_idx", List.of("phone", "issued_at", "code_id")),
      Map.entry("hw_audit_event_list_idx", List.of("unit_key", "occurred_at", "event_id")),
      Map.entry("hw_audit_event_actor_idx", List.of("actor", "occurred_at", "event_id")),
      Map.entry("hw_audit_event_target_idx", List.of("target_type", "target_id", "occurred_at", "event_id")),
      Map.entry("hw_account_on_duty_idx", List.of("scope_key", "active", "on_duty", "account_id")),
      Map.entry("hw_account_list_idx", List.of("scope_key", "account_id")),
      Map.entry("hw_jurisdiction_children_idx", List.of("parent_key", "code")),
      Map.entry("hw_case_retention_idx", List.of("anonymised_at", "actual_end", "case_id")),
      Map.entry("hw_feedback_case_idx", List.of("case_id")),
      Map.entry("hw_outbox_created_idx", List.of("created_at", "message_id")),
      Map.entry("hw_link_code_expires_idx", List.of("expires_at", "phone", "code_id")),
      Map.entry("hw_citizen_link_person_idx", List.of("person_id")));

  /** A connection to a freshly migrated database. */
  protected abstract Connection migratedConnection() throws SQLException;

  @Test
  @DisplayName("every Homewatch table is classified as case-scoped, reference, or keyed by its own id")
  void everyTableClassified() throws SQLException {
    try (Connection c = migratedConnection()) {
      Set<String> expected = new TreeSet<>(CASE_SCOPED);
      expected.addAll(REFERENCE);
      expected.addAll(OWN_KEYED);
      expected.addAll(UNIT_DAY_KEYED);
      assertEquals(expected, homewatchTables(c.getMetaData()));
    }
  }

  @Test
  @DisplayName("the report counters are keyed by unit and day first, so a subtree's days are one range of the key,"
      + " then by measure, dimension and stripe")
  void countersKeyedByUnitAndDay() throws SQLException {
    try (Connection c = migratedConnection()) {
      for (String table : UNIT_DAY_KEYED) {
        assertEquals(Set.of("unit_key", "local_day", "measure", "dimension", "stripe"),
            primaryKey(c.getMetaData(), table));
      }
    }
  }

  @Test
  @DisplayName("every case-scoped table has case_id in its primary key (the Citus distribution column)")
  void caseScopedKeysHoldCaseId() throws SQLException {
    try (Connection c = migratedConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      List<String> offenders = new ArrayList<>();
      for (String table : CASE_SCOPED) {
        Set<String> key = primaryKey(meta, table);
        if (!key.contains("case_id")) {
          offenders.add(table + " " + key);
        }
      }
      assertEquals(List.of(), offenders, "case-scoped tables whose primary key lacks case_id");
    }
  }

  @Test
  @DisplayName("no table other than the case-scoped ones has a case_id in its primary key by accident of design")
  void referenceTablesAreNotCaseKeyed() throws SQLException {
    try (Connection c = migratedConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      for (String table : REFERENCE) {
        assertTrue(!primaryKey(meta, table).contains("case_id"), table + " is a reference table");
      }
    }
  }

  @Test
  @DisplayName("the documented indexes for the sweep, the alert queue, line lists and the outbox exist as documented")
  void documentedIndexesExist() throws SQLException {
    try (Connection c = migratedConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      Map<String, List<String>> found = new TreeMap<>();
      for (String table : homewatchTables(meta)) {
        found.putAll(indexes(meta, table));
      }
      for (Map.Entry<String, List<String>> e : DOCUMENTED_INDEXES.entrySet()) {
        assertEquals(e.getValue(), found.get(e.getKey()), "index " + e.getKey());
      }
    }
  }

  private static String name(DatabaseMetaData meta, String lowerCase) throws SQLException {
    return meta.storesUpperCaseIdentifiers() ? lowerCase.toUpperCase(Locale.ROOT) : lowerCase;
  }

  private static Set<String> homewatchTables(DatabaseMetaData meta) throws SQLException {
    Set<String> tables = new TreeSet<>();
    try (ResultSet rs = meta.getTables(null, null, name(meta, "hw_%"), new String[] {"TABLE", "BASE TABLE"})) {
      while (rs.next()) {
        tables.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return tables;
  }

  private static Set<String> primaryKey(DatabaseMetaData meta, String table) throws SQLException {
    Set<String> columns = new TreeSet<>();
    try (ResultSet rs = meta.getPrimaryKeys(null, null, name(meta, table))) {
      while (rs.next()) {
        columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
      }
    }
    assertTrue(!columns.isEmpty(), table + " has no primary key");
    return columns;
  }

  private static Map<String, List<String>> indexes(DatabaseMetaData meta, String table) throws SQLException {
    Map<String, TreeMap<Short, String>> byName = new TreeMap<>();
    try (ResultSet rs = meta.getIndexInfo(null, null, name(meta, table), false, false)) {
      while (rs.next()) {
        String index = rs.getString("INDEX_NAME");
        String column = rs.getString("COLUMN_NAME");
        if (index != null && column != null) {
          byName.computeIfAbsent(index.toLowerCase(Locale.ROOT), k -> new TreeMap<>())
              .put(rs.getShort("ORDINAL_POSITION"), column.toLowerCase(Locale.ROOT));
        }
      }
    }
    Map<String, List<String>> out = new TreeMap<>();
    byName.forEach((index, columns) -> out.put(index, List.copyOf(columns.values())));
    return out;
  }
}
