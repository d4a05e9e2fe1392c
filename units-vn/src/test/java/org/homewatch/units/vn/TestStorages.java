package org.homewatch.units.vn;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.homewatch.spi.storage.Storage;
import org.homewatch.storage.jdbc.JdbcStorage;
import org.homewatch.storage.memory.MemoryStorage;
import org.junit.jupiter.params.provider.Arguments;

/** Memory, H2 and PostgreSQL (one embedded server per test JVM, a fresh database per storage). */
final class TestStorages {
  private static EmbeddedPostgres postgres;

  private TestStorages() {}

  static Stream<Arguments> all() {
    return Stream.of(Arguments.of("memory", (Supplier<Storage>) MemoryStorage::new),
        Arguments.of("H2", (Supplier<Storage>) TestStorages::h2),
        Arguments.of("PostgreSQL", (Supplier<Storage>) TestStorages::postgres));
  }

  static Stream<Arguments> databases() {
    return all().skip(1);
  }

  static Storage h2() {
    return JdbcStorage.builder().url("jdbc:h2:mem:units-" + UUID.randomUUID()).migrate(true).build();
  }

  static Storage postgres() {
    String name = "units_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return JdbcStorage.builder().url(server().getJdbcUrl("postgres", name)).migrate(true).build();
  }

  private static synchronized EmbeddedPostgres server() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off")
            .setServerConfig("synchronous_commit", "off").start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      EmbeddedPostgres started = postgres;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          started.close();
        } catch (IOException ignored) {
          // exiting anyway
        }
      }));
    }
    return postgres;
  }
}
