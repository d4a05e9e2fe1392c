package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.homewatch.core.jobs.BackgroundJob;
import org.homewatch.core.jobs.JobReport;
import org.homewatch.core.jobs.KeysetBatches;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NewCase;
import org.homewatch.model.PageRequest;
import org.homewatch.model.QuarantineDecision;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Homewatch's jobs in the one shape: names, bounded batches, reports. */
class HomewatchJobsTest {

  @Test
  @DisplayName("the ten standard jobs (slot settlement with reports on, the retention purge with retention on) have distinct names, and each does one batch "
      + "and reports it")
  void eightJobs() {
    try (World world = new World()) {
      world.registerF2("Lê Thị Hoa", World.COMMUNE_A);
      List<BackgroundJob> jobs = HomewatchJobs.all(world.homewatch, Duration.ofMinutes(3));
      assertEquals(List.of("outbox-dispatch", "alert-escalation", "missed-declaration-sweep", "reminders",
          "spot-check-deadlines", "case-activation", "case-completion", "feedback-deadlines", "slot-settlement",
          "retention-purge"),
          jobs.stream().map(BackgroundJob::name).toList());
      for (BackgroundJob job : jobs) {
        JobReport report = job.runBatch(world.system, PageRequest.first(10));
        assertFalse(report.hasMore(), job.name() + " has nothing more in a world of one case");
      }
    }
  }

  @Test
  @DisplayName("a job's batch is bounded: 25 due cases with batches of 10 take three batches of at most 10")
  void batchesAreBounded() {
    try (World world = new World()) {
      for (int i = 0; i < 25; i++) {
        world.homewatch.cases().register(world.enroller, NewCase.of(
            World.person("Người chờ " + i, i % 2 == 0 ? World.COMMUNE_A : World.COMMUNE_B, 1950 + i),
            CaseCategory.F2, new QuarantineDecision(i + "/QĐ", "UBND", World.TODAY), World.TODAY.plusDays(1)));
      }
      world.clock.advance(Duration.ofDays(1));
      BackgroundJob activation = HomewatchJobs.caseActivation(world.homewatch);

      JobReport first = activation.runBatch(world.system, PageRequest.first(10));
      assertEquals(10, first.examined());
      assertEquals(10, first.count("activated"));
      assertTrue(first.hasMore() && first.next().isPresent(), "more after a full batch");

      JobReport rest = KeysetBatches.run(activation, world.system, new PageRequest(first.next(), 10), 10);
      assertEquals(15, rest.examined(), "two more batches: 10 and 5");
      assertEquals(25, first.plus(rest).count("activated"));
      assertFalse(rest.hasMore());
      assertEquals(0, activation.runBatch(world.system, PageRequest.first(10)).examined(), "none left pending");
    }
  }

  @Test
  @DisplayName("the runner stops at its bound even when the job always has more")
  void runnerBound() {
    try (World world = new World()) {
      IsolationCase c = world.registerF2("Phạm Văn Đức", World.COMMUNE_A);
      int[] calls = {0};
      BackgroundJob endless = new BackgroundJob() {
        @Override
        public String name() {
          return "endless";
        }

        @Override
        public JobReport runBatch(org.homewatch.model.Principal principal, PageRequest page) {
          calls[0]++;
          return JobReport.queue(page.limit(), java.util.Map.of(), true);
        }
      };
      JobReport total = KeysetBatches.run(endless, world.system, PageRequest.first(5), 4);
      assertEquals(4, calls[0]);
      assertEquals(20, total.examined());
      assertTrue(total.hasMore());
      assertEquals(CaseStatus.ACTIVE, c.status());
    }
  }
}
