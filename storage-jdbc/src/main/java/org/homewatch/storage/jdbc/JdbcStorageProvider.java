package org.homewatch.storage.jdbc;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.homewatch.ConfigurationException;
import org.homewatch.spi.storage.Storage;
import org.homewatch.spi.storage.StorageProvider;

/**
 * Makes a {@link JdbcStorage} from string settings, found by the name {@code jdbc}. Settings: {@code url}
 * (required), {@code user}, {@code password}, {@code migrate} ({@code true} or {@code false}, default false).
 */
public final class JdbcStorageProvider implements StorageProvider {
  private static final Set<String> KEYS = Set.of("url", "user", "password", "migrate");

  /** A provider; {@link java.util.ServiceLoader} makes it. */
  public JdbcStorageProvider() {
    // Found by ServiceLoader, which needs a public no-argument constructor.
  }

  @Override
  public String name() {
    return "jdbc";
  }

  @Override
  public Storage create(Map<String, String> config) {
    Set<String> unknown = new TreeSet<>(config.keySet());
    unknown.removeAll(KEYS);
    if (!unknown.isEmpty()) {
      throw new ConfigurationException("unknown setting(s) " + unknown + " for storage 'jdbc'; it knows "
          + new TreeSet<>(KEYS));
    }
    String url = config.get("url");
    if (url == null || url.isBlank()) {
      throw new ConfigurationException("storage 'jdbc' needs the setting 'url', e.g. jdbc:h2:file:./homewatch-demo");
    }
    JdbcStorage.Builder builder = JdbcStorage.builder().url(url.strip());
    String user = config.get("user");
    if (user != null) {
      builder.user(user);
    }
    String password = config.get("password");
    if (password != null) {
      builder.password(password);
    }
    String migrate = config.getOrDefault("migrate", "false").strip();
    if (!migrate.equals("true") && !migrate.equals("false")) {
      throw new ConfigurationException("setting 'migrate' of storage 'jdbc' must be true or false, was '" + migrate
          + "'");
    }
    return builder.migrate(Boolean.parseBoolean(migrate)).build();
  }
}
