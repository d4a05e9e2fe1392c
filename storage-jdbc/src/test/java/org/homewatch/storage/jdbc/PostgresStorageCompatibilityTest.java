package org.homewatch.storage.jdbc;

import java.util.Set;
import org.homewatch.spi.storage.OptionalStore;
import org.homewatch.spi.storage.Storage;
import org.homewatch.storage.tck.StorageCompatibilityKit;
import org.junit.jupiter.api.DisplayName;

/**
 * The whole kit on a real PostgreSQL: one embedded server for the test JVM, and for each test a fresh schema that
 * the storage migrates when it is built and that is dropped when the kit closes the storage.
 */
@DisplayName("The JDBC storage on PostgreSQL keeps the storage contract")
class PostgresStorageCompatibilityTest extends StorageCompatibilityKit {
  @Override
  protected Storage createStorage() {
    TestDatabases.PgSchema schema = TestDatabases.freshPostgresSchema();
    JdbcStorage storage = JdbcStorage.builder().url(schema.url()).migrate(true).build();
    return new DroppingStorage(storage, schema);
  }

  /** Closes the storage, then drops its schema. */
  private record DroppingStorage(JdbcStorage delegate, TestDatabases.PgSchema schema) implements Storage {
    @Override
    public <T> T inTransaction(TransactionWork<T> work) {
      return delegate.inTransaction(work);
    }

    @Override
    public Set<Class<? extends OptionalStore>> optionalStores() {
      return delegate.optionalStores();
    }

    @Override
    public void close() {
      delegate.close();
      TestDatabases.drop(schema);
    }
  }
}
