package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.homewatch.ConfigurationException;
import org.homewatch.core.jobs.BackgroundJob;
import org.homewatch.core.jobs.JobReport;
import org.homewatch.model.AccountId;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.JurisdictionScheme;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Principal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The scheduler's contract, on an executor whose time the test moves: cadence, isolation, bounds. */
class BackgroundJobSchedulingTest {
  private static final Principal SYSTEM =
      Principal.system(JurisdictionPath.of(JurisdictionScheme.GSO_2021, "64"));
  private final ManualScheduledExecutor executor = new ManualScheduledExecutor();

  /** A job that counts its batches and remembers the pages it was given; it has more for {@code batches} calls. */
  private static final class CountingJob implements BackgroundJob {
    final String name;
    final int more;
    final List<PageRequest> pages = new ArrayList<>();

    CountingJob(String name, int more) {
      this.name = name;
      this.more = more;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public JobReport runBatch(Principal principal, PageRequest page) {
      pages.add(page);
      boolean hasMore = pages.size() <= more;
      return JobReport.keyset(page.limit(), Map.of("done", 1L),
          hasMore ? Optional.of("after-" + pages.size()) : Optional.empty());
    }
  }

  @Test
  @DisplayName("each job runs at its own cadence: at once, then every period of its own")
  void eachJobAtItsCadence() {
    CountingJob fast = new CountingJob("fast", 0);
    CountingJob slow = new CountingJob("slow", 0);
    try (BackgroundScheduler ignored = BackgroundScheduler.builder().executor(executor).principal(SYSTEM)
        .job(fast, Duration.ofSeconds(5)).job(slow, Duration.ofMinutes(1)).start()) {
      executor.advance(Duration.ofSeconds(1));
      assertEquals(1, fast.pages.size(), "both run at start");
      assertEquals(1, slow.pages.size(), "both run at start");
      executor.advance(Duration.ofSeconds(119)); // now at 2 minutes
      assertEquals(25, fast.pages.size(), "0, 5, ..., 120 s");
      assertEquals(3, slow.pages.size(), "0, 60, 120 s");
    }
    executor.advance(Duration.ofMinutes(5));
    assertEquals(25, fast.pages.size(), "nothing runs after close");
  }

  @Test
  @DisplayName("every(name, ..) changes the cadence of a standard job, and names no job that is not registered")
  void cadenceByName() {
    try (World world = new World()) {
      CountingJob mine = new CountingJob("mine", 0);
      BackgroundScheduler.Builder builder = BackgroundScheduler.builder().executor(executor).principal(world.system)
          .standardJobs(world.homewatch).job(mine, Duration.ofSeconds(10)).every("mine", Duration.ofMinutes(10))
          .every(HomewatchJobs.OUTBOX_DISPATCH, Duration.ofSeconds(1));
      try (BackgroundScheduler ignored = builder.start()) {
        executor.advance(Duration.ofMinutes(15));
        assertEquals(2, mine.pages.size(), "0 and 10 min, not every 10 s");
      }
      ConfigurationException unknown = assertThrows(ConfigurationException.class, () -> BackgroundScheduler.builder()
          .executor(executor).principal(world.system).standardJobs(world.homewatch)
          .every("outbox-dispatcher", Duration.ofSeconds(1)).start());
      assertTrue(unknown.getMessage().contains("outbox-dispatcher") && unknown.getMessage().contains("outbox-dispatch"),
          unknown.getMessage());
    }
  }

