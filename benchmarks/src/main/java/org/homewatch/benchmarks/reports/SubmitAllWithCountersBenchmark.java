package org.homewatch.benchmarks.reports;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.homewatch.benchmarks.ingest.SeededCases;
import org.homewatch.core.Homewatch;
import org.homewatch.core.declarations.BatchResult;
import org.homewatch.model.AccountId;
import org.homewatch.model.ContactPoint;
import org.homewatch.model.NewDeclaration;
import org.homewatch.spi.identity.OnDutyStaff;
import org.homewatch.spi.notification.AlertChannel;
import org.homewatch.storage.jdbc.JdbcStorage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 12, item 3, second figure: {@code DeclarationService.submitAll} throughput (declarations per second, batches
 * of 1,000, one transaction each) with the report counters kept ({@code reports=on}, the default: every batch adds
 * its counter changes before it commits) and without ({@code reports=off}, {@code Homewatch.builder().reports(false)}),
 * in the same run, each on a fresh embedded PostgreSQL with 100,000 active cases in 15 communes (durable commits:
 * {@code fsync} and {@code synchronous_commit} on, as production runs). About 1 % of declarations are abnormal and
 * open an alert, as in {@code IngestionBenchmark}.
 *
 * <pre>
 *   java -jar benchmarks/target/benchmarks.jar SubmitAllWithCounters -f 1 -wi 1 -i 5 -w 10s -r 10s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 1, time = 10)
@Measurement(iterations = 5, time = 10)
public class SubmitAllWithCountersBenchmark {
  static final int CASES = SeededCases.CASES;
  static final int BATCH = 1_000;

  @Param({"on", "off"})
  public String reports;

  private EmbeddedPostgres postgres;
  private HikariDataSource pool;
  private Homewatch homewatch;
  private SeededCases cases;

  @Setup(Level.Trial)
  public void start() throws IOException {
    postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
        .start();
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    config.setUsername("postgres");
    config.setMaximumPoolSize(4);
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    pool = new HikariDataSource(config);
    JdbcStorage storage = JdbcStorage.builder().dataSource(pool).migrate(true).build();
    homewatch = Homewatch.builder()
        .storage(storage)
        .channel(AlertChannel.noop("sms"))
        .staffDirectory((unit, at) -> List.of(new OnDutyStaff(new AccountId("nurse"), "nurse",
            List.of(new ContactPoint("sms", "+84905000000")))))
        .clock(Clock.systemUTC())
        .reports(reports.equals("on"))
        .build();
    cases = SeededCases.seed(storage);
  }


  @TearDown(Level.Trial)
  public void stop() throws IOException {
    homewatch.close();
    pool.close();
    postgres.close();
  }


  /** Batch ingestion end to end, one transaction per batch of 1,000. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long submitAll() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    List<NewDeclaration> batch = new ArrayList<>(BATCH);
    for (int i = 0; i < BATCH; i++) {
      batch.add(cases.declaration(random));
    }
    BatchResult result = homewatch.declarations().submitAll(SeededCases.STATION, batch);
    if (result.acceptedCount() != BATCH) {
      throw new IllegalStateException("rejected: " + result.rejectedItems().get(0).rejected());
    }
    return result.acceptedCount();
  }
}
