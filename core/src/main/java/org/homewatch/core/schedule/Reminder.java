package org.homewatch.core.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A reminder due to a person: declare before {@code slot} closes.
 *
 * @param slot the slot the person is reminded of
 * @param beforeClose the schedule's reminder offset this one comes from
 * @param at when it is due: {@code slot.closes() - beforeClose}
 */
public record Reminder(Slot slot, Duration beforeClose, Instant at) {
  /**
   * Refuses null components.
   *
   * @param slot the slot the person is reminded of
   * @param beforeClose the schedule's reminder offset this one comes from
   * @param at when it is due: {@code slot.closes() - beforeClose}
   */
  public Reminder {
    Objects.requireNonNull(slot, "slot");
    Objects.requireNonNull(beforeClose, "beforeClose");
    Objects.requireNonNull(at, "at");
  }
}
