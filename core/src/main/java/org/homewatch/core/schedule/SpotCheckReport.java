package org.homewatch.core.schedule;

import java.util.Objects;
import java.util.Optional;

/**
 * What one batch of spot-check settling did.
 *
 * @param casesChecked active cases in the batch
 * @param answered spot checks answered in time with a check-in the presence verifier passed
 * @param failed spot checks unanswered, failed by the verifier or not verified: each opened or raised a
 *     {@code PRESENCE_FAILED} alert
 * @param next the cursor for the next batch, empty after the last
 */
public record SpotCheckReport(int casesChecked, int answered, int failed, Optional<String> next) {
  /**
   * Refuses a null cursor.
   *
   * @param casesChecked active cases in the batch
   * @param answered spot checks answered in time with a passed presence check
   * @param failed spot checks unanswered or with a failed presence check: each opened or raised a {@code
   *     PRESENCE_FAILED} alert
   * @param next the cursor for the next batch, empty after the last
   */
  public SpotCheckReport {
    Objects.requireNonNull(next, "next");
  }
}
