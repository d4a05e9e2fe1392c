package org.homewatch.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.homewatch.model.Account;
import org.homewatch.model.AccountId;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.Role;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.Severity;
import org.homewatch.storage.jdbc.internal.Dialect;
import org.homewatch.storage.jdbc.internal.Scopes;
import org.homewatch.storage.jdbc.internal.Sql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Asks PostgreSQL's planner how it would run the hot statements, exactly as the stores send them (bound values,
 * including the jurisdiction prefix pattern), and checks that the documented index can serve each. Sequential scans
 * are switched off for the question: on a test-sized table a scan is always cheapest, and what matters is that an
 * index path exists at all (a LIKE prefix needs the "C" collation and no ESCAPE clause for that).
 */
@DisplayName("PostgreSQL can serve the hot statements from their documented indexes")
class PostgresIndexUseTest {
  private static TestDatabases.PgDatabase database;

  @BeforeAll
  static void fill() {
    database = TestDatabases.migratedPostgresDatabase();
    try (JdbcStorage storage = JdbcStorage.builder().dataSource(database.dataSource()).build()) {
      List<IsolationCase> cases = new ArrayList<>();
      // Twenty districts of one commune each; a tenth of the cases still ACTIVE.
      for (int i = 0; i < 400; i++) {
        cases.add(Fixtures.isolationCase(Fixtures.PROVINCE.child("d" + i % 20).child("c" + i % 20),
            i % 10 < 1 ? CaseStatus.ACTIVE : CaseStatus.COMPLETED));
      }
      storage.useTransaction(tx -> {
        cases.forEach(tx.cases()::insert);
        for (IsolationCase c : cases.subList(0, 200)) {
          tx.alerts().insert(Fixtures.alert(c.id(), c.responsibleUnit(), Severity.ABNORMAL, Fixtures.T0));
          tx.outbox().enqueue(Fixtures.message(Fixtures.T0));
        }
        // Staff accounts: five per district (and so per commune), ids that do not follow their units.
        for (int i = 0; i < 100; i++) {
          JurisdictionPath unit = Fixtures.PROVINCE.child("d" + i % 20).child("c" + i % 20);
          tx.accounts().save(new Account(new AccountId("acc-" + (100 - i)), "Cán bộ " + i, Set.of(Role.MONITOR),
              unit, List.of(), i % 2 == 0, true, 0));
        }
        // The audit trail: reads of every case by twenty accounts, an hour apart, so no one index is trivially best.
        for (int i = 0; i < cases.size(); i++) {
          IsolationCase c = cases.get(i);
          java.time.Instant at = Fixtures.T0.plusSeconds(3600L * (i % 48));
          tx.audit().append(new org.homewatch.model.AuditEvent(org.homewatch.model.AuditEventId.timeOrdered(at), at,
              new org.homewatch.model.AccountId("yta-" + i % 20), "case.read", "case", c.id().toString(),
              c.responsibleUnit(), java.util.Map.of()));
        }
      });
    }
    try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute("ANALYZE");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterAll
  static void drop() {
    TestDatabases.drop(database);
  }

  private interface Binder {
    void bind(Connection c, PreparedStatement ps) throws SQLException;
  }

  private static String plan(Sql sql, Binder binder) throws SQLException {
    try (Connection c = database.dataSource().getConnection()) {
      try (Statement s = c.createStatement()) {
        s.execute("SET enable_seqscan = off");
      }
      try (PreparedStatement ps = c.prepareStatement("EXPLAIN " + sql.text(Dialect.POSTGRESQL))) {
        binder.bind(c, ps);
        StringBuilder plan = new StringBuilder();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            plan.append(rs.getString(1)).append('\n');
          }
        }
        return plan.toString();
      }
    }
  }

  private static void assertUses(String index, String plan) {
    assertTrue(plan.contains(index), "expected " + index + " in\n" + plan);
  }

  private static OffsetDateTime at(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  @Test
  @DisplayName("the retention purge finds due cases through hw_case_retention_idx and old finished messages through "
      + "hw_outbox_created_idx")
  void retention() throws SQLException {
    assertUses("hw_case_retention_idx", plan(Sql.RETENTION_DUE_CASES, (c, ps) -> {
      ps.setObject(1, java.time.LocalDate.of(2021, 9, 1));
      ps.setArray(2, c.createArrayOf("varchar", new Object[] {"COMPLETED", "ESCALATED", "TRANSFERRED", "CANCELLED"}));
      ps.setString(3, Scopes.subtree(Fixtures.PROVINCE));
      ps.setInt(4, 100);
    }));
    assertUses("hw_outbox_created_idx", plan(Sql.RETENTION_REMOVE_MESSAGES, (c, ps) -> {
      ps.setObject(1, at(Fixtures.T0));
      ps.setString(2, Scopes.subtree(Fixtures.PROVINCE));
      ps.setInt(3, 100);
    }));
  }

  @Test
  @DisplayName("a line list of one district uses hw_case_line_list_idx with the prefix as a range")
  void lineList() throws SQLException {
    String plan = plan(Sql.CASE_LIST_FIRST, (c, ps) -> {
      ps.setString(1, Scopes.subtree(Fixtures.PROVINCE.child("d7")));
      ps.setArray(2, c.createArrayOf("varchar", new Object[] {"ACTIVE", "COMPLETED"}));
      ps.setArray(3, c.createArrayOf("varchar", new Object[] {"F1", "F2"}));
      ps.setInt(4, 0);
      bindNoDeclarationBounds(ps, 5);
      ps.setInt(9, 51);
    });
    assertUses("hw_case_line_list_idx", plan);
    assertTrue(plan.contains(">= 'GSO_2021:64/d7/'"), "the LIKE prefix became an index range:\n" + plan);
  }

  @Test
  @DisplayName("an administrator's account list of one district is a range of hw_account_list_idx, "
      + "first page and next; filtered to active on-duty monitors it is still a range of an index on the unit")
  void accountList() throws SQLException {
    for (Sql sql : List.of(Sql.ACCOUNT_LIST_FIRST, Sql.ACCOUNT_LIST_AFTER)) {
      String plan = plan(sql, accountList(sql, null, null));
      assertUses("hw_account_list_idx", plan);
      assertTrue(plan.contains(">= 'GSO_2021:64/d7/'"), "the LIKE prefix became an index range:\n" + plan);
      String filtered = plan(sql, accountList(sql, "MONITOR", Boolean.TRUE));
      assertTrue(filtered.contains("hw_account_list_idx") || filtered.contains("hw_account_on_duty_idx"), filtered);
      assertTrue(filtered.contains(">= 'GSO_2021:64/d7/'"), "the LIKE prefix became an index range:\n" + filtered);
    }
  }

  /** Binds an account list of district d7, with a role and both flags or no filter at all. */
  private static Binder accountList(Sql sql, String role, Boolean flags) {
    return (c, ps) -> {
      ps.setString(1, Scopes.subtree(Fixtures.PROVINCE.child("d7")));
      String[] patterns = role == null ? new String[] {null, null, null, null}
          : new String[] {role, role + ",%", "%," + role, "%," + role + ",%"};
      ps.setString(2, role);
      for (int i = 0; i < 4; i++) {
        ps.setString(3 + i, patterns[i]);
      }
      for (int i = 7; i <= 10; i++) {
        ps.setObject(i, flags, java.sql.Types.BOOLEAN);
      }
      if (sql == Sql.ACCOUNT_LIST_FIRST) {
        ps.setInt(11, 51);
      } else {
        ps.setString(11, Fixtures.PROVINCE.child("d7").child("c7").key());
        ps.setString(12, "acc-50");
        ps.setInt(13, 51);
      }
    };
  }

  /** The four parameters of the bounds on the last declaration, as a query without them binds them. */
  private static void bindNoDeclarationBounds(PreparedStatement ps, int first) throws SQLException {
    ps.setObject(first, at(Instant.parse("1900-01-01T00:00:00Z")));
    ps.setObject(first + 1, at(Instant.parse("1900-01-01T00:00:00Z")));
    ps.setObject(first + 2, at(Instant.parse("1900-01-01T00:00:00Z")));
    ps.setObject(first + 3, at(Instant.parse("9999-01-01T00:00:00Z")));
  }

  /** Binds a search statement: the person's key, then the scope and filters of the line list of a district. */
  private static Binder search(String key, boolean after) {
    return (c, ps) -> {
      ps.setString(1, key);
      ps.setString(2, Scopes.subtree(Fixtures.PROVINCE.child("d7")));
      ps.setArray(3, c.createArrayOf("varchar", new Object[] {"ACTIVE"}));
      ps.setArray(4, c.createArrayOf("varchar", new Object[] {"F1", "F2", "POST_FACILITY", "ENTRY", "F0_HOME_CARE",
          "OTHER"}));
      ps.setInt(5, 0);
      bindNoDeclarationBounds(ps, 6);
      if (after) {
        ps.setObject(10, new java.util.UUID(0, 0));
      }
      ps.setInt(after ? 11 : 10, 51);
    };
  }

  @Test
  @DisplayName("a name search finds the folded name's prefix as a range of hw_case_search_key_idx, first and next pages")
  void nameSearch() throws SQLException {
    for (Sql sql : List.of(Sql.CASE_SEARCH_NAME_FIRST, Sql.CASE_SEARCH_NAME_AFTER)) {
      String plan = plan(sql, search("nguyen thi h%", sql == Sql.CASE_SEARCH_NAME_AFTER));
      assertUses("hw_case_search_key_idx", plan);
      assertTrue(plan.contains(">= 'nguyen thi h'"), "the LIKE prefix became an index range:\n" + plan);
    }
  }

  @Test
  @DisplayName("a phone search uses hw_case_phone_idx and a national-id search hw_case_national_id_idx")
  void numberSearch() throws SQLException {
    assertUses("hw_case_phone_idx", plan(Sql.CASE_SEARCH_PHONE_FIRST, search("+84905111222", false)));
    assertUses("hw_case_phone_idx", plan(Sql.CASE_SEARCH_PHONE_AFTER, search("+84905111222", true)));
    assertUses("hw_case_national_id_idx", plan(Sql.CASE_SEARCH_NATIONAL_ID_FIRST, search("064080001234", false)));
    assertUses("hw_case_national_id_idx", plan(Sql.CASE_SEARCH_NATIONAL_ID_AFTER, search("064080001234", true)));
  }

  @Test
  @DisplayName("the cases of a person id, read at registration, are found through hw_case_person_idx")
  void casesOfPerson() throws SQLException {
    String plan = plan(Sql.CASE_BY_PERSON, (c, ps) -> ps.setObject(1, java.util.UUID.randomUUID()));
    assertUses("hw_case_person_idx", plan);
  }

  @Test
  @DisplayName("the citizen's views find a household head's cases through hw_case_household_head_idx and a case's "
      + "feedback through hw_feedback_case_idx")
  void citizenViews() throws SQLException {
    assertUses("hw_case_household_head_idx",
        plan(Sql.CASE_BY_HOUSEHOLD_HEAD, (c, ps) -> ps.setObject(1, java.util.UUID.randomUUID())));
    assertUses("hw_feedback_case_idx", plan(Sql.FEEDBACK_FOR_CASE, (c, ps) -> {
      ps.setObject(1, java.util.UUID.randomUUID());
      ps.setInt(2, 200);
    }));
  }

  @Test
  @DisplayName("a phone's latest one-time code is read through hw_link_code_issued_idx")
  void latestLinkCode() throws SQLException {
    assertUses("hw_link_code_issued_idx", plan(Sql.LINK_CODE_LATEST, (c, ps) -> ps.setString(1, "+84905111222")));
  }

  @Test
  @DisplayName("the retention purge finds long-expired one-time codes through hw_link_code_expires_idx, a "
      + "phone's codes through hw_link_code_issued_idx and a person's citizen links through hw_citizen_link_person_idx")
  void citizenIdentityRetention() throws SQLException {
    assertUses("hw_link_code_expires_idx", plan(Sql.LINK_CODE_REMOVE_EXPIRED, (c, ps) -> {
      ps.setObject(1, at(Fixtures.T0));
      ps.setInt(2, 100);
    }));
    assertUses("hw_link_code_issued_idx",
        plan(Sql.LINK_CODE_REMOVE_OF_PHONE, (c, ps) -> ps.setString(1, "+84905111222")));
    assertUses("hw_citizen_link_person_idx",
        plan(Sql.CITIZEN_LINK_REMOVE_OF_PERSON, (c, ps) -> ps.setObject(1, java.util.UUID.randomUUID())));
  }

  @Test
  @DisplayName("the sweep over a whole province's ACTIVE cases walks hw_case_sweep_idx in case-id order")
  void sweep() throws SQLException {
    String plan = plan(Sql.CASE_LIST_AFTER, (c, ps) -> {
      ps.setString(1, Scopes.subtree(Fixtures.PROVINCE));
      ps.setArray(2, c.createArrayOf("varchar", new Object[] {"ACTIVE"}));
      ps.setArray(3, c.createArrayOf("varchar", new Object[] {"F1", "F2", "POST_FACILITY", "ENTRY", "F0_HOME_CARE",
          "OTHER"}));
      ps.setInt(4, 0);
      bindNoDeclarationBounds(ps, 5);
      ps.setObject(9, new java.util.UUID(0, 0));
      ps.setInt(10, 201);
    });
    assertTrue(plan.contains("hw_case_sweep_idx") || plan.contains("hw_case_line_list_idx"), plan);
  }

  @Test
  @DisplayName("the alert queue of a district uses hw_alert_queue_idx")
  void alertQueue() throws SQLException {
    String plan = plan(Sql.ALERT_QUEUE_FIRST, (c, ps) -> {
      ps.setString(1, Scopes.subtree(Fixtures.PROVINCE.child("d3")));
      ps.setArray(2, c.createArrayOf("varchar", new Object[] {"OPEN", "ACKNOWLEDGED"}));
      ps.setArray(3, c.createArrayOf("varchar", new Object[] {"HEALTH"}));
      ps.setInt(4, 51);
    });
    assertUses("hw_alert_queue_idx", plan);
  }

  @Test
  @DisplayName("leasing a province's outbox finds the due messages through hw_outbox_due_idx")
  void outboxDue() throws SQLException {
    String plan = plan(Sql.OUTBOX_LEASE_CANDIDATES, (c, ps) -> {
      ps.setObject(1, at(Fixtures.T0));
      ps.setObject(2, at(Fixtures.T0));
      ps.setString(3, Scopes.subtree(Fixtures.PROVINCE));
      ps.setInt(4, 50);
    });
    assertUses("hw_outbox_due_idx", plan);
    assertTrue(plan.contains("LockRows"), plan);
  }

  @Test
  @DisplayName("escalation finds OPEN alerts past their deadline through hw_alert_escalation_idx")
  void escalation() throws SQLException {
    String plan = plan(Sql.ALERT_DUE_FOR_ESCALATION, (c, ps) -> {
      ps.setObject(1, at(Fixtures.T0.plusSeconds(3600)));
      ps.setString(2, Scopes.subtree(Fixtures.PROVINCE));
      ps.setInt(3, 50);
    });
    assertUses("hw_alert_escalation_idx", plan);
  }

  @Test
  @DisplayName("follow-up finds ACKNOWLEDGED alerts past their resolve-by deadline through hw_alert_escalation_idx")
  void resolutionFollowUp() throws SQLException {
    String plan = plan(Sql.ALERT_DUE_FOR_RESOLUTION_FOLLOW_UP, (c, ps) -> {
      ps.setObject(1, at(Fixtures.T0.plusSeconds(3600)));
      ps.setString(2, Scopes.subtree(Fixtures.PROVINCE));
      ps.setInt(3, 50);
    });
    assertUses("hw_alert_escalation_idx", plan);
  }

  @Test
  @DisplayName("the audit trail of one actor over a period is read through hw_audit_event_actor_idx")
  void auditByActor() throws SQLException {
    String plan = plan(Sql.AUDIT_QUERY_ACTOR_FIRST, (c, ps) -> {
      ps.setString(1, "yta-chu-se-1");
      ps.setString(2, Scopes.subtree(Fixtures.PROVINCE));
      ps.setObject(3, at(Fixtures.T0));
      ps.setObject(4, at(Fixtures.T0.plusSeconds(86_400)));
      ps.setInt(5, 51);
    });
    assertUses("hw_audit_event_actor_idx", plan);
  }

  @Test
  @DisplayName("who looked at one case over a period is read through hw_audit_event_target_idx")
  void auditByCase() throws SQLException {
    String plan = plan(Sql.AUDIT_QUERY_TARGET_AFTER, (c, ps) -> {
      ps.setString(1, "case");
      ps.setString(2, java.util.UUID.randomUUID().toString());
      ps.setNull(3, java.sql.Types.VARCHAR);
      ps.setNull(4, java.sql.Types.VARCHAR);
      ps.setString(5, Scopes.subtree(Fixtures.PROVINCE));
      ps.setObject(6, at(Fixtures.T0));
      ps.setObject(7, at(Fixtures.T0.plusSeconds(86_400)));
      ps.setObject(8, at(Fixtures.T0));
      ps.setObject(9, new java.util.UUID(0, 0));
      ps.setInt(10, 51);
    });
    assertUses("hw_audit_event_target_idx", plan);
  }

  @Test
  @DisplayName("a district's audit trail over a period is read through hw_audit_event_list_idx")
  void auditBySubtree() throws SQLException {
    String plan = plan(Sql.AUDIT_QUERY_FIRST, (c, ps) -> {
      ps.setString(1, Scopes.subtree(Fixtures.PROVINCE.child("d3")));
      ps.setObject(2, at(Fixtures.T0));
      ps.setObject(3, at(Fixtures.T0.plusSeconds(86_400)));
      ps.setInt(4, 51);
    });
    assertUses("hw_audit_event_list_idx", plan);
  }
}
