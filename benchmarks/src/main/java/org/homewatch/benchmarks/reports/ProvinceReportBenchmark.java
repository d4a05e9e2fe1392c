package org.homewatch.benchmarks.reports;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.homewatch.core.Homewatch;
import org.homewatch.core.reports.Report;
import org.homewatch.core.reports.ReportRequest;
import org.homewatch.model.AccountId;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.JurisdictionScheme;
import org.homewatch.model.Principal;
import org.homewatch.model.Role;
import org.homewatch.spi.notification.AlertChannel;
import org.homewatch.storage.jdbc.JdbcStorage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 12, item 3, first figure: a province's 30-day report read from the report counters
 * ({@link #fromCounters}, {@code homewatch.reports().report(..)} end to end: three counter reads and the unit tree)
 * against the same report computed as one SQL aggregate over the raw tables ({@link #rawAggregate}, the way the
 * peers compute it: declarations joined to their cases, grouped by commune, day and severity; cases by commune,
 * category and status, and registrations per day; alerts by commune, day, kind and severity), in the same run on
 * one embedded PostgreSQL.
 *
 * <p>The data are made with set-based SQL ({@code generate_series}), not through the API: a province (64) of 17
 * districts with 13 communes each, {@link #cases} cases spread over them, one declaration per case per day for
 * {@link #days} days (1 % abnormal), an alert for 1 % of the cases. The counters are derived from those rows by
 * one {@code INSERT … SELECT … GROUP BY} per measure, which gives the values the counting transaction would have
 * written had the same events gone through the API (the cost of keeping them up to date is the other benchmark,
 * {@link SubmitAllWithCountersBenchmark}). Both reports are read with the cache warm (the working set fits in
 * memory here); the tables are {@code VACUUM ANALYZE}d after loading.
 *
 * <pre>
 *   mvn -B -q -pl benchmarks -am package -DskipTests
 *   java -jar benchmarks/target/benchmarks.jar ProvinceReport -f 1 -wi 2 -i 5 -p cases=1000000
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 10)
public class ProvinceReportBenchmark {
  static final JurisdictionPath PROVINCE = JurisdictionPath.of(JurisdictionScheme.GSO_2021, "64");
  static final int DISTRICTS = 17;
  static final int COMMUNES_PER_DISTRICT = 13;

  @Param({"1000000"})
  public int cases;

  @Param({"30"})
  public int days;

  private EmbeddedPostgres postgres;
  private DataSource dataSource;
  private Homewatch homewatch;
  private LocalDate firstDay;
  private LocalDate lastDay;
  private final Principal viewer = Principal.staff(new AccountId("so-tttt"), PROVINCE, Role.REPORT_VIEWER);

  @Setup(Level.Trial)
  public void load() throws IOException, SQLException {
    // the data directory is kept between the two benchmarks' trials (and runs) of one size: loading is minutes
    java.nio.file.Path directory = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"),
        "homewatch-report-bench-" + cases + "-" + days + "-" + LocalDate.now(ZoneOffset.UTC));
    boolean loaded = java.nio.file.Files.exists(directory.resolve("PG_VERSION"));
    postgres = EmbeddedPostgres.builder()
        .setDataDirectory(directory)
        .setCleanDataDirectory(false)
        .setServerConfig("fsync", "off")
        .setServerConfig("synchronous_commit", "off")
        .setServerConfig("full_page_writes", "off")
        .setServerConfig("shared_buffers", "1GB")
        .setServerConfig("work_mem", "256MB")
        .setServerConfig("maintenance_work_mem", "512MB")
        .setServerConfig("max_wal_size", "8GB")
        .start();
    com.zaxxer.hikari.HikariConfig pool = new com.zaxxer.hikari.HikariConfig();
    pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    pool.setUsername("postgres");
    pool.setMaximumPoolSize(4);
    dataSource = new com.zaxxer.hikari.HikariDataSource(pool);
    JdbcStorage storage = JdbcStorage.builder().dataSource(dataSource).migrate(true).build();
    homewatch = Homewatch.builder().storage(storage).channel(AlertChannel.noop("sms")).clock(Clock.systemUTC())
        .build();
    lastDay = LocalDate.now(ZoneOffset.UTC).minusDays(1);
    firstDay = lastDay.minusDays(days - 1L);
    long started = System.nanoTime();
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      try (ResultSet r = s.executeQuery("SELECT count(*) FROM hw_report_counter")) {
        loaded = loaded && r.next() && r.getLong(1) > 0;
      }
      if (!loaded) {
        for (String sql : RawData.statements(cases, days, firstDay, DISTRICTS, COMMUNES_PER_DISTRICT)) {
          long step = System.nanoTime();
          s.execute(sql);
          System.out.printf("  %5.1f s  %.90s%n", (System.nanoTime() - step) / 1e9, sql);
        }
        long step = System.nanoTime();
        s.execute("VACUUM ANALYZE");
        System.out.printf("  %5.1f s  VACUUM ANALYZE%n", (System.nanoTime() - step) / 1e9);
      } else if (Boolean.getBoolean("homewatch.bench.recount")) {
        // -Dhomewatch.bench.recount=true (with -jvmArgsAppend): the counters derived again from the kept rows
        // (each fork does it), e.g. after the JDBC store's number of stripes changed
        s.execute("DELETE FROM hw_report_counter");
        for (String sql : RawData.counterStatements(cases, days, firstDay, DISTRICTS, COMMUNES_PER_DISTRICT)) {
          s.execute(sql);
        }
        s.execute("VACUUM ANALYZE hw_report_counter");
      }
      try (ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM hw_case), (SELECT count(*) FROM"
          + " hw_declaration), (SELECT count(*) FROM hw_alert), (SELECT count(*) FROM hw_report_counter),"
          + " pg_size_pretty(pg_database_size(current_database()))")) {
        r.next();
        System.out.printf("%n  loaded %d cases, %d declarations, %d alerts, %d counters (%s) in %d s%n",
            r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getString(5),
            (System.nanoTime() - started) / 1_000_000_000L);
      }
    }
    Report check = fromCounters();
    long[] raw = rawAssessed();
    long received = check.root().period().declarations().received();
    long abnormal = check.root().period().declarations().assessedBySeverity().get(org.homewatch.model.Severity.ABNORMAL);
    System.out.printf("  counters: %d declarations, %d abnormal; raw aggregate: %d declarations, %d abnormal%n",
        received, abnormal, raw[0], raw[1]);
    if (received != (long) cases * days || received != raw[0] || abnormal != raw[1]) {
      throw new IllegalStateException("the report from counters and the raw aggregate disagree");
    }
  }

  @TearDown(Level.Trial)
  public void stop() throws IOException {
    homewatch.close();
    ((com.zaxxer.hikari.HikariDataSource) dataSource).close();
    postgres.close();
  }

  /** The province's report for the period, through the public API, from the counters. */
  @Benchmark
  public Report fromCounters() {
    return homewatch.reports().report(viewer, ReportRequest.of(PROVINCE, firstDay, lastDay));
  }

  /** The same figures as one SQL statement over the raw tables; returns the number of result rows. */
  @Benchmark
  public long rawAggregate() throws SQLException {
    return raw(null);
  }

  /** The raw aggregate's assessed declarations: all, and abnormal (a check of the counters, not measured). */
  private long[] rawAssessed() throws SQLException {
    long[] assessed = new long[2];
    raw(assessed);
    return assessed;
  }

  private long raw(long @org.jspecify.annotations.Nullable [] assessed) throws SQLException {
    long rows = 0;
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(RawData.AGGREGATE)) {
      java.sql.Timestamp from = java.sql.Timestamp.from(firstDay.atStartOfDay(RawData.ZONE).toInstant());
      java.sql.Timestamp to = java.sql.Timestamp.from(lastDay.plusDays(1).atStartOfDay(RawData.ZONE).toInstant());
      String scope = PROVINCE.key() + "%";
      ps.setString(1, scope);
      ps.setTimestamp(2, from);
      ps.setTimestamp(3, to);
      ps.setString(4, scope);
      ps.setString(5, scope);
      ps.setTimestamp(6, from);
      ps.setTimestamp(7, to);
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          rows++;
          if (assessed != null && r.getString(3).equals("ASSESSED")) {
            assessed[0] += r.getLong(5);
            assessed[1] += r.getString(4).equals("ABNORMAL") ? r.getLong(5) : 0;
          }
        }
      }
    }
    return rows;
  }
}
