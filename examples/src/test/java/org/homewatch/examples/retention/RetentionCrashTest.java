package org.homewatch.examples.retention;

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
import org.homewatch.core.retention.RetentionService;
import org.homewatch.model.Anonymisation;
import org.homewatch.model.AuditEvent;
import org.homewatch.model.CaseId;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.PageRequest;
import org.homewatch.spi.notification.AlertChannel;
import org.homewatch.storage.jdbc.JdbcStorage;
import org.homewatch.test.GiaLai;
import org.homewatch.test.world.GiaLaiWorld;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The retention purge survives {@code kill -9}: a child process purges an H2 file one case per transaction and is
 * killed ({@code destroyForcibly}, SIGKILL) in the middle; after reopening, a purge finishes the rest, and every case
 * is anonymised and audited exactly once.
 */
class RetentionCrashTest {
  private static final int CASES = 20;
  private static final int LINES_BEFORE_KILL = 6;

  @TempDir
  Path dir;

  @Test
  @DisplayName("a purge killed with SIGKILL halfway goes on from the stored data: every closed case anonymised once, "
      + "one retention.purge audit event each")
  void killedHalfway() throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("purge").toAbsolutePath();
    List<CaseId> closed = new ArrayList<>();
    try (GiaLaiWorld world = GiaLaiWorld.builder().storage(JdbcStorage.builder().url(url).migrate(true).build())
        .build()) {
      for (int i = 0; i < CASES; i++) {
        IsolationCase c = world.registerF2("Người số " + i, i % 2 == 0 ? GiaLai.THI_TRAN_CHU_SE : GiaLai.IA_TIEM);
        world.homewatch().lifecycle().cancel(GiaLai.DISTRICT_SUPERVISOR, c.id(), c.version(), "nhập nhầm");
        closed.add(c.id());
      }
    }
    Instant later = GiaLai.START.plus(Duration.ofDays(32));

    int acknowledged = runAndKill(url, later);

    try (JdbcStorage storage = JdbcStorage.builder().url(url).migrate(true).build();
        Homewatch homewatch = Homewatch.builder().storage(storage).channel(AlertChannel.noop("sms"))
            .channel(AlertChannel.noop("test")).clock(Clock.fixed(later, ZoneOffset.UTC)).build()) {
      int before = anonymised(storage, closed);
      assertTrue(before >= acknowledged, "every acknowledged anonymisation survived: " + before + " < "
          + acknowledged);
      assertTrue(before < CASES, "the child was killed before it finished (" + before + "), so there was a rest");
      int resumed = 0;
      for (int i = 0; i < CASES; i++) {
        resumed += homewatch.retention().purge(GiaLai.SYSTEM, 5).casesAnonymised();
      }
      assertEquals(CASES - before, resumed, "the rest, once each");
      assertEquals(CASES, anonymised(storage, closed));
      List<AuditEvent> events = storage.inTransaction(tx -> tx.audit().list(GiaLai.PROVINCE,
          GiaLai.START.minusSeconds(1), PageRequest.first(1000))).items().stream()
          .filter(e -> e.action().equals(RetentionService.AUDIT_ACTION) && e.targetType().equals("case")).toList();
      assertEquals(CASES, events.size(), "one audit event per case");
      assertEquals(CASES, events.stream().map(AuditEvent::targetId).distinct().count());
    }
  }

  private static int anonymised(JdbcStorage storage, List<CaseId> ids) {
    return storage.inTransaction(tx -> (int) ids.stream()
        .filter(id -> Anonymisation.isAnonymised(tx.cases().find(id).orElseThrow())).count());
  }

  /** Starts the child, lets it anonymise a few cases, kills it at a moment it cannot predict; returns its acks. */
  private int runAndKill(String url, Instant at) throws Exception {
    return KilledChild.runAndKill(dir, PurgeUntilKilled.class, "anonymised", LINES_BEFORE_KILL, url, at.toString());
  }
}
