package org.homewatch.benchmarks.reports;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * CPU time spent per declaration by this JVM and by the embedded PostgreSQL server (its postmaster and every
 * process it started), from {@code /proc}: on a machine shared with other work, throughput moves with the load but
 * the CPU a declaration costs does not, so the two phases of a pair can be compared by it as well. Linux only.
 */
final class Cpu {
  private static final double TICK_NANOS = 1e9 / 100; // USER_HZ is 100 on Linux
  private final int port;
  private final double[] nanos = new double[2];
  private final double[] declarations = new double[2];
  private final double[] totalNanos = new double[2];
  private final double[] totalDeclarations = new double[2];
  private final double[] serverNanos = new double[2];

  Cpu(int port) {
    this.port = port;
  }

  /** Runs a phase and adds its CPU time and its count (throughput times duration) to {@code with} or without. */
  double measure(boolean with, CounterCostPairs.Throughput phase) throws InterruptedException {
    int i = with ? 0 : 1;
    double serverBefore = server();
    double before = now();
    long started = System.nanoTime();
    double perSecond = phase.run();
    double seconds = (System.nanoTime() - started) / 1e9;
    double spent = now() - before;
    serverNanos[i] += server() - serverBefore;
    nanos[i] += spent;
    declarations[i] += perSecond * seconds;
    totalNanos[i] += spent;
    totalDeclarations[i] += perSecond * seconds;
    return perSecond;
  }

  /** CPU per declaration since the last report, with and without counters; resets. */
  String report() {
    String text = String.format(Locale.ROOT, ", CPU/declaration with %.0f µs, without %.0f µs (%.3f)",
        nanos[0] / declarations[0] / 1e3, nanos[1] / declarations[1] / 1e3,
        (nanos[1] / declarations[1]) / (nanos[0] / declarations[0]));
    nanos[0] = nanos[1] = declarations[0] = declarations[1] = 0;
    return text;
  }

  String total() {
    return String.format(Locale.ROOT, "CPU per declaration over all pairs: with counters %.1f µs (server %.1f),"
        + " without %.1f µs (server %.1f); without/with %.3f", totalNanos[0] / totalDeclarations[0] / 1e3,
        serverNanos[0] / totalDeclarations[0] / 1e3, totalNanos[1] / totalDeclarations[1] / 1e3,
        serverNanos[1] / totalDeclarations[1] / 1e3,
        (totalNanos[1] / totalDeclarations[1]) / (totalNanos[0] / totalDeclarations[0]));
  }

  private double now() {
    double jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
    return jvm + server();
  }

  /** The server's CPU: the postmaster listening on the port and its children (live, and exited via cutime). */
  private double server() {
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      long[] postmaster = {-1};
      double[] ticks = {0};
      String[][] stats = procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
          .map(Cpu::stat).filter(s -> s != null).toArray(String[][]::new);
      for (String[] s : stats) {
        if (isPostmaster(s[0])) {
          postmaster[0] = Long.parseLong(s[0]);
          ticks[0] += Long.parseLong(s[13]) + Long.parseLong(s[14]) + Long.parseLong(s[15]) + Long.parseLong(s[16]);
        }
      }
      for (String[] s : stats) {
        if (Long.parseLong(s[3]) == postmaster[0]) {
          ticks[0] += Long.parseLong(s[13]) + Long.parseLong(s[14]);
        }
      }
      return ticks[0] * TICK_NANOS;
    } catch (IOException e) {
      return 0;
    }
  }

  private boolean isPostmaster(String pid) {
    try {
      String cmd = new String(Files.readAllBytes(Path.of("/proc", pid, "cmdline")), StandardCharsets.UTF_8);
      return cmd.contains("postgres") && cmd.contains("\0-p\0" + port + "\0");
    } catch (IOException e) {
      return false;
    }
  }

  /** The fields of /proc/pid/stat, with field 0 the pid and the command (field 1) taken out whole. */
  private static String[] stat(Path proc) {
    try {
      String text = Files.readString(proc.resolve("stat"));
      int close = text.lastIndexOf(')');
      String[] rest = text.substring(close + 2).split(" ");
      String[] fields = new String[rest.length + 2];
      fields[0] = proc.getFileName().toString();
      fields[1] = text.substring(text.indexOf('(') + 1, close);
      System.arraycopy(rest, 0, fields, 2, rest.length);
      return fields;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
