package org.homewatch.examples.jobs;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.homewatch.core.Homewatch;
import org.homewatch.core.alerts.FollowUpReport;
import org.homewatch.spi.notification.AlertChannel;
import org.homewatch.storage.jdbc.JdbcStorage;
import org.homewatch.test.GiaLai;

/**
 * The child process of {@link FollowUpCrashTest}: follows up acknowledged alerts on an H2 file one alert per batch,
 * and prints a line after each batch that reminded a handler (its transaction has committed), until it is killed.
 * Arguments: the JDBC URL, and the instant the follow-up runs at.
 */
public final class FollowUpUntilKilled {
  private FollowUpUntilKilled() {}

  public static void main(String[] args) throws InterruptedException {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
    JdbcStorage storage = JdbcStorage.builder().url(args[0]).migrate(true).build();
    Homewatch homewatch = Homewatch.builder().storage(storage).channel(AlertChannel.noop("sms"))
        .channel(AlertChannel.noop("test")).clock(Clock.fixed(Instant.parse(args[1]), ZoneOffset.UTC)).build();
    while (true) {
      FollowUpReport r = homewatch.alerts().followUpUnresolved(GiaLai.SYSTEM, 1);
      if (r.reminded() > 0) {
        out.println("reminded");
        out.flush();
      }
      if (r.due() == 0) {
        Thread.sleep(1000); // done: wait to be killed
      }
    }
  }
}
