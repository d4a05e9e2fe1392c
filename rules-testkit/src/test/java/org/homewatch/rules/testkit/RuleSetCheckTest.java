package org.homewatch.rules.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.homewatch.rules.testkit.Problem.Check;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kit never passes having checked nothing: not as a command, not for an empty rule set. */
class RuleSetCheckTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return RuleSetCheck.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String errors() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("the command given no file fails (status 2) instead of passing having checked nothing")
  void noFile() {
    assertEquals(2, run());
    assertTrue(errors().contains("nothing would be checked"), errors());
  }

  @Test
  @DisplayName("the command given a file that does not exist fails with status 2 and names it")
  void missingFile(@TempDir Path dir) {
    assertEquals(2, run(dir.resolve("gia-lai-rules.json").toString()));
    assertTrue(errors().contains("gia-lai-rules.json"), errors());
  }

  @Test
  @DisplayName("the command refuses an unknown base set")
  void unknownBase(@TempDir Path dir) {
    assertEquals(2, run("--base", "moh999", dir.resolve("x.json").toString()));
    assertTrue(errors().contains("moh999"), errors());
  }

  @Test
  @DisplayName("the command passes a valid province file that extends MoH 261 (status 0)")
  void validFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("gia-lai.json");
    Files.writeString(file, """
        { "id": "gia-lai", "version": 1, "extends": "moh261", "rules": [] }
        """);
    assertEquals(0, run(file.toString()), errors());
  }

  @Test
  @DisplayName("a rule set with no rules is a HAS_RULES problem, so the command fails with status 1")
  void emptySet(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("empty.json");
    Files.writeString(file, """
        { "id": "empty", "version": 1, "ageBands": [ { "id": "all", "fromYears": 0 } ], "rules": [] }
        """);
    assertEquals(1, run(file.toString()), errors());
    assertEquals(1, RuleSetVerifier.forFile(file).verify().problems(Check.HAS_RULES).size());
  }
}
