package org.homewatch.core.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.homewatch.model.JurisdictionPath;

/**
 * The result of checking one commune's report counters against its raw rows ({@link ReportService#checkCounters}).
 *
 * <p>What is recomputed: the case measures (registered, status entered, cases by category and status, spot checks)
 * from the commune's cases and their histories; declarations received and assessed from their declarations; the
 * alert measures from their alerts and the alerts' histories; the feedback measures from the commune's feedback;
 * the slots (expected, on time, late, missed) and people behind of the days the commune has settled, from its cases
 * and their declarations, with the settling's own rule (which is a function of the stored rows only). Not
 * recomputed (no raw rows say it): staff accounts and who acted (counted as accounts are saved and actions
 * audited), notifications delivered (outbox rows are purged after delivery), and which days were settled (a
 * settled day's marker is listed if it is not 1).
 *
 * <p>Expected differences, documented rather than hidden: a case or alert transferred between communes is
 * recomputed entirely under its commune of today, while its counters stay where each event happened (its settled
 * slots too); a case whose period was changed after its days were settled is recomputed with its new period.
 *
 * @param unit the commune checked
 * @param firstDay the first day of the flows compared (stocks are compared over all days)
 * @param lastDay the last day of the flows compared
 * @param casesExamined how many cases were read
 * @param differences every counter whose stored value differs from the recomputed one (empty: consistent)
 */
public record CounterCheck(JurisdictionPath unit, LocalDate firstDay, LocalDate lastDay, int casesExamined,
    List<Difference> differences) {
  /**
   * Refuses a null unit; copies the differences.
   *
   * @param unit the commune checked
   * @param firstDay the first day of the flows compared (stocks are compared over all days)
   * @param lastDay the last day of the flows compared
   * @param casesExamined how many cases were read
   * @param differences every counter whose stored value differs from the recomputed one (empty: consistent)
   */
  public CounterCheck {
    Objects.requireNonNull(unit, "unit");
    differences = List.copyOf(differences);
  }

  /**
   * Whether the stored counters agree with the raw rows.
   *
   * @return true if there is no difference
   */
  public boolean consistent() {
    return differences.isEmpty();
  }

  /**
   * One counter that differs.
   *
   * @param measure the counter's measure, e.g. {@code ALERT_OPENED}
   * @param dimension the counter's dimension, e.g. {@code HEALTH/EMERGENCY}
   * @param day the day of a flow; empty for a stock, compared as its total over all days
   * @param stored the value in the counter store
   * @param recomputed the value the raw rows give
   */
  public record Difference(String measure, String dimension, Optional<LocalDate> day, long stored,
      long recomputed) {}

  /**
   * A batch of checks, commune after commune (see {@link ReportService#checkCountersBatch}).
   *
   * @param checks one check per commune, in key order
   * @param next the cursor to go on from; empty when the last commune of the scope was checked
   */
  public record Batch(List<CounterCheck> checks, Optional<String> next) {
    /**
     * Copies the checks.
     *
     * @param checks one check per commune, in key order
     * @param next the cursor to go on from
     */
    public Batch {
      checks = List.copyOf(checks);
      Objects.requireNonNull(next, "next");
    }
  }
}
