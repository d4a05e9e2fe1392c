package org.homewatch.examples.simulation;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.homewatch.spi.storage.OptionalStore;
import org.homewatch.spi.storage.Storage;
import org.homewatch.storage.jdbc.JdbcStorage;
import org.homewatch.storage.memory.MemoryStorage;

/**
 * Opens the storage the simulation runs on: in memory (no setup), an H2 file under the working directory (look
 * at it afterwards with any SQL client), or a PostgreSQL server given its JDBC URL, through a HikariCP pool as a
 * portal would.
 */
final class StorageChoice {
  private StorageChoice() {}

  static Storage memory() {
    return new MemoryStorage();
  }

  /** A fresh H2 database in {@code file} (+ ".mv.db"); an earlier run's file is replaced. */
  static Storage h2(Path file, PrintStream out) {
    Path data = file.resolveSibling(file.getFileName() + ".mv.db");
    try {
      Files.deleteIfExists(data);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot replace " + data, e);
    }
    out.println("Storage: H2 file " + data.toAbsolutePath());
    return JdbcStorage.builder().url("jdbc:h2:file:" + file.toAbsolutePath()).migrate(true).build();
  }

  /** PostgreSQL at {@code url}; the schema is created or brought up to date by the bundled Flyway migrations. */
  static Storage postgres(String url, String user, String password, PrintStream out) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(4);
    config.setPoolName("homewatch-simulation");
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    HikariDataSource pool = new HikariDataSource(config);
    out.println("Storage: PostgreSQL " + url);
    Storage storage = JdbcStorage.builder().dataSource(pool).migrate(true).build();
    return new Storage() {
      @Override
      public <T> T inTransaction(TransactionWork<T> work) {
        return storage.inTransaction(work);
      }

      @Override
      public Set<Class<? extends OptionalStore>> optionalStores() {
        return storage.optionalStores();
      }

      @Override
      public void close() {
        storage.close();
        pool.close();
      }
    };
  }
}
