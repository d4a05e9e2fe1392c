package org.homewatch.core.schedule;

import java.util.Objects;
import java.util.Optional;

/**
 * What one batch of reminders did.
 *
 * @param casesChecked active cases in the batch
 * @param written reminders written to the outbox (none twice)
 * @param next the cursor for the next batch, empty after the last
 */
public record ReminderReport(int casesChecked, int written, Optional<String> next) {
  /**
   * Refuses a null cursor.
   *
   * @param casesChecked active cases in the batch
   * @param written reminders written to the outbox (none twice)
   * @param next the cursor for the next batch, empty after the last
   */
  public ReminderReport {
    Objects.requireNonNull(next, "next");
  }
}
