package org.homewatch.examples.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.homewatch.core.Homewatch;
import org.homewatch.core.cases.CaseSummary;
import org.homewatch.core.reports.DayFigures;
import org.homewatch.core.reports.Figures;
import org.homewatch.core.reports.Report;
import org.homewatch.core.reports.ReportRequest;
import org.homewatch.core.schedule.DailyCompliance;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertKind;
import org.homewatch.model.AlertOutcome;
import org.homewatch.model.AlertQuery;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.CaseQuery;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Principal;
import org.homewatch.storage.memory.MemoryStorage;
import org.homewatch.test.MutableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Runs the province scenario small (300 cases, 6 days) and holds what Homewatch recorded against what the
 * simulation counted itself as it acted.
 */
class ProvinceScenarioTest {
  private static final Principal PROVINCE = GiaLaiProvince.PROVINCE_SUPERVISOR;
  private static Run run;

  record Run(Homewatch homewatch, Tally tally, String output) {}

  static Run simulate(int size, int days, long seed) {
    MutableClock clock = ProvinceScenario.newClock();
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
    Homewatch homewatch = Homewatch.builder().storage(new MemoryStorage()).channel(new CountingChannel("sms"))
        .clock(clock).build();
    Tally tally = new ProvinceScenario(homewatch, clock, out, new Progress.Silent(), size, seed).run(days);
    return new Run(homewatch, tally, buffer.toString(StandardCharsets.UTF_8));
  }

  @BeforeAll
  static void simulateOnce() {
    run = simulate(300, 6, 2021);
  }

  private static List<Alert> allAlerts() {
    List<Alert> all = new ArrayList<>();
    PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
    while (true) {
      Page<Alert> batch = run.homewatch().alerts().list(PROVINCE,
          new AlertQuery(GiaLaiProvince.PROVINCE, java.util.Set.of(), java.util.Set.of()), page);
      all.addAll(batch.items());
      if (!batch.hasNext()) {
        return all;
      }
      page = page.next(batch);
    }
  }

  private static List<CaseSummary> allCases() {
    List<CaseSummary> all = new ArrayList<>();
    PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
    while (true) {
      Page<CaseSummary> batch = run.homewatch().cases().lineList(PROVINCE, CaseQuery.in(GiaLaiProvince.PROVINCE),
          page);
      all.addAll(batch.items());
      if (!batch.hasNext()) {
        return all;
      }
      page = page.next(batch);
    }
  }

  @Test
  @DisplayName("every case the simulation registered is in Homewatch, by category")
  void casesByCategory() {
    Map<CaseCategory, Integer> stored = new EnumMap<>(CaseCategory.class);
    allCases().forEach(c -> stored.merge(c.category(), 1, Integer::sum));
    assertEquals(run.tally().casesByCategory(), stored);
    assertEquals(300, run.tally().cases());
  }

  @Test
  @DisplayName("Homewatch holds every alert the staff saw open, with the escalations and outcomes the simulation counted")
  void alertsMatch() {
    List<Alert> alerts = allAlerts();
    assertTrue(run.tally().alertsOpened() > 10, "a six-day run opens alerts: " + run.tally().alertsOpened());
    assertEquals(run.tally().alertsOpened(), alerts.size());
    Map<AlertKind, Integer> byKind = new EnumMap<>(AlertKind.class);
    alerts.forEach(a -> byKind.merge(a.kind(), 1, Integer::sum));
    Map<AlertKind, Integer> counted = new EnumMap<>(AlertKind.class);
    run.tally().days().forEach(d -> d.alertsOpenedByKind.forEach((k, n) -> counted.merge(k, n, Integer::sum)));
    assertEquals(counted, byKind);
    assertEquals(run.tally().escalations(), alerts.stream().flatMap(a -> a.history().stream())
        .filter(e -> e.kind() == org.homewatch.model.AlertEvent.Kind.ESCALATED).count(),
        "each level up, and each time the province was paged again, is one escalation in the alert's history");
    Map<AlertOutcome, Integer> outcomes = new EnumMap<>(AlertOutcome.class);
    alerts.forEach(a -> a.outcome().ifPresent(o -> outcomes.merge(o, 1, Integer::sum)));
    assertEquals(run.tally().outcomes(), outcomes);
    assertTrue(outcomes.containsKey(AlertOutcome.TRANSFERRED_TO_HOSPITAL), "someone desaturated: " + outcomes);
    assertTrue(run.tally().escalations() > 0, "some alerts went unanswered and escalated");
  }

