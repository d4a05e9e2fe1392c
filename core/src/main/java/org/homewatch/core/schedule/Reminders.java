package org.homewatch.core.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which reminders fall due in an interval. A reminder is due at {@code closes - offset} for each of the
 * schedule's offsets, and only while the window is open (an offset longer than the window is not sent for it);
 * none is due for a window the person already declared in (their last declaration is at or after its opening:
 * known from the case's summary, without reading declarations).
 */
public final class Reminders {
  private Reminders() {}

  /**
   * Reminders due in {@code (from, to]}, in order of their time.
   *
   * @param calendar the case's slots
   * @param lastHeardFrom the time of the case's latest declaration, if any
   * @param from the start of the interval, excluded
   * @param to the end of the interval, included
   * @return the due reminders
   */
  public static List<Reminder> dueBetween(SlotCalendar calendar, Optional<Instant> lastHeardFrom, Instant from,
      Instant to) {
    List<Duration> offsets = calendar.schedule().remindBeforeClose();
    if (offsets.isEmpty() || !to.isAfter(from)) {
      return List.of();
    }
    Duration longest = offsets.get(0);
    List<Reminder> out = new ArrayList<>();
    // A reminder due in (from, to] belongs to a slot closing in (from, to + longest].
    for (Slot slot : calendar.openingBetween(from.minus(Duration.ofDays(1)), to.plus(longest))) {
      if (lastHeardFrom.isPresent() && !lastHeardFrom.get().isBefore(slot.opens())) {
        continue;
      }
      for (Duration offset : offsets) {
        Instant at = slot.closes().minus(offset);
        if (at.isAfter(from) && !at.isAfter(to) && !at.isBefore(slot.opens())) {
          out.add(new Reminder(slot, offset, at));
        }
      }
    }
    out.sort(java.util.Comparator.comparing(Reminder::at));
    return out;
  }
}
