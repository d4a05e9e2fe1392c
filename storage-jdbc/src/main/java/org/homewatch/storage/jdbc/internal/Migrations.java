package org.homewatch.storage.jdbc.internal;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;
import org.homewatch.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies or checks the Flyway migrations shipped in this jar under {@value #LOCATION}, with their own history
 * table ({@value #HISTORY_TABLE}) so that they never mix with a portal's own Flyway history in the same schema.
 */
public final class Migrations {
  public static final String LOCATION = "classpath:org/homewatch/storage/jdbc/migration";
  public static final String HISTORY_TABLE = "homewatch_schema_history";

  private Migrations() {}

  /**
   * Refuses a schema newer than this jar knows; then applies pending migrations if {@code migrate}, otherwise
   * refuses a schema that is behind.
   */
  public static void prepare(DataSource dataSource, Dialect dialect, boolean migrate) {
    Flyway flyway = Flyway.configure(Migrations.class.getClassLoader())
        .dataSource(dataSource)
        .locations(LOCATION)
        .table(HISTORY_TABLE)
        .placeholders(dialect.placeholders())
        // Homewatch's tables may share a schema with the portal's: start from an empty history there.
        .baselineOnMigrate(true)
        .baselineVersion("0")
        // Flyway's progress lines are routine for a portal: they go to SLF4J at DEBUG, so a normal start is quiet.
        .loggers(QuietFlywayLogs.class.getName())
        .load();
    try {
      MigrationInfoService info = flyway.info();
      refuseNewer(info);
      if (migrate) {
        flyway.migrate();
      } else {
        refuseBehind(info);
      }
    } catch (FlywayException e) {
      throw new StorageException("migrating the Homewatch schema (" + LOCATION + ", history table " + HISTORY_TABLE
          + ") failed: " + e.getMessage(), e);
    }
  }

  private static void refuseNewer(MigrationInfoService info) {
    List<String> future = new ArrayList<>();
    for (MigrationInfo m : info.all()) {
      if (m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED) {
        future.add(String.valueOf(m.getVersion()));
      }
    }
    if (!future.isEmpty()) {
      throw new StorageException("the database's Homewatch schema is at version " + future.get(future.size() - 1)
          + ", newer than the newest this homewatch-storage-jdbc knows (" + newestKnown(info)
          + "); refusing to use it: upgrade homewatch-storage-jdbc to the version that wrote it");
    }
  }

  private static void refuseBehind(MigrationInfoService info) {
    MigrationInfo[] pending = info.pending();
    if (pending.length > 0) {
      MigrationInfo current = info.current();
      throw new StorageException("the database's Homewatch schema is at version "
          + (current == null ? "none" : String.valueOf(current.getVersion())) + " but this homewatch-storage-jdbc needs "
          + newestKnown(info) + ": build the storage with migrate(true), or apply " + LOCATION
          + " with your own Flyway");
    }
  }

  private static String newestKnown(MigrationInfoService info) {
    String newest = "none";
    for (MigrationInfo m : info.all()) {
      if (m.getState().isResolved() && m.getVersion() != null) {
        newest = m.getVersion().toString();
      }
    }
    return newest;
  }

  /**
   * Flyway's log lines through SLF4J, with its info and notice lines lowered to DEBUG (logger
   * {@code org.homewatch.storage.jdbc.migrations}): a normal start prints nothing, and a portal that wants to see
   * each migration turns that logger to DEBUG. Warnings and errors keep their level. Flyway creates it by name.
   */
  public static final class QuietFlywayLogs implements LogCreator {
    private static final Logger LOG = LoggerFactory.getLogger("org.homewatch.storage.jdbc.migrations");

    @Override
    public Log createLogger(Class<?> source) {
      return new Log() {
        // Abstract in Flyway 11 (what Spring Boot 3.5 brings), a default method in Flyway 13: implemented so that
        // the adapter runs on both.
        @SuppressWarnings("MissingOverride")
        public boolean isDebugEnabled() {
          return LOG.isDebugEnabled();
        }

        @Override public void debug(String message) {
          LOG.debug(message);
        }

        @Override public void info(String message) {
          LOG.debug(message);
        }

        @Override public void notice(String message) {
          LOG.debug(message);
        }

        @Override public void warn(String message) {
          LOG.warn(message);
        }

        @Override public void error(String message) {
          LOG.error(message);
        }

        @Override public void error(String message, Exception e) {
          LOG.error(message, e);
        }
      };
    }
  }
}