  @Test
  @DisplayName("the declarations Homewatch counts on time and late per case add up to those the simulation sent")
  void declarationsMatchCompliance() {
    int onTime = 0;
    int late = 0;
    int other = 0;
    for (CaseSummary c : allCases()) {
      var compliance = run.homewatch().schedule().compliance(PROVINCE, c.id());
      other += compliance.outsidePeriod();
      for (DailyCompliance d : compliance.days()) {
        other += d.unscheduled();
      }
      for (DailyCompliance day : run.homewatch().schedule().compliance(PROVINCE, c.id()).days()) {
        onTime += day.onTime();
        late += day.late();
      }
    }
    long lateCounted = run.tally().days().stream().mapToLong(d -> d.lateDeclarations).sum();
    assertEquals(run.tally().declarations(), onTime + late);
    assertEquals(0, other, "no declaration outside a slot");
    assertEquals(lateCounted, late);
  }

  private static Report report() {
    return run.homewatch().reports().report(GiaLaiProvince.REPORT_VIEWER, ReportRequest.of(GiaLaiProvince.PROVINCE,
        ProvinceScenario.FIRST_DAY, ProvinceScenario.FIRST_DAY.plusDays(5)));
  }

  private static <K> Map<K, Long> nonZero(Map<K, Long> counts) {
    Map<K, Long> kept = new java.util.HashMap<>();
    counts.forEach((k, n) -> {
      if (n != 0) {
        kept.put(k, n);
      }
    });
    return kept;
  }

  private static <K> Map<K, Long> longs(Map<K, Integer> counts) {
    Map<K, Long> copy = new java.util.HashMap<>();
    counts.forEach((k, n) -> copy.put(k, (long) n));
    return copy;
  }

  @Test
  @DisplayName("the province's report, day by day, counts the registrations, declarations, assessments and alerts "
      + "the simulation made")
  void reportDaysMatchTheSimulation() {
    Report report = report();
    List<Tally.Day> days = run.tally().days();
    assertEquals(days.size(), report.root().days().size());
    for (int i = 0; i < days.size(); i++) {
      Tally.Day counted = days.get(i);
      DayFigures reported = report.root().days().get(i);
      assertEquals(counted.date, reported.day());
      Figures f = reported.figures();
      assertEquals(counted.registered, f.cases().registeredTotal(), "registered on " + counted.date);
      assertEquals(counted.declarations, f.declarations().received(), "declarations on " + counted.date);
      assertEquals(longs(counted.assessments), nonZero(f.declarations().assessedBySeverity()),
          "assessments on " + counted.date);
      assertEquals(counted.alertsOpenedTotal(), f.alerts().openedTotal(), "alerts opened on " + counted.date);
      assertEquals(counted.acknowledged, f.alerts().acknowledgedTotal(), "acknowledged on " + counted.date);
      assertEquals(counted.resolved, f.alerts().resolvedTotal(), "resolved on " + counted.date);
      assertEquals(counted.escalations, f.alerts().escalatedToLevel().values().stream().mapToLong(n -> n).sum(),
          "escalations on " + counted.date);
    }
  }

