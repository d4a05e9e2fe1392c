package org.homewatch.core.schedule;

import java.util.Objects;
import org.homewatch.ConfigurationException;
import org.homewatch.model.Severity;

/**
 * After {@code consecutive} missed slots in a row, a {@code MISSED_DECLARATIONS} alert of {@code severity} is
 * opened or raised; e.g. 2 → WATCH, 4 → ABNORMAL "not reachable".
 *
 * @param consecutive how many slots missed in a row reach it, at least 1
 * @param severity the alert's severity, at least WATCH
 * @param summary the alert's summary for the queue
 */
public record MissedDeclarationThreshold(int consecutive, Severity severity, String summary) {
  /**
   * Refuses a count below 1, a NORMAL severity and a blank summary.
   *
   * @param consecutive how many slots missed in a row reach it, at least 1
   * @param severity the alert's severity, at least WATCH
   * @param summary the alert's summary for the queue
   * @throws ConfigurationException if the threshold is not acceptable
   */
  public MissedDeclarationThreshold {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(summary, "summary");
    if (consecutive < 1) {
      throw new ConfigurationException("a missed-declaration threshold counts at least 1 slot, was " + consecutive);
    }
    if (severity == Severity.NORMAL) {
      throw new ConfigurationException("a missed-declaration threshold raises at least WATCH, was NORMAL");
    }
    if (summary.isBlank()) {
      throw new ConfigurationException("a missed-declaration threshold needs a summary");
    }
  }
}
