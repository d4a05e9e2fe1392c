package org.homewatch.examples;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.homewatch.spi.storage.Storage;
import org.homewatch.storage.jdbc.JdbcStorage;
import org.homewatch.storage.memory.MemoryStorage;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The three storages a test through the public API runs on — memory, H2 in memory, embedded PostgreSQL — each a fresh,
 * empty database per call, as JUnit arguments {@code (name, Supplier<Storage>)}. One PostgreSQL server serves every
 * test class of the run (a new database each time), started on first use and stopped when the JVM ends.
 */
public final class EveryStorage {
  private static EmbeddedPostgres postgres;

  private EveryStorage() {}

  /** {@code prefix} names the databases, so that a failing test's leftovers say whose they are. */
  public static Stream<Arguments> storages(String prefix) {
    Supplier<Storage> memory = MemoryStorage::new;
    Supplier<Storage> h2 = () -> JdbcStorage.builder().url("jdbc:h2:mem:" + prefix + "-" + UUID.randomUUID())
        .migrate(true).build();
    Supplier<Storage> pg = () -> JdbcStorage.builder().dataSource(freshPostgresDatabase(prefix)).migrate(true).build();
    return Stream.of(Arguments.of("memory", memory), Arguments.of("H2", h2), Arguments.of("PostgreSQL", pg));
  }

  private static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off").start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      EmbeddedPostgres started = postgres;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          started.close();
        } catch (IOException e) {
          // the JVM is ending; the server's directory is a temporary one
        }
      }));
    }
    return postgres;
  }

  private static DataSource freshPostgresDatabase(String prefix) {
    String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = postgres().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return postgres().getDatabase("postgres", name);
  }
}
