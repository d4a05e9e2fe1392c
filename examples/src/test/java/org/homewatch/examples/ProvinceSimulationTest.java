package org.homewatch.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.homewatch.examples.simulation.ProvinceSimulation;
import org.homewatch.examples.simulation.SimulationReport;
import org.homewatch.model.AlertOutcome;
import org.homewatch.model.AlertStatus;
import org.homewatch.model.Severity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ProvinceSimulationTest {

  private static SimulationReport run(String... args) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    ProvinceSimulation simulation = new ProvinceSimulation(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    assertEquals(0, new CommandLine(simulation).execute(args));
    return simulation.report();
  }

  @Test
  @DisplayName("the simulation pages the nurse when Mrs Hoa's SpO2 falls, escalates the ignored emergency and resolves it")
  void spo2FallIsCaughtAndEscalated() {
    SimulationReport report = run("--scenario", "story", "--days", "5");
    assertEquals(6, report.cases());
    assertTrue(report.alerts().stream().anyMatch(a -> a.severity() == Severity.EMERGENCY
        && a.status() == AlertStatus.RESOLVED && a.outcome().orElseThrow() == AlertOutcome.TRANSFERRED_TO_HOSPITAL
        && a.escalationLevel() == 1), report.alerts().toString());
    assertEquals(1, report.escalations());
    assertTrue(report.sms().stream().anyMatch(s -> s.startsWith("SMS to +84905111222") && s.contains("Cap cuu")),
        "the nurse got the emergency by SMS, unaccented: " + report.sms());
    assertTrue(report.sms().stream().anyMatch(s -> s.startsWith("SMS to +84905333444") && s.contains("CHUYEN CAP")),
        "the district got the escalation: " + report.sms());
    assertTrue(report.emails().stream().allMatch(e -> e.startsWith("e-mail to tyt.chuse@example.vn")));
  }

  @Test
  @DisplayName("a person who stops declaring is reminded, then flagged not reachable, then declared for by the nurse")
  void silentPersonIsFound() {
    SimulationReport report = run("--scenario", "story", "--days", "5");
    assertTrue(report.reminders() > 0);
    assertTrue(report.sms().stream().anyMatch(s -> s.startsWith("SMS to +84905000002") && s.contains("Nhac")),
        "Mr Blin got reminders at his number: " + report.sms());
    assertTrue(report.alerts().stream().anyMatch(a -> a.kind() == org.homewatch.model.AlertKind.MISSED_DECLARATIONS
        && a.severity() == Severity.ABNORMAL && a.outcome().orElseThrow() == AlertOutcome.CONTACTED_STABLE),
        report.alerts().toString());
  }

  @Test
  @DisplayName("on an H2 file the simulation behaves as in memory, and leaves the file behind to inspect")
  void onH2(@TempDir Path dir) {
    SimulationReport report = run("--scenario", "story", "--days", "5", "--storage", "h2", "--h2-file", dir.resolve("demo").toString());
    assertEquals(1, report.escalations());
    assertEquals(2, report.alerts().size());
    assertTrue(Files.exists(dir.resolve("demo.mv.db")));
  }

  @Test
  @DisplayName("on PostgreSQL given a JDBC URL the simulation behaves as in memory, and can run again")
  void onPostgres() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off").start()) {
      String url = postgres.getJdbcUrl("postgres", "postgres");
      SimulationReport first = run("--scenario", "story", "--days", "5", "--storage", "postgres", "--jdbc-url", url, "--user", "postgres");
      assertEquals(1, first.escalations());
      SimulationReport second = run("--scenario", "story", "--days", "5", "--storage", "postgres", "--jdbc-url", url, "--user", "postgres");
      assertEquals(1, second.escalations());
      assertEquals(4, second.alerts().size(), "the second run's alerts join the first run's in the district");
    }
  }

  @Test
  @DisplayName("on the first two days only Mrs Hoa's mild symptoms are flagged (she is 67 with a chronic disease)")
  void quietStart() {
    SimulationReport report = run("--scenario", "story", "--days", "2");
    assertEquals(1, report.alerts().size());
    assertEquals(Severity.ABNORMAL, report.alerts().get(0).severity());
    assertEquals(6 * 3 * 2, report.declarations());
    assertEquals(0, report.escalations());
  }

  @Test
  @DisplayName("the province run on an H2 file writes the report as HTML, XLSX and CSV into --out, with the declarations it made")
  void provinceOnH2WritesTheReport(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    ProvinceSimulation simulation = new ProvinceSimulation(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    Path out = dir.resolve("reports");
    assertEquals(0, new CommandLine(simulation).execute("--size", "60", "--days", "2", "--storage", "h2",
        "--h2-file", dir.resolve("province").toString(), "--out", out.toString()));
    List<Path> files = simulation.reportFiles();
    assertEquals(List.of("gia-lai-2021-08-16-2021-08-17.html", "gia-lai-2021-08-16-2021-08-17.xlsx",
        "gia-lai-2021-08-16-2021-08-17-days.csv", "gia-lai-2021-08-16-2021-08-17-communes.csv",
        "gia-lai-2021-08-16-2021-08-17-acknowledge.csv", "gia-lai-2021-08-16-2021-08-17-outcomes.csv"),
        files.stream().map(f -> f.getFileName().toString()).toList());
    files.forEach(f -> assertTrue(Files.isRegularFile(f) && f.startsWith(out), f.toString()));
    Document page = Jsoup.parse(Files.readString(files.get(0)));
    assertEquals(Long.toString(simulation.tally().declarations()), page.select("[data-figure=declarations]").text());
    assertEquals(Long.toString(simulation.tally().cases()), page.select("[data-figure=registered]").text());
    assertTrue(buffer.toString(StandardCharsets.UTF_8).contains("Reports written to " + out.toAbsolutePath()));
  }

  @Test
  @DisplayName("an output folder that cannot be written ends the run with an error naming the folder")
  void unwritableOutput(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CommandLine cli = new CommandLine(new ProvinceSimulation(new PrintStream(new ByteArrayOutputStream())));
    cli.setErr(new java.io.PrintWriter(err, true));
    int exit = cli.execute("--size", "10", "--days", "1", "--out", file.resolve("reports").toString());
    assertTrue(exit != 0);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains(file.resolve("reports").toAbsolutePath().toString()),
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName("bad options are refused with a usage error, not a stack trace")
  void badOptions() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CommandLine cli = new CommandLine(new ProvinceSimulation(new PrintStream(new ByteArrayOutputStream())));
    cli.setErr(new java.io.PrintWriter(err, true));
    assertEquals(2, cli.execute("--days", "0"));
    assertEquals(2, cli.execute("--scenario", "epidemic"));
    assertEquals(2, cli.execute("--size", "5"));
    assertEquals(2, cli.execute("--storage", "cassandra"));
    assertEquals(2, cli.execute("--storage", "postgres"));
  }
}
