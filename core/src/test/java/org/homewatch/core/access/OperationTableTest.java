package org.homewatch.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.homewatch.model.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The README's table of who may do what (issue 13.9) is {@link Operation} rendered: this test renders it and fails
 * when the README's copy differs, printing the table to paste. So the table can never drift from the code that
 * {@link AccessControl} checks. After changing an operation, {@code -Dhomewatch.writeReadme=true} writes the new table.
 */
class OperationTableTest {
  static final String START = "<!-- operation-roles:start (generated from Operation; OperationTableTest checks it) -->";
  static final String END = "<!-- operation-roles:end -->";

  /** The table as Markdown: one row per operation in declaration order, one column per role. */
  static String render() {
    StringBuilder table = new StringBuilder("| operation | audit action |");
    StringBuilder rule = new StringBuilder("|---|---|");
    for (Role role : Role.values()) {
      table.append(' ').append(role.name()).append(" |");
      rule.append(":-:|");
    }
    table.append('\n').append(rule).append('\n');
    for (Operation operation : Operation.values()) {
      table.append("| `").append(operation.name()).append("` | `").append(operation.auditAction()).append("` |");
      for (Role role : Role.values()) {
        table.append(operation.allowedRoles().contains(role) ? " ✓ |" : "  |");
      }
      table.append('\n');
    }
    return table.toString();
  }

  static Path readme() {
    Path dir = Path.of("").toAbsolutePath();
    // The module's directory when Maven runs the test; the repository root holds README.md beside core/.
    while (dir != null && !(Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("core")))) {
      dir = dir.getParent();
    }
    assertTrue(dir != null, "the repository's README.md was not found above " + Path.of("").toAbsolutePath());
    return dir.resolve("README.md");
  }

  @Test
  @DisplayName("the README's operation × role table is the one Operation gives")
  void readmeTableMatchesOperation() throws IOException {
    String readme = Files.readString(readme(), StandardCharsets.UTF_8);
    int start = readme.indexOf(START);
    int end = readme.indexOf(END);
    assertTrue(start >= 0 && end > start, "the README has no table between '" + START + "' and '" + END
        + "'; add it:\n" + START + "\n" + render() + END);
    String written = readme.substring(start + START.length(), end).strip();
    if (Boolean.getBoolean("homewatch.writeReadme") && !written.equals(render().strip())) {
      // -Dhomewatch.writeReadme=true rewrites the table after an operation or its roles changed.
      Files.writeString(readme(), readme.substring(0, start + START.length()) + "\n" + render()
          + readme.substring(end), StandardCharsets.UTF_8);
      return;
    }
    assertEquals(render().strip(), written, "the README's operation × role table differs from Operation; "
        + "replace it with the table above (expected)");
  }

  @Test
  @DisplayName("the rendered table has a row per operation and marks exactly the allowed roles")
  void renderingIsFaithful() {
    String[] rows = render().split("\n");
    assertEquals(Operation.values().length + 2, rows.length);
    for (int i = 0; i < Operation.values().length; i++) {
      Operation operation = Operation.values()[i];
      String[] cells = rows[i + 2].split("\\|", -1);
      assertEquals("`" + operation.name() + "`", cells[1].strip());
      for (int r = 0; r < Role.values().length; r++) {
        assertEquals(operation.allowedRoles().contains(Role.values()[r]), cells[3 + r].strip().equals("✓"),
            operation + " × " + Role.values()[r].name().toLowerCase(Locale.ROOT));
      }
    }
  }
}
