package org.homewatch.storage.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.homewatch.ConfigurationException;
import org.homewatch.StorageException;
import org.homewatch.spi.storage.OptionalStore;
import org.homewatch.spi.storage.Storage;
import org.homewatch.storage.jdbc.internal.Dialect;
import org.homewatch.storage.jdbc.internal.DriverDataSource;
import org.homewatch.storage.jdbc.internal.H2Durability;
import org.homewatch.storage.jdbc.internal.Migrations;
import org.homewatch.storage.jdbc.internal.Transactions;
import org.jspecify.annotations.Nullable;

/**
 * Homewatch's storage on PostgreSQL 15+ (production) or H2 2.x (embedded, file or memory), in plain JDBC.
 *
 * <pre>{@code
 * Storage storage = JdbcStorage.builder()
 *     .dataSource(hikariDataSource)      // or .url("jdbc:h2:file:./homewatch-demo")
 *     .migrate(true)                     // apply the schema migrations shipped in this jar
 *     .build();
 * }</pre>
 *
 * <p>Each {@link #inTransaction transaction} takes one connection from the data source, turns auto-commit off and
 * binds the connection to the calling thread; a nested call on that thread joins it. The work's exception rolls
 * everything back and propagates unchanged; a driver's {@link SQLException} surfaces as a
 * {@link StorageException} with the driver's exception as its cause.
 *
 * <p>A storage built from a {@link DataSource} leaves closing it to its owner; one built from a URL keeps a few
 * connections of its own and closes them in {@link #close()}.
 *
 * <p>Durability: a commit that returned survives a crash of the process on both databases. On an H2 file the
 * storage needs {@code WRITE_DELAY=0} (H2's default of 500 ms loses the last half second of commits when the
 * process dies): it adds it to a URL that names none, and refuses a URL or a data source whose database runs with
 * another write delay. H2 does not force commits to disk, so a power cut may still lose the last ones; PostgreSQL
 * with its defaults ({@code fsync} and {@code synchronous_commit} on) does not.
 */
public final class JdbcStorage implements Storage {
  private final Transactions transactions;
  private final @Nullable DriverDataSource ownDataSource;

  private JdbcStorage(Transactions transactions, @Nullable DriverDataSource ownDataSource) {
    this.transactions = transactions;
    this.ownDataSource = ownDataSource;
  }

  /**
   * A builder with no option set; give it a data source or a URL.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public <T> T inTransaction(TransactionWork<T> work) {
    Objects.requireNonNull(work, "work");
    return transactions.run(work);
  }

  /** The optional stores of the SPI that this version's schema holds: {@code SpotCheckStore}. */
  @Override
  public Set<Class<? extends OptionalStore>> optionalStores() {
    return transactions.optionalStores();
  }

  /**
   * The database this storage speaks to: {@code H2} or {@code POSTGRESQL}.
   *
   * @return {@code H2} or {@code POSTGRESQL}
   */
  public String database() {
    return transactions.dialect().name();
  }

  @Override
  public void close() {
    transactions.close();
    if (ownDataSource != null) {
      ownDataSource.close();
    }
  }

  @Override
  public String toString() {
    return "JdbcStorage[" + transactions.dialect() + (ownDataSource == null ? "" : ", " + ownDataSource.url()) + "]";
  }

  /**
   * Builds a {@link JdbcStorage} from either a {@link DataSource} or a JDBC URL (with optional user and password).
   * Not thread-safe; each option may be set once.
   */
  public static final class Builder {
    private @Nullable DataSource dataSource;
    private @Nullable String url;
    private @Nullable String user;
    private @Nullable String password;
    private @Nullable Boolean migrate;

    private Builder() {}

    /**
     * The integrator's (pooled) data source. Homewatch does not close it.
     *
     * @param dataSource the data source; each transaction takes one connection from it
     * @return this builder
     * @throws ConfigurationException if a data source or a URL was set already
     */
    public Builder dataSource(DataSource dataSource) {
      Objects.requireNonNull(dataSource, "dataSource");
      once("dataSource", this.dataSource);
      if (url != null) {
        throw new ConfigurationException("give JdbcStorage either a dataSource or a url, not both (url is " + url + ")");
      }
      this.dataSource = dataSource;
      return this;
    }

