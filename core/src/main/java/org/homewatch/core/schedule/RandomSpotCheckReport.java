package org.homewatch.core.schedule;

import java.util.Objects;
import java.util.Optional;

/**
 * What one batch of a random spot-check policy's requests did.
 *
 * @param casesChecked active cases in the batch (0 when no policy is set)
 * @param requested spot checks asked because the policy wanted one
 * @param next the cursor for the next batch, empty after the last
 */
public record RandomSpotCheckReport(int casesChecked, int requested, Optional<String> next) {
  /**
   * Refuses a null cursor.
   *
   * @param casesChecked active cases in the batch
   * @param requested spot checks asked because the policy wanted one
   * @param next the cursor for the next batch, empty after the last
   */
  public RandomSpotCheckReport {
    Objects.requireNonNull(next, "next");
  }
}
