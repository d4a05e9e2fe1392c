package org.homewatch.storage.jdbc.internal;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Deque;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A {@link DataSource} over {@link DriverManager} for storages built from a JDBC URL (demos, the example program,
 * small deployments), keeping a few idle connections for reuse so that each transaction does not pay for a new
 * connection (and an H2 in-memory database lives as long as the storage). Production deployments hand
 * {@code JdbcStorage} a real pool (HikariCP, the application server's) instead.
 */
public final class DriverDataSource implements DataSource, AutoCloseable {
  private static final int MAX_IDLE = 8;
  /** Connections idle longer than this are checked before reuse: the server or a firewall may have dropped them. */
  private static final long VALIDATE_AFTER_NANOS = 30_000_000_000L;

  private final String url;
  private final Properties properties;
  private final Deque<Idle> idle = new ConcurrentLinkedDeque<>();
  private volatile boolean closed;

  private record Idle(Connection connection, long since) {}

  public DriverDataSource(String url, @Nullable String user, @Nullable String password) {
    this.url = url;
    this.properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
  }

  /**
   * The drivers are optional dependencies of homewatch-storage-jdbc (a portal adds the one it uses), so "no
   * suitable driver" most often means the portal has not added it yet: say which artifact to add.
   */
  public static String missingDriverHint(@Nullable String url) {
    if (url == null) {
      return "";
    }
    try {
      DriverManager.getDriver(url);
      return "";
    } catch (SQLException noDriver) {
      if (url.startsWith("jdbc:postgresql:")) {
        return "; add the PostgreSQL driver (org.postgresql:postgresql) to the application's dependencies";
      }
      if (url.startsWith("jdbc:h2:")) {
        return "; add the H2 driver (com.h2database:h2) to the application's dependencies";
      }
      return "; no JDBC driver on the class path accepts this URL (Homewatch supports jdbc:postgresql: and jdbc:h2:)";
    }
  }

  public String url() {
    return url;
  }

  @Override
  public Connection getConnection() throws SQLException {
    if (closed) {
      throw new SQLException("the storage's connections were closed");
    }
    Idle reused;
    while ((reused = idle.pollFirst()) != null) {
      Connection raw = reused.connection();
      boolean stale = System.nanoTime() - reused.since() > VALIDATE_AFTER_NANOS;
      if (!raw.isClosed() && (!stale || raw.isValid(2))) {
        return lend(raw);
      }
      closeQuietly(raw);
    }
    return lend(DriverManager.getConnection(url, properties));
  }

  private Connection lend(Connection raw) {
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        new Lent(raw));
  }

  /** Gives the raw connection back to the pool on {@code close()}; every other call goes straight through. */
  private final class Lent implements InvocationHandler {
    private final Connection raw;
    private boolean returned;

    Lent(Connection raw) {
      this.raw = raw;
    }

    @Override
    public @Nullable Object invoke(Object proxy, Method method, @Nullable Object @Nullable [] args) throws Throwable {
      switch (method.getName()) {
        case "close":
          if (!returned) {
            returned = true;
            giveBack(raw);
          }
          return null;
        case "isClosed":
          return returned || raw.isClosed();
        case "unwrap":
          if (args != null && args[0] == Connection.class) {
            return raw;
          }
          break;
        default:
          break;
      }
      if (returned) {
        throw new SQLException("connection already closed");
      }
      try {
        return method.invoke(raw, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }

  private void giveBack(Connection raw) {
    try {
      if (closed || raw.isClosed() || idle.size() >= MAX_IDLE) {
        closeQuietly(raw);
        return;
      }
      if (!raw.getAutoCommit()) {
        raw.rollback();
        raw.setAutoCommit(true);
      }
      idle.addFirst(new Idle(raw, System.nanoTime()));
    } catch (SQLException e) {
      closeQuietly(raw);
    }
  }

  private static void closeQuietly(Connection raw) {
    try {
      raw.close();
    } catch (SQLException ignored) {
      // A connection that cannot even close is gone either way.
    }
  }

  /** Closes the idle connections; connections still lent out close when they are given back. */
  @Override
  public void close() {
    closed = true;
    Idle each;
    while ((each = idle.pollFirst()) != null) {
      closeQuietly(each.connection());
    }
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("this data source connects as the user it was built with");
  }

  @Override
  public @Nullable PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(@Nullable PrintWriter out) {
    // DriverManager logging is configured globally, not per data source.
  }

  @Override
  public void setLoginTimeout(int seconds) {
    DriverManager.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() {
    return DriverManager.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("no parent logger");
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    throw new SQLException("not a wrapper for " + iface.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }

  @Override
  public String toString() {
    return "DriverDataSource[" + url + "]";
  }
}
