package org.homewatch.examples.simulation;

import java.time.format.DateTimeFormatter;
import org.homewatch.model.Severity;

/** The one line printed at the end of each simulated day. */
final class DailySummary {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE dd/MM", java.util.Locale.ENGLISH);

  private DailySummary() {}

  static String line(Tally.Day d, long monitored) {
    int expected = d.declarations + d.slotsSkipped;
    double onTime = expected == 0 ? 100 : 100.0 * (d.declarations - d.lateDeclarations) / expected;
    return String.format(java.util.Locale.ROOT,
        "%s  %5d monitored (+%d)  %6d declarations, %5.1f %% on time  alerts: %d opened (emergency %d, "
            + "abnormal %d, watch %d), %d acknowledged, %d resolved, %d escalations, %d to hospital",
        DAY.format(d.date), monitored, d.registered, d.declarations, onTime, d.alertsOpenedTotal(),
        d.alertsOpened.getOrDefault(Severity.EMERGENCY, 0), d.alertsOpened.getOrDefault(Severity.ABNORMAL, 0),
        d.alertsOpened.getOrDefault(Severity.WATCH, 0), d.acknowledged, d.resolved, d.escalations, d.toHospital);
  }

  /** The run's totals, after the last day. */
  static void totals(Tally t, java.io.PrintStream out) {
    out.println();
    out.printf("== %d cases %s; %d declarations; %d alerts opened %s%n", t.cases(), t.casesByCategory(),
        t.declarations(), t.alertsOpened(), byKind(t));
    out.printf("   %d acknowledged, %d escalations; outcomes %s%n", t.acknowledged(), t.escalations(),
        new java.util.TreeMap<>(t.outcomes()));
    for (int level : t.minutesToAcknowledge().keySet()) {
      out.printf("   acknowledged at %s: %d alerts, median %d min, 90th percentile %d min%n",
          level == 0 ? "the commune" : level == 1 ? "the district" : "the province",
          t.minutesToAcknowledge().get(level).size(), t.percentileMinutes(level, 50), t.percentileMinutes(level, 90));
    }
  }

  private static java.util.Map<org.homewatch.model.AlertKind, Integer> byKind(Tally t) {
    java.util.Map<org.homewatch.model.AlertKind, Integer> kinds = new java.util.TreeMap<>();
    for (Tally.Day d : t.days()) {
      d.alertsOpenedByKind.forEach((k, n) -> kinds.merge(k, n, Integer::sum));
    }
    return kinds;
  }
}
