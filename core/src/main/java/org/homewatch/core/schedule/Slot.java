package org.homewatch.core.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One expected declaration: a window on one local day, as instants. Computed, never stored.
 *
 * @param window the window's name, e.g. {@code morning}
 * @param localDate the case's local day the window belongs to
 * @param index the window's position in the day, from 0
 * @param opens first instant of the window (inclusive)
 * @param closes end of the window (exclusive); equal to {@code opens} only for a window that fell entirely into a
 *     daylight-saving gap
 * @param graceEnds until then (exclusive) a declaration still fulfils the slot, late
 */
public record Slot(LocalDate localDate, int index, String window, Instant opens, Instant closes, Instant graceEnds) {
  /**
   * Refuses a negative index and instants out of order.
   *
   * @param localDate the case's local day the window belongs to
   * @param index the window's position in the day, from 0
   * @param window the window's name, e.g. {@code morning}
   * @param opens first instant of the window (inclusive)
   * @param closes end of the window (exclusive)
   * @param graceEnds until then (exclusive) a declaration still fulfils the slot, late
   * @throws IllegalArgumentException if the slot opens after it closes or its grace ends before it closes
   */
  public Slot {
    Objects.requireNonNull(localDate, "localDate");
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(opens, "opens");
    Objects.requireNonNull(closes, "closes");
    Objects.requireNonNull(graceEnds, "graceEnds");
    if (index < 0 || closes.isBefore(opens) || graceEnds.isBefore(closes)) {
      throw new IllegalArgumentException("a slot opens, closes and ends its grace in that order: " + opens + ", "
          + closes + ", " + graceEnds);
    }
  }

  /**
   * True if a declaration at {@code t} is on time for this slot.
   *
   * @param t a declaration's time
   * @return true if in the window
   */
  public boolean isOpenAt(Instant t) {
    return !t.isBefore(opens) && t.isBefore(closes);
  }

  /**
   * True if a declaration at {@code t} is late but still fulfils this slot.
   *
   * @param t a declaration's time
   * @return true if in the grace period
   */
  public boolean isInGraceAt(Instant t) {
    return !t.isBefore(closes) && t.isBefore(graceEnds);
  }

  /**
   * True once nothing can fulfil this slot any more.
   *
   * @param now the current time
   * @return true if its grace has ended
   */
  public boolean isOverAt(Instant now) {
    return !now.isBefore(graceEnds);
  }
}