  @Test
  @DisplayName("every day's slots are settled: expected, on time, late, missed and people with 2+ missed in a row, "
      + "day by day and for the whole run, are the simulation's own")
  void slotsMatchTheSimulation() {
    Report report = report();
    Map<java.time.LocalDate, Tally.Slots> owed = run.tally().slots();
    long behind = 0;
    for (DayFigures d : report.root().days()) {
      Tally.Slots counted = owed.getOrDefault(d.day(), new Tally.Slots(0, 0, 0, 0, 0));
      Figures.Declarations f = d.figures().declarations();
      assertEquals(counted, new Tally.Slots(f.expected(), f.onTime(), f.late(), f.missed(),
          f.peopleWithConsecutiveMissed()), "slots on " + d.day());
      behind += counted.behind();
    }
    Figures.Declarations period = report.root().period().declarations();
    long expected = owed.values().stream().mapToLong(Tally.Slots::expected).sum();
    assertEquals(expected, period.expected());
    assertEquals(run.tally().declarations(), period.onTime() + period.late(), "every declaration fulfilled a slot");
    assertTrue(period.missed() > 0 && period.late() > 0 && behind > 0, "the run has late and missed slots and "
        + "people behind: " + period);
    assertEquals(owed.get(ProvinceScenario.FIRST_DAY.plusDays(5)).behind(), period.peopleWithConsecutiveMissed(),
        "people behind, for a period, are those of its last day");
    long communeExpected = report.root().communes().stream().mapToLong(c -> c.period().declarations().expected())
        .sum();
    assertEquals(expected, communeExpected);
  }

  @Test
  @DisplayName("the HTML report's compliance chart draws a bar for every simulated day, at the settled rate")
  void complianceChartDrawsTheSettledDays(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    Report report = report();
    java.nio.file.Path page = org.homewatch.core.reports.export.HtmlExport.write(report, dir, "gia-lai",
        org.homewatch.core.reports.export.ExportLanguage.ENGLISH);
    org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page.toFile(), "UTF-8");
    org.jsoup.select.Elements bars = html.select("svg#chart-compliance rect.bar");
    List<String> barDays = bars.stream().map(b -> b.attr("data-day")).distinct().toList();
    assertEquals(report.root().days().stream().map(d -> d.day().toString()).toList(), barDays,
        "a bar, not a dash, for each day");
    for (org.jsoup.nodes.Element bar : bars) {
      DayFigures day = report.root().days().stream().filter(d -> d.day().toString().equals(bar.attr("data-day")))
          .findFirst().orElseThrow();
      assertEquals(day.figures().declarations().complianceRate().orElseThrow() * 100,
          Double.parseDouble(bar.attr("data-value")), 0.05);
    }
  }

  @Test
  @DisplayName("the province's report for the whole run has the simulation's cases, outcomes and acknowledgements "
      + "by level, and its communes add up to it")
  void reportPeriodMatchesTheSimulation() {
    Figures period = report().root().period();
    assertEquals(longs(run.tally().casesByCategory()), nonZero(period.cases().registered()));
    assertEquals(run.tally().declarations(), period.declarations().received());
    assertEquals(longs(run.tally().outcomes()), nonZero(period.alerts().outcomes()));
    // Levels as the commune (0), the district (1) and the province (2): an alert the province was paged about
    // again is still filed at level 2, the level it stood at when acknowledged.
    Map<Integer, Long> acknowledgedByLevel = new java.util.TreeMap<>();
    run.tally().minutesToAcknowledge().forEach((level, times) -> acknowledgedByLevel.put(level,
        (long) times.size()));
    Map<Integer, Long> reported = new java.util.TreeMap<>();
    period.alerts().toAcknowledge().forEach((level, d) -> {
      if (d.count() > 0) {
        reported.put(level, d.count());
      }
    });
    assertTrue(period.alerts().escalatedToLevel().keySet().stream().allMatch(level -> level >= 1 && level <= 2),
        "levels reached: " + period.alerts().escalatedToLevel());
    assertEquals(acknowledgedByLevel, reported);
    long communeDeclarations = report().root().communes().stream()
        .mapToLong(c -> c.period().declarations().received()).sum();
    assertEquals(run.tally().declarations(), communeDeclarations);
  }

  @Test
  @DisplayName("the same seed gives the same day-by-day figures; another seed gives other figures")
  void deterministic() {
    Run again = simulate(300, 6, 2021);
    assertEquals(run.output(), again.output());
    Run other = simulate(300, 6, 7);
    assertTrue(!run.output().equals(other.output()));
  }
}
