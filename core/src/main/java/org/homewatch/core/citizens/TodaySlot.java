package org.homewatch.core.citizens;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Objects;
import org.homewatch.core.schedule.SlotStatus;

/**
 * One declaration window of today, as the citizen's app shows it.
 *
 * @param window the window's name in the schedule (e.g. {@code morning})
 * @param opens when the window opens
 * @param closes when it closes (a declaration after it is late)
 * @param graceEnds until when a late declaration still counts
 * @param opensAt {@code opens} in the case's zone, for display
 * @param closesAt {@code closes} in the case's zone, for display
 * @param status on time, late, missed, or still pending
 * @param openNow true if a declaration now would be on time for this window
 */
public record TodaySlot(String window, Instant opens, Instant closes, Instant graceEnds, LocalTime opensAt,
    LocalTime closesAt, SlotStatus status, boolean openNow) {
  /**
   * Checks that no component is null.
   *
   * @param window the window's name in the schedule (e.g. {@code morning})
   * @param opens when the window opens
   * @param closes when it closes (a declaration after it is late)
   * @param graceEnds until when a late declaration still counts
   * @param opensAt {@code opens} in the case's zone, for display
   * @param closesAt {@code closes} in the case's zone, for display
   * @param status on time, late, missed, or still pending
   * @param openNow true if a declaration now would be on time for this window
   * @throws NullPointerException naming a missing component
   */
  public TodaySlot {
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(opens, "opens");
    Objects.requireNonNull(closes, "closes");
    Objects.requireNonNull(graceEnds, "graceEnds");
    Objects.requireNonNull(opensAt, "opensAt");
    Objects.requireNonNull(closesAt, "closesAt");
    Objects.requireNonNull(status, "status");
  }

  /**
   * Whether a declaration is still expected for this window: pending, and not yet past its grace.
   *
   * @return true if the person should still declare for it
   */
  public boolean due() {
    return status == SlotStatus.PENDING;
  }
}