    /**
     * A JDBC URL, e.g. {@code jdbc:postgresql://db:5432/homewatch} or {@code jdbc:h2:file:./homewatch-demo}; the
     * storage then connects through {@link java.sql.DriverManager} and keeps a few idle connections. An H2 file URL
     * gets {@code ;WRITE_DELAY=0} unless it sets a write delay, and {@link #build()} refuses any other value.
     *
     * @param url the JDBC URL
     * @return this builder
     * @throws ConfigurationException if a URL or a data source was set already
     */
    public Builder url(String url) {
      Objects.requireNonNull(url, "url");
      once("url", this.url);
      if (dataSource != null) {
        throw new ConfigurationException("give JdbcStorage either a dataSource or a url, not both");
      }
      this.url = url;
      return this;
    }

    /**
     * The user to connect as, with a URL.
     *
     * @param user the database user
     * @return this builder
     * @throws ConfigurationException if the user was set already
     */
    public Builder user(String user) {
      once("user", this.user);
      this.user = Objects.requireNonNull(user, "user");
      return this;
    }

    /**
     * The password to connect with, with a URL. Never printed: not in messages, not in {@code toString()}.
     *
     * @param password the database password
     * @return this builder
     * @throws ConfigurationException if the password was set already
     */
    public Builder password(String password) {
      if (this.password != null) {
        throw new ConfigurationException("password was already set");
      }
      this.password = Objects.requireNonNull(password, "password");
      return this;
    }

    /**
     * Whether {@link #build()} applies the pending schema migrations shipped in this jar (default false: the
     * schema must then be current, for integrators who run the migrations with their own Flyway).
     *
     * @param migrate true to migrate, false to check that the schema is current
     * @return this builder
     * @throws ConfigurationException if it was set already
     */
    public Builder migrate(boolean migrate) {
      once("migrate", this.migrate);
      this.migrate = migrate;
      return this;
    }

    /**
     * Connects, recognises the database, refuses a schema newer than this jar knows, and migrates or checks the
     * schema.
     *
     * @return the storage, ready for transactions
     * @throws StorageException if the database cannot be reached (saying what was tried) or the schema is refused
     * @throws ConfigurationException if neither a data source nor a URL was given
     */
    public JdbcStorage build() {
      DriverDataSource own = null;
      DataSource source = dataSource;
      String tried;
      if (source == null) {
        if (url == null) {
          throw new ConfigurationException("JdbcStorage needs a dataSource or a url");
        }
        own = new DriverDataSource(H2Durability.durableUrl(url), user, password);
        source = own;
        tried = url + (user == null ? "" : " as user " + user);
      } else {
        if (user != null || password != null) {
          throw new ConfigurationException("user and password go with a url; a dataSource brings its own");
        }
        tried = "the supplied DataSource " + source;
      }
      try {
        Dialect dialect;
        try (Connection connection = source.getConnection()) {
          dialect = Dialect.of(connection.getMetaData());
          if (dialect == Dialect.H2) {
            H2Durability.requireDurable(connection, own != null ? "url" : "dataSource");
          }
        } catch (SQLException e) {
          throw new StorageException("could not connect to " + tried + " (SQLSTATE " + e.getSQLState() + "): "
              + e.getMessage() + (own == null ? "" : DriverDataSource.missingDriverHint(url)), e);
        }
        Migrations.prepare(source, dialect, Boolean.TRUE.equals(migrate));
        return new JdbcStorage(new Transactions(source, dialect), own);
      } catch (RuntimeException e) {
        if (own != null) {
          own.close();
        }
        throw e;
      }
    }

    private static void once(String option, @Nullable Object current) {
      if (current != null) {
        throw new ConfigurationException(option + " was already set to " + current);
      }
    }
  }
}
