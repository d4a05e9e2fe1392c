package org.homewatch.storage.jdbc;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.homewatch.model.Alert;
import org.homewatch.model.AssessedDeclaration;
import org.homewatch.model.CaseId;
import org.homewatch.model.Severity;

/**
 * The child program of {@link CrashDurabilityTest}: opens a JDBC storage from a URL and, on a few threads, stores
 * declarations with their alerts (one transaction each) as fast as it can, printing {@code ack <declaration>
 * <alert>} on stdout after each commit returned. It never ends by itself: the test kills it mid-burst.
 *
 * <p>Arguments: the JDBC URL, then the case id the declarations belong to.
 */
public final class CrashingSubmitter {
  private static final int THREADS = 3;

  private CrashingSubmitter() {}

  public static void main(String[] args) throws InterruptedException {
    String url = args[0];
    CaseId caseId = new CaseId(UUID.fromString(args[1]));
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
        StandardCharsets.UTF_8);
    JdbcStorage storage = JdbcStorage.builder().url(url).migrate(true).build();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      Thread t = new Thread(() -> {
        while (true) {
          Instant at = Instant.now();
          AssessedDeclaration d = Fixtures.declaration(caseId, at);
          Alert alert = Fixtures.alert(caseId, Fixtures.COMMUNE, Severity.ABNORMAL, at);
          storage.inTransaction(tx -> {
            tx.declarations().insert(d);
            tx.alerts().insert(alert);
            return null;
          });
          // Acknowledged only now that the commit returned, as Homewatch's submit acknowledges to a caller.
          synchronized (out) {
            out.println("ack " + d.declaration().id().value() + " " + alert.id().value());
            out.flush();
          }
        }
      }, "submitter-" + i);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
  }
}
