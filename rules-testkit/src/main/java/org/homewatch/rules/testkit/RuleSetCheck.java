package org.homewatch.rules.testkit;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.homewatch.core.rules.RuleSet;
import org.homewatch.core.rules.RuleSets;

/**
 * The verifier as a command, for a province's build without a test framework (or with one too old to run JUnit 5
 * tests, such as the Surefire 2.12 that Maven 3.8 uses by default, which runs no JUnit 5 test and passes):
 *
 * <pre>{@code
 * java -cp <class path> org.homewatch.rules.testkit.RuleSetCheck [--base moh261|moh4038] file.json...
 * }</pre>
 *
 * Exit status: 0 when every file was checked and is valid; 1 when a file has problems (all listed); 2 when the call
 * names no file or a file that does not exist — it never passes having checked nothing. The README shows it run by
 * {@code exec-maven-plugin} in the {@code verify} phase.
 */
public final class RuleSetCheck {
  private RuleSetCheck() {}

  /**
   * Checks the files named in {@code args} and exits with the status described above (returns normally on 0).
   *
   * @param args {@code [--base moh261|moh4038] file.json...}
   */
  public static void main(String[] args) {
    int status = run(List.of(args), System.out, System.err);
    // Returning normally on success lets an in-process runner (exec:java) carry on with the build.
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the check and returns the exit status (for tests and for callers that must not exit the JVM).
   *
   * @param args {@code [--base moh261|moh4038] file.json...}
   * @param out where valid files' reports go
   * @param err where problems and usage errors go
   * @return 0 if every file is valid, 1 if one has problems, 2 if no file or a missing one was named
   */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    RuleSet base = null;
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--base")) {
        if (i + 1 == args.size()) {
          err.println("--base needs a shipped rule set's id (moh261 or moh4038)");
          return 2;
        }
        String id = args.get(++i);
        base = RuleSets.shipped(id).orElse(null);
        if (base == null) {
          err.println("--base " + id + ": no shipped rule set has that id (moh261, moh4038)");
          return 2;
        }
      } else {
        files.add(Path.of(arg));
      }
    }
    if (files.isEmpty()) {
      err.println("no rule file named: nothing would be checked (usage: RuleSetCheck [--base moh261] file.json...)");
      return 2;
    }
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        err.println("no such rule file: " + file.toAbsolutePath());
        return 2;
      }
    }
    int status = 0;
    for (Path file : files) {
      VerificationReport report = (base == null ? RuleSetVerifier.forFile(file) : RuleSetVerifier.forFile(base, file))
          .verify();
      (report.isValid() ? out : err).println(report.describe());
      if (!report.isValid()) {
        status = 1;
      }
    }
    return status;
  }
}
