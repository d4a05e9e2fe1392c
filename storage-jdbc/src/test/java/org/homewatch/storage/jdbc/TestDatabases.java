package org.homewatch.storage.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Fresh databases for tests: H2 in memory under a unique name, and PostgreSQL from one embedded server per test
 * JVM (started on first use: a few seconds once), with a fresh schema per storage (or, for tests of whole
 * databases, a fresh database copied from a migrated template), so that each test starts empty and the suite
 * stays fast.
 */
final class TestDatabases {
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static EmbeddedPostgres postgres;
  private static boolean templateReady;
  private static boolean schemaDatabaseReady;

  private TestDatabases() {}

  /** A URL of a new, empty H2 in-memory database; it lives as long as a connection to it is open. */
  static String h2Url() {
    return "jdbc:h2:mem:hw-" + UUID.randomUUID();
  }

  static JdbcStorage h2() {
    return JdbcStorage.builder().url(h2Url()).migrate(true).build();
  }

  static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        // A test server: durability buys nothing here, and without fsync creating a database takes milliseconds.
        postgres = EmbeddedPostgres.builder()
            .setServerConfig("fsync", "off")
            .setServerConfig("synchronous_commit", "off")
            .setServerConfig("full_page_writes", "off")
            .start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      EmbeddedPostgres started = postgres;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          started.close();
        } catch (IOException ignored) {
          // The JVM is exiting; the server's temporary directory goes with it.
        }
      }));
    }
    return postgres;
  }

  /** A new, empty PostgreSQL database (no Homewatch schema), for migration tests. */
  static DataSource emptyPostgresDatabase() {
    String name = "hw_empty_" + COUNTER.incrementAndGet();
    execute("CREATE DATABASE " + name);
    return postgres().getDatabase("postgres", name);
  }

  /** A database made for one test, dropped by {@link #drop}. */
  record PgDatabase(String name, DataSource dataSource) {
    /** Its JDBC URL, for storages that keep their own connections (faster than a new connection per transaction). */
    String url() {
      return postgres().getJdbcUrl("postgres", name);
    }
  }

  /** A new PostgreSQL database holding the current Homewatch schema. */
  static synchronized PgDatabase migratedPostgresDatabase() {
    if (!templateReady) {
      execute("CREATE DATABASE hw_template");
      JdbcStorage.builder().dataSource(postgres().getDatabase("postgres", "hw_template")).migrate(true).build()
          .close();
      templateReady = true;
    }
    String name = "hw_test_" + COUNTER.incrementAndGet();
    execute("CREATE DATABASE " + name + " TEMPLATE hw_template");
    return new PgDatabase(name, postgres().getDatabase("postgres", name));
  }

  /** A fresh schema in the shared test database, migrated by the storage built on its URL. */
  record PgSchema(String name, String url) {}

  static synchronized PgSchema freshPostgresSchema() {
    if (!schemaDatabaseReady) {
      execute("CREATE DATABASE hw_schemas");
      schemaDatabaseReady = true;
    }
    String name = "hw_schema_" + COUNTER.incrementAndGet();
    executeIn("hw_schemas", "CREATE SCHEMA " + name);
    return new PgSchema(name, postgres().getJdbcUrl("postgres", "hw_schemas") + "&currentSchema=" + name);
  }

  static void drop(PgSchema schema) {
    executeIn("hw_schemas", "DROP SCHEMA " + schema.name() + " CASCADE");
  }

  /** Drops a test database (its connections are closed by force), keeping the server's disk small. */
  static void drop(PgDatabase database) {
    execute("DROP DATABASE IF EXISTS " + database.name() + " WITH (FORCE)");
  }

  private static void execute(String ddl) {
    executeIn("postgres", ddl);
  }

  private static void executeIn(String database, String ddl) {
    try (Connection c = postgres().getDatabase("postgres", database).getConnection();
        Statement s = c.createStatement()) {
      s.execute(ddl);
    } catch (SQLException e) {
      throw new IllegalStateException(ddl + " failed", e);
    }
  }
}
