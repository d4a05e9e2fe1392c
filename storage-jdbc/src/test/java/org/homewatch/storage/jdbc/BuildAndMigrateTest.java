package org.homewatch.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import javax.sql.DataSource;
import org.homewatch.ConfigurationException;
import org.homewatch.StorageException;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.IsolationCase;
import org.homewatch.spi.storage.Storage;
import org.homewatch.spi.storage.StorageProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("building a JdbcStorage: connecting, migrating, refusing")
class BuildAndMigrateTest {

  @Test
  @DisplayName("a URL no driver understands fails at build time with a StorageException naming the URL")
  void unknownUrl() {
    StorageException e = assertThrows(StorageException.class,
        () -> JdbcStorage.builder().url("jdbc:nosuchdb://db.example/homewatch").build());
    assertTrue(e.getMessage().contains("jdbc:nosuchdb://db.example/homewatch"), e.getMessage());
    assertTrue(e.getMessage().contains("no JDBC driver on the class path accepts this URL"), e.getMessage());
    assertInstanceOf(SQLException.class, e.getCause());
  }

  @Test
  @DisplayName("an unreachable PostgreSQL fails at build time with a StorageException saying what was tried")
  void unreachableDatabase() {
    StorageException e = assertThrows(StorageException.class, () -> JdbcStorage.builder()
        .url("jdbc:postgresql://127.0.0.1:1/homewatch?connectTimeout=2").user("homewatch").password("secret")
        .build());
    assertTrue(e.getMessage().contains("could not connect to jdbc:postgresql://127.0.0.1:1/homewatch"),
        e.getMessage());
    assertTrue(e.getMessage().contains("as user homewatch"), e.getMessage());
    assertTrue(!e.getMessage().contains("secret"), "the password must not leak into the message");
  }

  @Test
  @DisplayName("without migrate, an empty database is refused with the fix in the message")
  void behindIsRefused() {
    StorageException e = assertThrows(StorageException.class,
        () -> JdbcStorage.builder().url(TestDatabases.h2Url()).build());
    assertTrue(e.getMessage().contains("migrate(true)"), e.getMessage());
  }

  @Test
  @DisplayName("a schema newer than the jar knows is refused on H2, with or without migrate")
  void newerSchemaRefusedOnH2() throws SQLException {
    String url = TestDatabases.h2Url();
    try (Connection keepAlive = DriverManager.getConnection(url)) {
      JdbcStorage.builder().url(url).migrate(true).build().close();
      markNewerVersionApplied(keepAlive);
      assertNewerRefused(() -> JdbcStorage.builder().url(url).migrate(true).build());
      assertNewerRefused(() -> JdbcStorage.builder().url(url).build());
    }
  }

  @Test
  @DisplayName("a schema newer than the jar knows is refused on PostgreSQL")
  void newerSchemaRefusedOnPostgres() throws SQLException {
    TestDatabases.PgDatabase database = TestDatabases.migratedPostgresDatabase();
    try {
      try (Connection c = database.dataSource().getConnection()) {
        markNewerVersionApplied(c);
      }
      assertNewerRefused(() -> JdbcStorage.builder().dataSource(database.dataSource()).migrate(true).build());
    } finally {
      TestDatabases.drop(database);
    }
  }

  @Test
  @DisplayName("an empty PostgreSQL database is migrated at build time and then accepted without migrate")
  void migratesPostgres() {
    DataSource empty = TestDatabases.emptyPostgresDatabase();
    assertThrows(StorageException.class, () -> JdbcStorage.builder().dataSource(empty).build());
    JdbcStorage.builder().dataSource(empty).migrate(true).build().close();
    try (JdbcStorage storage = JdbcStorage.builder().dataSource(empty).build()) {
      assertEquals("POSTGRESQL", storage.database());
    }
  }

  @Test
  @DisplayName("an H2 file database keeps its data across storages built from its URL")
  void h2FileDatabase(@TempDir Path dir) {
    String url = "jdbc:h2:file:" + dir.resolve("homewatch-demo").toAbsolutePath();
    IsolationCase c = Fixtures.isolationCase(Fixtures.COMMUNE, CaseStatus.ACTIVE);
    try (JdbcStorage storage = JdbcStorage.builder().url(url).migrate(true).build()) {
      assertEquals("H2", storage.database());
      storage.useTransaction(tx -> tx.cases().insert(c));
    }
    try (JdbcStorage storage = JdbcStorage.builder().url(url).build()) {
      assertEquals(Optional.of(c), storage.inTransaction(tx -> tx.cases().find(c.id())));
    }
  }

