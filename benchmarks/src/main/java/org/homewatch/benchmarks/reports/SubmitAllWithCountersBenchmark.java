package org.homewatch.benchmarks.reports;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.homewatch.core.Homewatch;
import org.homewatch.core.declarations.BatchResult;
import org.homewatch.model.AccountId;
import org.homewatch.model.Address;
import org.homewatch.model.BirthDate;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.CaseId;
import org.homewatch.model.CasePeriod;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.ContactPoint;
import org.homewatch.model.DeclarationId;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.JurisdictionScheme;
import org.homewatch.model.MonitoringSummary;
import org.homewatch.model.NewDeclaration;
import org.homewatch.model.Person;
import org.homewatch.model.PersonId;
import org.homewatch.model.PhoneNumber;
import org.homewatch.model.Principal;
import org.homewatch.model.QuarantineDecision;
import org.homewatch.model.Role;
import org.homewatch.model.Sex;
import org.homewatch.model.Symptom;
import org.homewatch.model.Vitals;
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
  static final int CASES = 100_000;
  static final int BATCH = 1_000;
  private static final JurisdictionPath DISTRICT = JurisdictionPath.of(JurisdictionScheme.GSO_2021, "64", "633");

  @Param({"on", "off"})
  public String reports;

  private EmbeddedPostgres postgres;
  private HikariDataSource pool;
  private Homewatch homewatch;
  private CaseId[] cases;
  private final Principal station = Principal.staff(new AccountId("bench-station"), DISTRICT.parent(), Role.MONITOR);

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
    cases = seedCases(storage);
  }

  private static CaseId[] seedCases(JdbcStorage storage) {
    CaseId[] ids = new CaseId[CASES];
    LocalDate start = LocalDate.now(ZoneOffset.UTC).minusDays(3);
    for (int from = 0; from < CASES; from += BATCH) {
      int first = from;
      storage.useTransaction(tx -> {
        for (int i = first; i < first + BATCH; i++) {
          JurisdictionPath commune = DISTRICT.child(Integer.toString(23941 + i % 15));
          Person person = new Person(PersonId.random(), "Người thứ " + i, BirthDate.ofYear(1940 + i % 80),
              i % 2 == 0 ? Sex.FEMALE : Sex.MALE, PhoneNumber.parse(String.format("09%08d", i)), Optional.empty(),
              new Address("Thôn " + i % 20, commune, Optional.empty()));
          IsolationCase c = new IsolationCase(CaseId.random(), person, CaseCategory.F2,
              new QuarantineDecision("1/QĐ", "UBND", start), CasePeriod.planned(start, start.plusDays(13)),
              CaseStatus.ACTIVE, commune, Set.of(), IsolationCase.DEFAULT_ZONE, Optional.empty(), Optional.empty(),
              Optional.empty(), MonitoringSummary.NONE, List.of(), Instant.now(), 0);
          tx.cases().insert(c);
          ids[i] = c.id();
        }
      });
    }
    return ids;
  }

  @TearDown(Level.Trial)
  public void stop() throws IOException {
    homewatch.close();
    pool.close();
    postgres.close();
  }

  private NewDeclaration declaration(ThreadLocalRandom random) {
    CaseId caseId = cases[random.nextInt(CASES)];
    boolean abnormal = random.nextInt(100) == 0;
    Vitals vitals = Vitals.builder()
        .temperatureCelsius(36.3 + random.nextInt(10) / 10.0)
        .spo2Percent(abnormal ? 93 : 97 + random.nextInt(3))
        .respiratoryRatePerMinute(14 + random.nextInt(5))
        .pulsePerMinute(60 + random.nextInt(30))
        .build();
    Instant observed = Instant.now().minusSeconds(random.nextInt(3_600));
    return NewDeclaration.of(DeclarationId.random(), caseId, observed, vitals,
        abnormal ? Set.of(Symptom.SHORTNESS_OF_BREATH) : Set.of());
  }

  /** Batch ingestion end to end, one transaction per batch of 1,000. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long submitAll() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    List<NewDeclaration> batch = new ArrayList<>(BATCH);
    for (int i = 0; i < BATCH; i++) {
      batch.add(declaration(random));
    }
    BatchResult result = homewatch.declarations().submitAll(station, batch);
    if (result.acceptedCount() != BATCH) {
      throw new IllegalStateException("rejected: " + result.rejectedItems().get(0).rejected());
    }
    return result.acceptedCount();
  }
}
