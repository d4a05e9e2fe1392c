package org.homewatch.core.schedule;

import java.util.Objects;
import org.homewatch.ConfigurationException;
import org.homewatch.ValidationException;
import org.homewatch.model.Severity;
import org.homewatch.model.Wording;

/**
 * After {@code consecutive} missed slots in a row, a {@code MISSED_DECLARATIONS} alert of {@code severity} is
 * opened or raised; e.g. 2 → WATCH, 4 → ABNORMAL "not reachable".
 *
 * @param consecutive how many slots missed in a row reach it, at least 1
 * @param severity the alert's severity, at least WATCH
 * @param summary the alert's summary for the queue: a text key (the shipped {@code missed.twoInARow}), or the
 *     province's own words, which every reader then reads as written
 */
public record MissedDeclarationThreshold(int consecutive, Severity severity, String summary) {
  /** The longest summary a threshold may have. */
  public static final int MAX_SUMMARY_LENGTH = 200;

  /**
   * Refuses a count below 1, a NORMAL severity, and a blank summary, one longer than
   * {@value #MAX_SUMMARY_LENGTH} characters or one with a control character (it is kept in every alert it opens).
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
    if (summary.length() > MAX_SUMMARY_LENGTH) {
      throw new ConfigurationException("a missed-declaration threshold's summary must be at most "
          + MAX_SUMMARY_LENGTH + " characters, was " + summary.length());
    }
    try {
      Wording.literal(summary);
    } catch (ValidationException notPlain) {
      throw new ConfigurationException("a missed-declaration threshold's summary must be plain text on one line "
          + "(no control or bidirectional-override characters)", notPlain);
    }
  }
}