  @Test
  @DisplayName("the provider is found by the name jdbc and builds a working storage from its settings")
  void providerByName(@TempDir Path dir) {
    StorageProvider provider = ServiceLoader.load(StorageProvider.class, getClass().getClassLoader()).stream()
        .map(ServiceLoader.Provider::get).filter(p -> p.name().equals("jdbc")).findFirst().orElseThrow();
    String url = "jdbc:h2:file:" + dir.resolve("by-provider").toAbsolutePath();
    try (Storage storage = provider.create(Map.of("url", url, "user", "sa", "password", "", "migrate", "true"))) {
      assertEquals(0L, (long) storage.<Long>inTransaction(
          tx -> tx.outbox().count(org.homewatch.spi.storage.OutboxMessage.Status.PENDING)));
    }
  }

  @Test
  @DisplayName("the provider names the bad setting: unknown keys, a missing url, a migrate that is not a boolean")
  void providerRejectsBadSettings() {
    JdbcStorageProvider provider = new JdbcStorageProvider();
    ConfigurationException unknown = assertThrows(ConfigurationException.class,
        () -> provider.create(Map.of("url", TestDatabases.h2Url(), "pasword", "x")));
    assertTrue(unknown.getMessage().contains("pasword"), unknown.getMessage());
    ConfigurationException missing = assertThrows(ConfigurationException.class, () -> provider.create(Map.of()));
    assertTrue(missing.getMessage().contains("'url'"), missing.getMessage());
    ConfigurationException migrate = assertThrows(ConfigurationException.class,
        () -> provider.create(Map.of("url", TestDatabases.h2Url(), "migrate", "yes")));
    assertTrue(migrate.getMessage().contains("migrate"), migrate.getMessage());
  }

  @Test
  @DisplayName("the builder rejects an option set twice, both a data source and a URL, and neither")
  void builderRejectsMisuse() {
    assertThrows(ConfigurationException.class, () -> JdbcStorage.builder().url("jdbc:h2:mem:a").url("jdbc:h2:mem:b"));
    assertThrows(ConfigurationException.class, () -> JdbcStorage.builder().migrate(true).migrate(false));
    assertThrows(ConfigurationException.class,
        () -> JdbcStorage.builder().url("jdbc:h2:mem:a").dataSource(new org.homewatch.storage.jdbc.internal
            .DriverDataSource("jdbc:h2:mem:a", null, null)));
    assertThrows(ConfigurationException.class, () -> JdbcStorage.builder().build());
  }

  @Test
  @DisplayName("a driver error inside a store surfaces as a StorageException carrying the SQLException")
  void driverErrorsAreStorageExceptions() throws SQLException {
    String url = TestDatabases.h2Url();
    try (JdbcStorage storage = JdbcStorage.builder().url(url).migrate(true).build();
        Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("DROP TABLE hw_outbox");
      StorageException e = assertThrows(StorageException.class,
          () -> storage.useTransaction(tx -> tx.outbox().enqueue(Fixtures.message(Fixtures.T0))));
      assertInstanceOf(SQLException.class, e.getCause());
      assertTrue(e.getMessage().contains("OUTBOX_INSERT"), e.getMessage());
    }
  }

  @Test
  @DisplayName("a closed storage refuses new transactions")
  void closedStorage() {
    JdbcStorage storage = TestDatabases.h2();
    storage.close();
    assertThrows(StorageException.class, () -> storage.inTransaction(tx -> tx.cases()));
  }

  private static void markNewerVersionApplied(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("INSERT INTO \"homewatch_schema_history\" (\"installed_rank\", \"version\", \"description\","
          + " \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") VALUES (99, '999', 'from the future', 'SQL',"
          + " 'V999__from_the_future.sql', 0, 'test', 0, TRUE)");
    }
  }

  private static void assertNewerRefused(org.junit.jupiter.api.function.Executable build) {
    StorageException e = assertThrows(StorageException.class, build);
    assertTrue(e.getMessage().contains("version 999") && e.getMessage().contains("newer"), e.getMessage());
  }
}
