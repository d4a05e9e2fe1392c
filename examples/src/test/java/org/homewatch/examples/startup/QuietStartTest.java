package org.homewatch.examples.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A portal's normal start prints nothing of ours: no Flyway progress lines, no Hibernate Validator banner. Runs in a
 * child JVM because both announce themselves once per JVM, so a test in a JVM that already used them could not fail.
 */
class QuietStartTest {
  @Test
  @DisplayName("starting on a new H2 file with migrations prints nothing at the default log level")
  void firstStartIsQuiet(@TempDir Path dir) throws IOException, InterruptedException {
    Path out = dir.resolve("out.txt");
    Process child = new ProcessBuilder(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        QuietStartMain.class.getName(), dir.resolve("homewatch").toString()))
        .redirectErrorStream(true)
        .redirectOutput(out.toFile())
        .start();
    if (!child.waitFor(60, TimeUnit.SECONDS)) {
      child.destroyForcibly();
      throw new AssertionError("the child JVM did not finish in 60 s");
    }
    String printed = java.nio.file.Files.readString(out, StandardCharsets.UTF_8);
    assertEquals(0, child.exitValue(), printed);
    assertEquals("", printed, "a normal start printed this");
  }
}
