package org.homewatch.examples.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.homewatch.core.Homewatch;
import org.homewatch.examples.KilledChild;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertEvent;
import org.homewatch.model.AlertId;
import org.homewatch.model.IsolationCase;
import org.homewatch.spi.notification.AlertChannel;
import org.homewatch.spi.storage.OutboxMessage;
import org.homewatch.storage.jdbc.JdbcStorage;
import org.homewatch.test.GiaLai;
import org.homewatch.test.world.GiaLaiWorld;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The follow-up of acknowledged alerts survives {@code kill -9}: a child process reminds handlers on an H2 file one
 * alert per transaction and is killed ({@code destroyForcibly}, SIGKILL) in the middle; after reopening, a run
 * reminds the rest, and every handler is reminded exactly once, with one message each.
 */
class FollowUpCrashTest {
  private static final int ALERTS = 16;
  private static final int LINES_BEFORE_KILL = 5;

  @TempDir
  Path dir;

  @Test
  @DisplayName("a follow-up killed with SIGKILL halfway goes on from the stored data: every acknowledged alert "
      + "reminded once, one reminder message each")
  void killedHalfway() throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("followup").toAbsolutePath();
    List<AlertId> taken = new ArrayList<>();
    long pendingBefore;
    try (GiaLaiWorld world = GiaLaiWorld.builder().storage(JdbcStorage.builder().url(url).migrate(true).build())
        .build()) {
      for (int i = 0; i < ALERTS; i++) {
        IsolationCase c = world.registerF2("Người số " + i, GiaLai.THI_TRAN_CHU_SE);
        Alert a = world.homewatch().declarations().submit(world.citizen(c), world.declaration(c, GiaLai.spo2(92)))
            .alert().orElseThrow();
        world.homewatch().alerts().acknowledge(GiaLai.NURSE_THI_TRAN, a.id(), a.version());
        taken.add(a.id());
      }
      pendingBefore = world.storage().inTransaction(tx -> tx.outbox().count(OutboxMessage.Status.PENDING));
    }
    // past every resolve-by time (at most 4 h), before any reminder's own deadline could run out
    Instant later = GiaLai.START.plus(Duration.ofHours(5));

    int acknowledged = runAndKill(url, later);

    try (JdbcStorage storage = JdbcStorage.builder().url(url).migrate(true).build();
        Homewatch homewatch = Homewatch.builder().storage(storage).channel(AlertChannel.noop("sms"))
            .channel(AlertChannel.noop("test")).clock(Clock.fixed(later, ZoneOffset.UTC)).build()) {
      int before = reminded(storage, taken);
      assertTrue(before >= acknowledged, "every acknowledged reminder survived: " + before + " < " + acknowledged);
      assertTrue(before < ALERTS, "the child was killed before it finished (" + before + "), so there was a rest");
      assertEquals(ALERTS - before, homewatch.alerts().followUpUnresolved(GiaLai.SYSTEM, 100).reminded(),
          "the rest, once each");
      for (AlertId id : taken) {
        Alert a = storage.inTransaction(tx -> tx.alerts().find(id)).orElseThrow();
        assertEquals(1, a.history().stream().filter(e -> e.kind() == AlertEvent.Kind.REMINDED).count(),
            a.history().toString());
      }
      long pendingAfter = storage.inTransaction(tx -> tx.outbox().count(OutboxMessage.Status.PENDING));
      assertEquals(pendingBefore + ALERTS, pendingAfter, "one reminder message per alert");
    }
  }

  private static int reminded(JdbcStorage storage, List<AlertId> ids) {
    return storage.inTransaction(tx -> (int) ids.stream().map(id -> tx.alerts().find(id).orElseThrow())
        .filter(Alert::remindedSinceAcknowledged).count());
  }

  /** Starts the child, lets it remind a few handlers, kills it at a moment it cannot predict; returns its acks. */
  private int runAndKill(String url, Instant at) throws Exception {
    return KilledChild.runAndKill(dir, FollowUpUntilKilled.class, "reminded", LINES_BEFORE_KILL, url, at.toString());
  }
}