  @Test
  @DisplayName("a failing job is logged with its name and does not stop the others, nor its own next runs")
  void failingJobIsolated() {
    AtomicInteger attempts = new AtomicInteger();
    BackgroundJob failing = new BackgroundJob() {
      @Override
      public String name() {
        return "always-failing";
      }

      @Override
      public JobReport runBatch(Principal principal, PageRequest page) {
        attempts.incrementAndGet();
        throw new IllegalStateException("duty roster unreachable");
      }
    };
    CountingJob healthy = new CountingJob("healthy", 0);
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    // slf4j-simple writes to the System.err of the moment it logs.
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try (BackgroundScheduler ignored = BackgroundScheduler.builder().executor(executor).principal(SYSTEM)
        .job(failing, Duration.ofSeconds(10)).job(healthy, Duration.ofSeconds(10)).start()) {
      executor.advance(Duration.ofSeconds(30));
    } finally {
      System.setErr(err);
    }
    assertEquals(4, attempts.get(), "the failing job is tried at each of its times");
    assertEquals(4, healthy.pages.size(), "the other job runs every time");
    String log = captured.toString(StandardCharsets.UTF_8);
    // The exception is logged by its type and stack; its message is withheld, as it may quote personal data
    // (NoPersonalDataInLogsTest).
    assertTrue(log.contains("background job always-failing failed") && log.contains("IllegalStateException"), log);
  }

  @Test
  @DisplayName("a run does at most maxBatchesPerRun batches of batchSize, and the next run goes on from the cursor")
  void runsAreBounded() {
    CountingJob endless = new CountingJob("endless", Integer.MAX_VALUE);
    try (BackgroundScheduler ignored = BackgroundScheduler.builder().executor(executor).principal(SYSTEM)
        .batchSize(7).maxBatchesPerRun(3).job(endless, Duration.ofMinutes(1)).start()) {
      executor.advance(Duration.ofSeconds(1));
      assertEquals(3, endless.pages.size(), "three batches, then the run yields");
      assertTrue(endless.pages.stream().allMatch(p -> p.limit() == 7), "every batch is bounded by batchSize");
      assertEquals(Optional.empty(), endless.pages.get(0).after());
      assertEquals(Optional.of("after-1"), endless.pages.get(1).after());
      executor.advance(Duration.ofMinutes(1));
      assertEquals(Optional.of("after-3"), endless.pages.get(3).after(), "the next run goes on where this stopped");
    }
  }

  @Test
  @DisplayName("a run ends when the job has no more, and the next run starts from the beginning")
  void runEndsWithTheKeyset() {
    CountingJob twoBatches = new CountingJob("two", 1);
    try (BackgroundScheduler ignored = BackgroundScheduler.builder().executor(executor).principal(SYSTEM)
        .job(twoBatches, Duration.ofMinutes(1)).start()) {
      executor.advance(Duration.ofSeconds(1));
      assertEquals(2, twoBatches.pages.size());
      executor.advance(Duration.ofMinutes(1));
      assertEquals(Optional.empty(), twoBatches.pages.get(2).after());
    }
  }

  @Test
  @DisplayName("the builder refuses a bad or repeated option, naming it")
  void builderRefusals() {
    assertTrue(assertThrows(ConfigurationException.class, () -> BackgroundScheduler.builder().batchSize(0))
        .getMessage().contains("batchSize"));
    assertTrue(assertThrows(ConfigurationException.class, () -> BackgroundScheduler.builder().batchSize(5)
        .batchSize(6)).getMessage().contains("batchSize was already set to 5"));
    assertTrue(assertThrows(ConfigurationException.class, () -> BackgroundScheduler.builder()
        .job(new CountingJob("a", 0), Duration.ZERO)).getMessage().contains("every(a)"));
    assertTrue(assertThrows(ConfigurationException.class, () -> BackgroundScheduler.builder()
        .job(new CountingJob("a", 0), Duration.ofSeconds(1)).job(new CountingJob("a", 0), Duration.ofSeconds(1)))
        .getMessage().contains("a job named a"));
    assertTrue(assertThrows(ConfigurationException.class, () -> BackgroundScheduler.builder().principal(SYSTEM)
        .job(new CountingJob("a", 0), Duration.ofSeconds(1)).start()).getMessage().contains("executor"));
    assertTrue(assertThrows(ConfigurationException.class, () -> BackgroundScheduler.builder().executor(executor)
        .principal(Principal.staff(new AccountId("x"), SYSTEM.scope(), org.homewatch.model.Role.MONITOR))
        .start()).getMessage().contains("no job"));
  }
}
