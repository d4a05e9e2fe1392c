package org.homewatch.storage.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the small connection keeper behind storages built from a URL")
class DriverDataSourceTest {

  @Test
  @DisplayName("a closed connection goes back for reuse, rolled back, and the lent handle is dead")
  void reuse() throws SQLException {
    try (DriverDataSource source = new DriverDataSource("jdbc:h2:mem:keeper-" + UUID.randomUUID(), "sa", "")) {
      Connection first = source.getConnection();
      Connection raw = first.unwrap(Connection.class);
      try (Statement s = first.createStatement()) {
        s.execute("CREATE TABLE t (x INT)");
      }
      first.setAutoCommit(false);
      try (Statement s = first.createStatement()) {
        s.execute("INSERT INTO t VALUES (1)");
      }
      first.close();
      assertTrue(first.isClosed());
      assertThrows(SQLException.class, first::createStatement);

      try (Connection second = source.getConnection(); Statement s = second.createStatement();
          ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM t")) {
        assertSame(raw, second.unwrap(Connection.class));
        assertTrue(second.getAutoCommit());
        rs.next();
        assertEquals(0, rs.getInt(1), "the unfinished insert was rolled back when the connection came back");
      }
    }
  }

  @Test
  @DisplayName("once closed it hands out nothing and closes the connections it kept")
  void close() throws SQLException {
    DriverDataSource source = new DriverDataSource("jdbc:h2:mem:keeper-" + UUID.randomUUID(), null, null);
    Connection c = source.getConnection();
    Connection raw = c.unwrap(Connection.class);
    c.close();
    source.close();
    assertTrue(raw.isClosed());
    assertThrows(SQLException.class, source::getConnection);
  }
}
