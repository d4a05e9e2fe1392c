package org.homewatch.benchmarks.reports;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.homewatch.benchmarks.ingest.SeededCases;
import org.homewatch.core.Homewatch;
import org.homewatch.core.declarations.BatchResult;
import org.homewatch.model.AccountId;
import org.homewatch.model.ContactPoint;
import org.homewatch.model.NewDeclaration;
import org.homewatch.spi.identity.OnDutyStaff;
import org.homewatch.spi.notification.AlertChannel;
import org.homewatch.storage.jdbc.JdbcStorage;

/**
 * The cost of keeping the report counters, measured in pairs: one embedded PostgreSQL (durable commits), one
 * storage, and two {@code Homewatch} instances on it, one keeping the counters and one not. Rounds alternate
 * between them (with, without; then without, with), a few seconds each, so that both see the same tables, the same
 * JIT and, on a machine shared with other work, the same load drifting over time. Each round prints both
 * throughputs and their ratio; the end prints the totals and the median of the per-pair ratios.
 *
 * <p>{@code batch}: {@code submitAll} of 1,000 declarations per transaction from one thread (as
 * {@link SubmitAllWithCountersBenchmark}). {@code single}: one {@code submit} per transaction from 16 threads (as
 * {@code IngestionBenchmark.singleSubmissions}).
 *
 * <p>Each pair also gives the CPU time per declaration of this JVM and of the server ({@link Cpu}), which a shared
 * machine's load moves less than throughput; {@code -Dpairs.timeAdd=true} adds the time spent in
 * {@code ReportCounterStore.add} ({@link AddTimer}).
 *
 * <pre>
 *   mvn -B -q -pl benchmarks -am package -DskipTests
 *   java -cp benchmarks/target/benchmarks.jar org.homewatch.benchmarks.reports.CounterCostPairs batch 10 5
 *   java -cp benchmarks/target/benchmarks.jar org.homewatch.benchmarks.reports.CounterCostPairs single 10 5
 * </pre>
 */
public final class CounterCostPairs {
  private static final int BATCH = 1_000;
  private static final int THREADS = 16;

  private CounterCostPairs() {}

  /**
   * Runs the pairs.
   *
   * @param args {@code batch} or {@code single}; the number of pairs (default 10); seconds per phase (default 5)
   * @throws Exception if the database cannot start or a submission fails
   */
  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0] : "batch";
    int pairs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "on")
        .setServerConfig("synchronous_commit", "on").start()) {
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
      config.setUsername("postgres");
      config.setMaximumPoolSize(20);
      config.addDataSourceProperty("reWriteBatchedInserts", "true");
      try (HikariDataSource pool = new HikariDataSource(config)) {
        JdbcStorage storage = JdbcStorage.builder().dataSource(pool).migrate(true).build();
        SeededCases cases = SeededCases.seed(storage);
        Homewatch with = homewatch(Boolean.getBoolean("pairs.timeAdd") ? AddTimer.timed(storage) : storage, true);
        Homewatch without = homewatch(storage, false);
        Phase timed = mode.equals("single") ? new Single(cases) : new Batch(cases);
        Cpu cpu = new Cpu(postgres.getPort());
        Phase phase = (homewatch, secs) -> cpu.measure(homewatch == with, () -> timed.run(homewatch, secs));
        // warm both up first: the JIT and the counters' first rows of the day
        phase.run(with, seconds);
        phase.run(without, seconds);
        double[] ratios = new double[pairs];
        double withTotal = 0;
        double withoutTotal = 0;
        for (int p = 0; p < pairs; p++) {
          double on;
          double off;
          if (p % 2 == 0) {
            on = phase.run(with, seconds);
            off = phase.run(without, seconds);
          } else {
            off = phase.run(without, seconds);
            on = phase.run(with, seconds);
          }
          ratios[p] = on / off;
          withTotal += on;
          withoutTotal += off;
          System.out.printf(Locale.ROOT, "pair %2d: with counters %8.0f/s, without %8.0f/s, ratio %.3f, load %s%s%s%n",
              p + 1, on, off, ratios[p], load(), cpu.report(), AddTimer.report());
        }
        Arrays.sort(ratios);
        double median = pairs % 2 == 1 ? ratios[pairs / 2] : (ratios[pairs / 2 - 1] + ratios[pairs / 2]) / 2;
        System.out.printf(Locale.ROOT, "%s: mean with %.0f/s, without %.0f/s, ratio of means %.3f, median ratio %.3f"
            + " (min %.3f, max %.3f), %d pairs of %d s%n", mode, withTotal / pairs, withoutTotal / pairs,
            withTotal / withoutTotal, median, ratios[0], ratios[pairs - 1], pairs, seconds);
        System.out.println(cpu.total());
        storage.close();
      }
    }
  }

  private static Homewatch homewatch(org.homewatch.spi.storage.Storage storage, boolean counters) {
    return Homewatch.builder()
        .storage(storage)
        .channel(AlertChannel.noop("sms"))
        .staffDirectory((unit, at) -> List.of(new OnDutyStaff(new AccountId("nurse"), "nurse",
            List.of(new ContactPoint("sms", "+84905000000")))))
        .clock(Clock.systemUTC())
        .reports(counters)
        .build();
  }

  private static String load() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException e) {
      return "?";
    }
  }

  /** One timed phase: declarations per second. */
  private interface Phase {
    double run(Homewatch homewatch, int seconds) throws InterruptedException;
  }

  /** A phase's measurement. */
  interface Throughput {
    double run() throws InterruptedException;
  }

  private record Batch(SeededCases cases) implements Phase {
    @Override
    public double run(Homewatch homewatch, int seconds) {
      long started = System.nanoTime();
      long end = started + seconds * 1_000_000_000L;
      long done = 0;
      while (System.nanoTime() < end) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        List<NewDeclaration> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
          batch.add(cases.declaration(random));
        }
        BatchResult result = homewatch.declarations().submitAll(SeededCases.STATION, batch);
        if (result.acceptedCount() != BATCH) {
          throw new IllegalStateException("rejected: " + result.rejectedItems().get(0).rejected());
        }
        done += BATCH;
      }
      return done / ((System.nanoTime() - started) / 1e9);
    }
  }

  private record Single(SeededCases cases) implements Phase {
    @Override
    public double run(Homewatch homewatch, int seconds) throws InterruptedException {
      AtomicLong done = new AtomicLong();
      CountDownLatch finished = new CountDownLatch(THREADS);
      long started = System.nanoTime();
      long end = started + seconds * 1_000_000_000L;
      for (int t = 0; t < THREADS; t++) {
        Thread thread = new Thread(() -> {
          try {
            while (System.nanoTime() < end) {
              homewatch.declarations().submit(SeededCases.STATION, cases.declaration(ThreadLocalRandom.current()));
              done.incrementAndGet();
            }
          } finally {
            finished.countDown();
          }
        });
        thread.start();
      }
      finished.await();
      return done.get() / ((System.nanoTime() - started) / 1e9);
    }
  }
}
