package org.homewatch.storage.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.homewatch.StorageException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Db, the one class that runs SQL")
class DbTest {
  private static final Instant AT = Instant.parse("2021-08-20T01:00:00Z");
  private DriverDataSource dataSource;
  private Connection connection;
  private Db db;

  @BeforeEach
  void open() throws SQLException {
    dataSource = new DriverDataSource("jdbc:h2:mem:db-test-" + UUID.randomUUID(), null, null);
    Migrations.prepare(dataSource, Dialect.H2, true);
    connection = dataSource.getConnection();
    db = new Db(connection, Dialect.H2);
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
    dataSource.close();
  }

  private static Db.Binder auditRow(UUID id) {
    return p -> p.uuid(id).instant(AT).string("system").string("case.read").string("case").string("c-1")
        .string("GSO_2021:64/").string("{}");
  }

  @Test
  @DisplayName("a batch runs one statement per row, each row bound from the first parameter again")
  void batch() {
    List<Db.Binder> rows = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      rows.add(auditRow(UUID.randomUUID()));
    }
    assertArrayEquals(new int[] {1, 1, 1, 1, 1}, db.batch(Sql.AUDIT_INSERT, rows));
    assertEquals(5, db.query(Sql.AUDIT_LIST_FIRST, p -> p.string("GSO\\_2021:%").instant(AT).integer(100),
        r -> r.uuid("event_id")).size());
    assertArrayEquals(new int[0], db.batch(Sql.AUDIT_INSERT, List.of()));
  }

  @Test
  @DisplayName("insertIfAbsent says false for a duplicate key on H2 and the connection stays usable")
  void insertIfAbsentOnH2() {
    UUID id = UUID.randomUUID();
    Db.Binder row = p -> p.string("nurse-1").string("Bình").string("MONITOR").string("GSO_2021:64/")
        .string("[]").bool(true).bool(true).number(0).string("vi");
    assertTrue(db.insertIfAbsent(Sql.ACCOUNT_INSERT, row));
    assertFalse(db.insertIfAbsent(Sql.ACCOUNT_INSERT, row));
    assertEquals(1, db.batch(Sql.AUDIT_INSERT, List.of(auditRow(id))).length);
  }

  @Test
  @DisplayName("after its transaction ended, Db refuses to run anything")
  void endedRefuses() {
    db.end();
    StorageException e = assertThrows(StorageException.class,
        () -> db.query(Sql.OUTBOX_COUNT, p -> p.string("PENDING"), r -> r.numberAt(1)));
    assertTrue(e.getMessage().contains("transaction has ended"), e.getMessage());
  }
}
