package org.homewatch.core.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.homewatch.AccessDeniedException;
import org.homewatch.ValidationException;
import org.homewatch.core.HomewatchJobs;
import org.homewatch.core.World;
import org.homewatch.core.jobs.BackgroundJob;
import org.homewatch.core.jobs.JobReport;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertOutcome;
import org.homewatch.model.Feedback;
import org.homewatch.model.FeedbackTopic;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.PageRequest;
import org.homewatch.model.ReportCounter;
import org.homewatch.spi.storage.ReportCounterStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The consistency check recomputes a commune's counters from its rows and lists what differs. */
class CounterCheckTest {
  private final World world = new World();

  @AfterEach
  void close() {
    world.close();
  }

  private void aBusyDay() {
    IsolationCase a1 = world.registerF2("Nguyễn Văn An", World.COMMUNE_A);
    IsolationCase a2 = world.registerF2("Trần Thị Bình", World.COMMUNE_A);
    world.registerF2("Ksor H'Bia", World.COMMUNE_B);
    world.clock.advance(Duration.ofMinutes(5));
    world.homewatch.declarations().submit(world.citizen(a1), world.declaration(a1, World.normal()));
    Alert alert = world.homewatch.declarations().submit(world.citizen(a2), world.declaration(a2, World.spo2(93)))
        .alert().orElseThrow();
    world.clock.advance(Duration.ofMinutes(7));
    Alert acknowledged = world.homewatch.alerts().acknowledge(world.nurseA, alert.id(), alert.version());
    world.homewatch.alerts().resolve(world.nurseA, alert.id(), acknowledged.version(), AlertOutcome.FALSE_ALARM, "");
    Feedback f = world.homewatch.feedback().submit(world.citizen(a1), a1.id(), FeedbackTopic.HEALTH, "Tôi ho");
    world.homewatch.feedback().reply(world.nurseA, f.id(), f.version(), "Uống nước");
    IsolationCase now = world.homewatch.cases().get(world.supervisor, a1.id());
    world.homewatch.lifecycle().cancel(world.supervisor, a1.id(), now.version(), "nhập nhầm");
  }

  @Test
  @DisplayName("counters kept by the changes agree with the rows, and a tampered counter is listed with both values")
  void findsTamperedCounter() {
    aBusyDay();
    CounterCheck clean = world.homewatch.reports().checkCounters(world.admin, World.COMMUNE_A, World.TODAY,
        World.TODAY);
    assertEquals(List.of(), clean.differences());
    assertEquals(2, clean.casesExamined());

    world.storage.useTransaction(tx -> tx.store(ReportCounterStore.class).orElseThrow().add(List.of(
        new ReportCounter(World.COMMUNE_A, World.TODAY, "DECLARATION_RECEIVED", "", 5))));
    CounterCheck tampered = world.homewatch.reports().checkCounters(world.admin, World.COMMUNE_A, World.TODAY,
        World.TODAY);
    assertEquals(List.of(new CounterCheck.Difference("DECLARATION_RECEIVED", "", Optional.of(World.TODAY), 7, 2)),
        tampered.differences());
    assertEquals(2, world.auditCount("report.counters.check"));
  }

  @Test
  @DisplayName("the background job checks every commune of its scope, batch after batch")
  void backgroundJob() {
    aBusyDay();
    world.clock.advance(Duration.ofDays(1));
    BackgroundJob job = HomewatchJobs.counterCheck(world.homewatch, world.clock, 7);
    JobReport first = job.runBatch(world.system, PageRequest.first(1));
    assertEquals(1, first.examined());
    assertTrue(first.hasMore());
    JobReport second = job.runBatch(world.system, new PageRequest(first.next(), 1));
    assertEquals(1, second.examined());
    assertEquals(0L, first.counts().get("differences") + second.counts().get("differences"));
    assertTrue(!second.hasMore() && second.next().isEmpty(), "the scope's two communes are done");
  }

  @Test
  @DisplayName("only background workers may check counters, only of a known commune")
  void refusals() {
    assertThrows(AccessDeniedException.class, () -> world.homewatch.reports().checkCounters(world.supervisor,
        World.COMMUNE_A, World.TODAY, World.TODAY));
    ValidationException notCommune = assertThrows(ValidationException.class, () -> world.homewatch.reports()
        .checkCounters(world.admin, World.DISTRICT, World.TODAY, World.TODAY));
    assertTrue(notCommune.concerns("unit"));
    assertEquals(1, world.auditCount("access.denied"));
    assertEquals(1, world.auditCount("report.refused"));
  }
}
