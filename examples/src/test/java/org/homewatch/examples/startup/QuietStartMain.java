package org.homewatch.examples.startup;

import java.nio.file.Path;
import org.homewatch.core.Homewatch;
import org.homewatch.spi.notification.AlertChannel;
import org.homewatch.storage.jdbc.JdbcStorage;

/** Starts Homewatch as a portal would on first run (a new H2 file, migrations on) and stops it; run in a child JVM. */
public final class QuietStartMain {
  private QuietStartMain() {}

  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    try (Homewatch homewatch = Homewatch.builder()
        .storage(JdbcStorage.builder().url("jdbc:h2:file:" + file.toAbsolutePath()).migrate(true).build())
        .channel(AlertChannel.noop("sms"))
        .build()) {
      homewatch.jurisdictions();
    }
  }
}
