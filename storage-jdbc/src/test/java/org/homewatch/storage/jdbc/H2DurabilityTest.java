package org.homewatch.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.h2.jdbcx.JdbcDataSource;
import org.homewatch.ConfigurationException;
import org.homewatch.storage.jdbc.internal.H2Durability;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a storage on an H2 file gets (or insists on) a write delay of 0; {@link CrashDurabilityTest} shows why. */
@DisplayName("An H2 file storage writes each commit before it returns")
class H2DurabilityTest {
  @TempDir Path dir;

  private String fileUrl() {
    return "jdbc:h2:file:" + dir.resolve("hw").toAbsolutePath();
  }

  @Test
  @DisplayName("an H2 file URL without a write delay gets WRITE_DELAY=0; memory, server-memory and PostgreSQL URLs "
      + "are left as they are")
  void urlGetsWriteDelayZero() {
    assertEquals("jdbc:h2:file:./hw;WRITE_DELAY=0", H2Durability.durableUrl("jdbc:h2:file:./hw"));
    assertEquals("jdbc:h2:~/hw;MODE=PostgreSQL;WRITE_DELAY=0", H2Durability.durableUrl("jdbc:h2:~/hw;MODE=PostgreSQL"));
    assertEquals("jdbc:h2:tcp://db:9092/~/hw;WRITE_DELAY=0", H2Durability.durableUrl("jdbc:h2:tcp://db:9092/~/hw"));
    assertEquals("jdbc:h2:./hw;write_delay = 0", H2Durability.durableUrl("jdbc:h2:./hw;write_delay = 0"));
    assertEquals("jdbc:h2:mem:hw", H2Durability.durableUrl("jdbc:h2:mem:hw"));
    assertEquals("jdbc:h2:tcp://db/mem:hw", H2Durability.durableUrl("jdbc:h2:tcp://db/mem:hw"));
    assertEquals("jdbc:postgresql://db/hw", H2Durability.durableUrl("jdbc:postgresql://db/hw"));
  }

  @Test
  @DisplayName("a storage built from an H2 file URL that sets another write delay is refused, naming the setting")
  void weakenedUrlRefused() {
    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> JdbcStorage.builder().url(fileUrl() + ";WRITE_DELAY=500").migrate(true).build());
    assertTrue(e.getMessage().startsWith("url: WRITE_DELAY=500"), e.getMessage());
  }

  @Test
  @DisplayName("a storage built from the README's H2 file URL runs with WRITE_DELAY=0")
  void readmeUrlIsDurable() throws Exception {
    try (JdbcStorage storage = JdbcStorage.builder().url(fileUrl()).migrate(true).build()) {
      assertEquals("H2", storage.database());
      JdbcDataSource sameDatabase = new JdbcDataSource();
      sameDatabase.setURL(fileUrl());
      try (var c = sameDatabase.getConnection(); var s = c.createStatement();
          var r = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
              + " WHERE SETTING_NAME = 'WRITE_DELAY'")) {
        boolean any = false;
        while (r.next()) {
          any = true;
          // The storage's connections opened the database with the setting; it holds while they are open.
          assertEquals("0", r.getString(1));
        }
        assertTrue(any);
      }
    }
  }

  @Test
  @DisplayName("a data source on an H2 file at the default write delay is refused, naming the setting to add; with "
      + "WRITE_DELAY=0 in its URL, or in memory, it is accepted")
  void dataSourceChecked() {
    JdbcDataSource weak = new JdbcDataSource();
    weak.setURL(fileUrl());
    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> JdbcStorage.builder().dataSource(weak).migrate(true).build());
    assertTrue(e.getMessage().startsWith("dataSource: ") && e.getMessage().contains(";WRITE_DELAY=0"),
        e.getMessage());

    JdbcDataSource durable = new JdbcDataSource();
    durable.setURL(fileUrl() + ";WRITE_DELAY=0");
    assertDoesNotThrow(() -> JdbcStorage.builder().dataSource(durable).migrate(true).build().close());

    JdbcDataSource memory = new JdbcDataSource();
    memory.setURL(TestDatabases.h2Url() + ";DB_CLOSE_DELAY=-1");
    assertDoesNotThrow(() -> JdbcStorage.builder().dataSource(memory).migrate(true).build().close());
  }
}
