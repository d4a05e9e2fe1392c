package org.homewatch.storage.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homewatch.ConfigurationException;

/**
 * Makes a returned commit on an H2 database file survive the death of the process. H2 writes a commit to its file
 * only after {@code WRITE_DELAY} (500 ms by default): a process killed in that window loses transactions whose
 * commit had already returned (measured: most of a burst of declarations, with their alerts). With
 * {@code WRITE_DELAY=0} every commit is written to the file before it returns.
 *
 * <p>What this buys: a commit that returned survives a crash or kill of the JVM. What it does not: H2 does not
 * force each commit to the disk ({@code fsync}), so a power cut or an operating-system crash may still lose the last
 * commits; a deployment that must survive those runs PostgreSQL.
 *
 * <p>A storage built from a URL gets {@code ;WRITE_DELAY=0} appended; a URL that sets another value is refused, not
 * silently overridden, because it says its author wanted something else. A data source cannot be rewritten, and
 * {@code SET WRITE_DELAY} does not outlive the database's last connection: a data source whose H2 file database is
 * not at {@code WRITE_DELAY=0} is refused, naming the setting to add to its URL. In-memory databases keep nothing
 * across a crash anyway and are left as they are.
 */
public final class H2Durability {
  private static final Pattern WRITE_DELAY = Pattern.compile(";\\s*WRITE_DELAY\\s*=\\s*([^;]*)",
      Pattern.CASE_INSENSITIVE);

  private H2Durability() {}

  /**
   * The URL to connect with: an H2 file URL with {@code ;WRITE_DELAY=0} added if it names no write delay; any other
   * URL unchanged.
   *
   * @throws ConfigurationException if an H2 file URL sets a write delay other than 0
   */
  public static String durableUrl(String url) {
    if (!isH2File(url)) {
      return url;
    }
    Matcher m = WRITE_DELAY.matcher(url);
    if (!m.find()) {
      return url + ";WRITE_DELAY=0";
    }
    if (!m.group(1).trim().equals("0")) {
      throw new ConfigurationException("url: WRITE_DELAY=" + m.group(1).trim() + " lets H2 lose declarations whose "
          + "submit had returned if the process dies; leave WRITE_DELAY out (Homewatch sets 0) or set it to 0");
    }
    return url;
  }

  /**
   * Refuses an H2 file database that would not write each commit before it returns.
   *
   * @param source names what was given, for the message: {@code url} or {@code dataSource}
   * @throws ConfigurationException if the database's write delay is not 0
   */
  public static void requireDurable(Connection connection, String source) throws SQLException {
    String url = connection.getMetaData().getURL();
    if (url == null || !isH2File(url)) {
      return;
    }
    for (String value : new Db(connection, Dialect.H2).query(Sql.H2_WRITE_DELAY, p -> p.string("WRITE_DELAY"),
        r -> r.string("SETTING_VALUE"))) {
      if (!"0".equals(value)) {
        throw new ConfigurationException(source + ": the H2 database " + url + " runs with WRITE_DELAY=" + value
            + ", so a declaration whose submit returned is lost if the process dies within that many "
            + "milliseconds; add ;WRITE_DELAY=0 to the data source's H2 URL");
      }
    }
  }

  /** An H2 database kept in files (embedded or through an H2 server), as opposed to {@code mem:}. */
  static boolean isH2File(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("jdbc:h2:")) {
      return false;
    }
    String rest = lower.substring("jdbc:h2:".length());
    if (rest.startsWith("tcp:") || rest.startsWith("ssl:")) {
      // jdbc:h2:tcp://host[:port]/path: the database name follows the first slash after the host.
      int slash = rest.indexOf('/', rest.indexOf("//") + 2);
      rest = slash < 0 ? "" : rest.substring(slash + 1);
    }
    return !rest.startsWith("mem:");
  }
}
