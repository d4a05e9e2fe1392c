package org.homewatch.examples.simulation;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.homewatch.core.Homewatch;
import org.homewatch.examples.plugin.ConsoleSmsChannel;
import org.homewatch.spi.storage.Storage;
import org.homewatch.spi.storage.StorageProvider;
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
      description = "Storage provider by name: memory (default).")
  String storage;

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
    SimulatedClock clock = Simulation.newClock();
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
    ClassLoader loader = ProvinceSimulation.class.getClassLoader();
    return java.util.ServiceLoader.load(StorageProvider.class, loader).stream()
        .map(java.util.ServiceLoader.Provider::get)
        .filter(p -> p.name().equals(storage))
        .findFirst()
        .orElseThrow(() -> new CommandLine.ParameterException(new CommandLine(this),
            "no storage named '" + storage + "' on the class path"))
        .create(Map.of());
  }
}
