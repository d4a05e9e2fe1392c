package org.homewatch.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.homewatch.model.Alert;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.OutboxMessageId;
import org.homewatch.model.Severity;
import org.homewatch.storage.jdbc.internal.Dialect;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Migration V4 gives the outbox messages written before it the unit they are about: a staff notification takes its
 * alert's unit (its idempotency key starts with the alert id), a reminder or spot-check request its case's unit. The
 * test puts such rows in a table shaped as before V4 and runs the migration's script over them.
 */
@DisplayName("Migration V4 gives earlier outbox messages the unit of their alert or case")
class OutboxUnitMigrationTest {
  private static final String SCRIPT = "/org/homewatch/storage/jdbc/migration/V4__outbox_unit.sql";

  @Test
  @DisplayName("on H2")
  void h2() throws Exception {
    String name = "hw-v4-" + UUID.randomUUID();
    JdbcDataSource source = new JdbcDataSource();
    source.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    check(source, Dialect.H2);
  }

  @Test
  @DisplayName("on PostgreSQL")
  void postgres() throws Exception {
    TestDatabases.PgDatabase database = TestDatabases.migratedPostgresDatabase();
    try {
      check(database.dataSource(), Dialect.POSTGRESQL);
    } finally {
      TestDatabases.drop(database);
    }
  }

  private static void check(DataSource source, Dialect dialect) throws Exception {
    try (JdbcStorage storage = JdbcStorage.builder().dataSource(source).migrate(true).build()) {
      IsolationCase c = Fixtures.isolationCase(Fixtures.OTHER_COMMUNE, CaseStatus.ACTIVE);
      Alert alert = Fixtures.alert(c.id(), Fixtures.COMMUNE, Severity.EMERGENCY, Fixtures.T0);
      storage.useTransaction(tx -> {
        tx.cases().insert(c);
        tx.alerts().insert(alert);
      });
      UUID staff = UUID.randomUUID();
      UUID reminder = UUID.randomUUID();
      UUID spotCheck = UUID.randomUUID();
      UUID orphan = UUID.randomUUID();
      try (Connection connection = source.getConnection()) {
        execute(connection, "ALTER TABLE hw_outbox DROP COLUMN unit_key");
        insertLegacy(connection, staff, alert.id() + ":0:nurse-1:sms");
        insertLegacy(connection, reminder, "homewatch:reminder:" + c.id() + ":2021-08-20T01:00:00Z:PT1H");
        insertLegacy(connection, spotCheck, "homewatch:spot-check:" + c.id() + ":2021-08-20T03:00:00Z");
        insertLegacy(connection, orphan, UUID.randomUUID() + ":0:nurse-1:sms");
        String script = script().replace("${hw_key_collation}", dialect.placeholders().get("hw_key_collation"));
        String withoutComments = script.lines().filter(l -> !l.trim().startsWith("--"))
            .reduce("", (a, b) -> a + "\n" + b);
        for (String sql : withoutComments.split(";")) {
          if (!sql.isBlank()) {
            execute(connection, sql);
          }
        }
      }
      assertEquals(Optional.of(Fixtures.COMMUNE), unit(storage, staff), "the alert's unit");
      assertEquals(Optional.of(Fixtures.OTHER_COMMUNE), unit(storage, reminder), "the case's unit");
      assertEquals(Optional.of(Fixtures.OTHER_COMMUNE), unit(storage, spotCheck), "the case's unit");
      assertEquals(Optional.empty(), unit(storage, orphan), "about nobody: dropped");
    }
  }

  private static Optional<JurisdictionPath> unit(JdbcStorage storage, UUID id) {
    return storage.inTransaction(tx -> tx.outbox().find(new OutboxMessageId(id))).map(m -> m.unit());
  }

  private static void insertLegacy(Connection connection, UUID id, String key) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("INSERT INTO hw_outbox (message_id, idempotency_key,"
        + " channel, address, template_key, locale, parameters, message_text, status, attempts, created_at,"
        + " next_attempt_at) VALUES (?, ?, 'sms', '+84912345678', 'alert.opened', 'vi', '{}', 'x', 'PENDING', 0, ?, ?)")) {
      ps.setObject(1, id);
      ps.setString(2, key);
      ps.setTimestamp(3, Timestamp.from(Fixtures.T0));
      ps.setTimestamp(4, Timestamp.from(Fixtures.T0));
      ps.executeUpdate();
    }
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
  }

  private static String script() throws IOException {
    try (InputStream in = OutboxUnitMigrationTest.class.getResourceAsStream(SCRIPT)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
