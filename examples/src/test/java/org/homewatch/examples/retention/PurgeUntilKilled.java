package org.homewatch.examples.retention;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.homewatch.core.Homewatch;
import org.homewatch.core.retention.PurgeReport;
import org.homewatch.spi.notification.AlertChannel;
import org.homewatch.storage.jdbc.JdbcStorage;
import org.homewatch.test.GiaLai;

/**
 * The child process of {@link RetentionCrashTest}: runs the retention purge on an H2 file one case per batch, and
 * prints a line after each batch that anonymised a case (its transaction has committed), until it is killed.
 * Arguments: the JDBC URL, and the instant the purge runs at.
 */
public final class PurgeUntilKilled {
  private PurgeUntilKilled() {}

  public static void main(String[] args) throws InterruptedException {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
    JdbcStorage storage = JdbcStorage.builder().url(args[0]).migrate(true).build();
    Homewatch homewatch = Homewatch.builder().storage(storage).channel(AlertChannel.noop("sms"))
        .channel(AlertChannel.noop("test")).clock(Clock.fixed(Instant.parse(args[1]), ZoneOffset.UTC)).build();
    while (true) {
      PurgeReport r = homewatch.retention().purge(GiaLai.SYSTEM, 1);
      if (r.casesAnonymised() > 0) {
        out.println("anonymised");
        out.flush();
      }
      if (r.examined() == 0) {
        Thread.sleep(1000); // done: wait to be killed
      }
    }
  }
}
