package org.homewatch.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A child JVM killed with SIGKILL at a moment it cannot predict, for the crash tests: the child prints a line after
 * each unit of work whose transaction has committed; the parent lets it acknowledge a few, waits a random few
 * milliseconds more (so the kill lands anywhere in the next unit, mid-transaction included) and kills it.
 */
public final class KilledChild {
  private KilledChild() {}

  /**
   * Starts {@code main} with {@code args} on this test's class path, lets it print {@code acknowledgement}
   * {@code linesBeforeKill} times, kills it, and returns how many acknowledgements were read.
   *
   * @param dir where the child's standard error goes (shown if it stalls or exits early)
   * @param main the child's main class
   * @param acknowledgement the line the child prints after each committed unit of work
   * @param linesBeforeKill how many acknowledgements to wait for before the kill
   * @param args the child's arguments
   * @return the acknowledgements read, at least {@code linesBeforeKill}
   * @throws Exception if the child cannot be started or waited for
   */
  public static int runAndKill(Path dir, Class<?> main, String acknowledgement, int linesBeforeKill,
      String... args) throws Exception {
    File stderr = Files.createTempFile(dir, "child", ".err").toFile();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "-Xmx128m", "-XX:TieredStopAtLevel=1", main.getName()));
    command.addAll(List.of(args));
    Process child = new ProcessBuilder(command).redirectError(stderr).start();
    AtomicInteger lines = new AtomicInteger();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
          StandardCharsets.UTF_8))) {
        String line;
        while ((line = in.readLine()) != null) {
          if (line.equals(acknowledgement)) {
            lines.incrementAndGet();
          }
        }
      } catch (IOException e) {
        // killed mid-line: what was read is what it acknowledged
      }
    });
    reader.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (lines.get() < linesBeforeKill) {
      if (!child.isAlive() || System.nanoTime() > deadline) {
        child.destroyForcibly();
        fail("the child acknowledged '" + acknowledgement + "' " + lines.get() + " times and then "
            + (child.isAlive() ? "stalled" : "exited") + ": " + Files.readString(stderr.toPath()));
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
    }
    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(ThreadLocalRandom.current().nextInt(0, 20)));
    child.destroyForcibly();
    assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not die");
    reader.join(TimeUnit.SECONDS.toMillis(30));
    return lines.get();
  }
}
