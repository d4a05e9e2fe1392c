package org.homewatch.examples.simulation;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.homewatch.core.Homewatch;
import org.homewatch.core.reports.Report;
import org.homewatch.core.reports.ReportRequest;
import org.homewatch.examples.plugin.ConsoleSmsChannel;
import org.homewatch.spi.storage.Storage;
import org.homewatch.test.MutableClock;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The main job: runs the province simulation and prints what the nurse sees.
 *
 * <pre>
 *   mvn -B -q -pl examples -am verify -DskipTests -Psimulate
 *   mvn -B -q -pl examples -am verify -DskipTests -Psimulate -Dexec.args="--days 6 --seed 7"
 * </pre>
 */
@Command(name = "province-simulation", mixinStandardHelpOptions = true,
    description = "Simulates home-quarantine monitoring in Gia Lai: four districts and a few thousand cases "
        + "(--scenario province, the default), or six people in Chư Sê told as a story (--scenario story).")
public final class ProvinceSimulation implements Callable<Integer> {

  @Option(names = "--scenario", defaultValue = "province",
      description = "province (default: four districts, --size cases) or story (six people in Chư Sê, printed "
          + "the way their nurse sees them).")
  String scenario;

  @Option(names = "--days", description = "Simulated days (1 to 30; default 14 for province, 5 for story).")
  @Nullable Integer days;

  @Option(names = "--size", defaultValue = "3000",
      description = "With --scenario province: how many cases (10 to 50000; default ${DEFAULT-VALUE}).")
  int size;

  @Option(names = "--seed", defaultValue = "2021",
      description = "Seed of everything random: people, courses, declarations, staff (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", defaultValue = "target/homewatch-simulation",
      description = "With --scenario province: the folder the report files are written to "
          + "(default ./${DEFAULT-VALUE}).")
  java.nio.file.Path outputFolder;

  @Option(names = "--storage", defaultValue = "memory",
      description = "memory (default), h2 (a file, see --h2-file) or postgres (see --jdbc-url).")
  String storage;

  @Option(names = "--h2-file", defaultValue = "homewatch-demo",
      description = "With --storage h2: the database file, without .mv.db (default ./${DEFAULT-VALUE}).")
  java.nio.file.Path h2File;

  @Option(names = "--jdbc-url", description = "With --storage postgres: e.g. jdbc:postgresql://localhost:5432/homewatch")
  @Nullable String jdbcUrl;

  @Option(names = "--user", defaultValue = "homewatch", description = "Database user (default ${DEFAULT-VALUE}).")
  String user;

  @Option(names = "--password", defaultValue = "", description = "Database password.")
  String password;

  private final PrintStream out;
  private @Nullable SimulationReport report;
  private @Nullable Tally tally;
  private List<java.nio.file.Path> reportFiles = List.of();

  public ProvinceSimulation(PrintStream out) {
    this.out = out;
  }

  /** The report of the last run. */
  public SimulationReport report() {
    if (report == null) {
      throw new IllegalStateException("the simulation has not run");
    }
    return report;
  }

  /** What the last province run counted. */
  public Tally tally() {
    if (tally == null) {
      throw new IllegalStateException("the province scenario has not run");
    }
    return tally;
  }

  /** The report files the last province run wrote (HTML, XLSX, then the CSV files). */
  public List<java.nio.file.Path> reportFiles() {
    return reportFiles;
  }

  public static void main(String[] args) {
    int exit = new CommandLine(new ProvinceSimulation(System.out)).execute(args);
    if (exit != 0) {
      System.exit(exit);
    }
  }

  @Override
  public Integer call() {
    boolean story = switch (scenario) {
      case "province" -> false;
      case "story" -> true;
      default -> throw usage("--scenario must be province or story, was '" + scenario + "'");
    };
    int dayCount = days != null ? days : story ? 5 : 14;
    if (dayCount < 1 || dayCount > 30) {
      throw usage("--days must be 1 to 30, was " + dayCount);
    }
    if (!story && (size < 10 || size > 50_000)) {
      throw usage("--size must be 10 to 50000, was " + size);
    }
    return story ? story(dayCount) : province(dayCount);
  }

  private int story(int dayCount) {
    MutableClock clock = Simulation.newClock();
    ConsoleSmsChannel sms = new ConsoleSmsChannel("sms", out);
    List<String> emails = Simulation.newEmailSink();
    try (Homewatch homewatch = Homewatch.builder()
        .storage(openStorage())
        .channel(sms)
        .channel(Simulation.emailChannel(emails, out))
        .clock(clock)
        .build()) {
      report = Simulation.run(homewatch, clock, sms, emails, out, dayCount, seed);
    }
    return 0;
  }

  private int province(int dayCount) {
    long started = System.nanoTime();
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpuStarted = threads.getCurrentThreadCpuTime();
    MutableClock clock = ProvinceScenario.newClock();
    CountingChannel sms = new CountingChannel("sms");
    try (Homewatch homewatch = Homewatch.builder().storage(openStorage()).channel(sms).clock(clock).build()) {
      tally = new ProvinceScenario(homewatch, clock, out, Progress.forConsole(out), size, seed).run(dayCount);
      Report report = homewatch.reports().report(GiaLaiProvince.REPORT_VIEWER, ReportRequest.of(
          GiaLaiProvince.PROVINCE, ProvinceScenario.FIRST_DAY, ProvinceScenario.FIRST_DAY.plusDays(dayCount - 1)));
      reportFiles = ReportFiles.write(report, outputFolder, out);
    }
    out.printf("%d SMS sent (alerts to staff, reminders to people). Simulated in %.1f s (%.1f s of CPU).%n",
        sms.sent(), (System.nanoTime() - started) / 1e9, (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9);
    return 0;
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(new CommandLine(this), message);
  }

  private Storage openStorage() {
    switch (storage) {
      case "memory":
        return StorageChoice.memory();
      case "h2":
        return StorageChoice.h2(h2File, out);
      case "postgres":
        if (jdbcUrl == null) {
          throw new CommandLine.ParameterException(new CommandLine(this), "--storage postgres needs --jdbc-url");
        }
        return StorageChoice.postgres(jdbcUrl, user, password, out);
      default:
        throw usage("--storage must be memory, h2 or postgres, was '" + storage + "'");
    }
  }
}
