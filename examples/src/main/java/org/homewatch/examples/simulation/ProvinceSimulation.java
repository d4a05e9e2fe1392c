package org.homewatch.examples.simulation;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.homewatch.core.Homewatch;
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
    description = "Simulates a few days of home-quarantine monitoring in one district of Gia Lai.")
public final class ProvinceSimulation implements Callable<Integer> {

  @Option(names = "--days", defaultValue = "5", description = "Simulated days (1 to 30; default ${DEFAULT-VALUE}).")
  int days;

  @Option(names = "--seed", defaultValue = "2021", description = "Seed of the random vitals (default ${DEFAULT-VALUE}).")
  long seed;

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

  public static void main(String[] args) {
    int exit = new CommandLine(new ProvinceSimulation(System.out)).execute(args);
    if (exit != 0) {
      System.exit(exit);
    }
  }

  @Override
  public Integer call() {
    if (days < 1 || days > 30) {
      throw new CommandLine.ParameterException(new CommandLine(this), "--days must be 1 to 30, was " + days);
    }
    MutableClock clock = Simulation.newClock();
    ConsoleSmsChannel sms = new ConsoleSmsChannel("sms", out);
    List<String> emails = Simulation.newEmailSink();
    try (Homewatch homewatch = Homewatch.builder()
        .storage(openStorage())
        .channel(sms)
        .channel(Simulation.emailChannel(emails, out))
        .clock(clock)
        .build()) {
      report = Simulation.run(homewatch, clock, sms, emails, out, days, seed);
    }
    return 0;
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
        throw new CommandLine.ParameterException(new CommandLine(this),
            "--storage must be memory, h2 or postgres, was '" + storage + "'");
    }
  }
}
