package org.homewatch.core.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How well a case kept its schedule over a calendar's days, as of a moment.
 *
 * @param days one entry per local day of the calendar, in order
 * @param consecutiveMissed missed slots since the person was last heard from: the slots that opened after their
 *     latest declaration (of any kind, a declaration between windows too: the person answered) and whose grace
 *     has ended. This is the count the missed-declaration thresholds apply to.
 * @param lastHeardFrom the time of the latest declaration, if any
 * @param outsidePeriod declarations dated on a local day outside the calendar that fulfilled no slot
 */
public record Compliance(List<DailyCompliance> days, int consecutiveMissed, Optional<Instant> lastHeardFrom,
    int outsidePeriod) {

  /**
   * Refuses a null last-heard time; copies the days.
   *
   * @param days one entry per local day of the calendar, in order
   * @param consecutiveMissed missed slots since the person was last heard from: the slots that opened after their
   *     latest declaration (of any kind, a declaration between windows too: the person answered) and whose grace has
   *     ended
   * @param lastHeardFrom the time of the latest declaration, if any
   * @param outsidePeriod declarations dated on a local day outside the calendar that fulfilled no slot
   */
  public Compliance {
    days = List.copyOf(days);
    Objects.requireNonNull(lastHeardFrom, "lastHeardFrom");
  }

  /**
   * Matches {@code declarations} to the calendar's slots and counts per day.
   *
   * @param calendar the case's slots
   * @param declarations the case's declarations, in any order
   * @param now the moment the compliance is as of
   * @return the compliance
   */
  public static Compliance of(SlotCalendar calendar, Collection<TimedDeclaration> declarations, Instant now) {
    List<Slot> slots = calendar.all();
    SlotMatching matching = DeclarationMatcher.match(slots, declarations, now);
    int dayCount = (int) calendar.days();
    int[][] counts = new int[dayCount][6];
    for (SlotFulfilment f : matching.slots()) {
      int[] c = counts[dayIndex(calendar, f.slot().localDate())];
      c[0]++;
      c[1 + f.status().ordinal()]++;
    }
    int outside = 0;
    for (TimedDeclaration d : matching.unscheduled()) {
      LocalDate day = calendar.localDate(d.at());
      if (day.isBefore(calendar.firstDay()) || day.isAfter(calendar.lastDay())) {
        outside++;
      } else {
        counts[dayIndex(calendar, day)][5]++;
      }
    }
    List<DailyCompliance> days = new ArrayList<>(dayCount);
    for (int i = 0; i < dayCount; i++) {
      int[] c = counts[i];
      days.add(new DailyCompliance(calendar.firstDay().plusDays(i), c[0], c[1 + SlotStatus.ON_TIME.ordinal()],
          c[1 + SlotStatus.LATE.ordinal()], c[1 + SlotStatus.MISSED.ordinal()], c[1 + SlotStatus.PENDING.ordinal()],
          c[5]));
    }
    Optional<Instant> last = declarations.stream().map(TimedDeclaration::at).max(Instant::compareTo);
    int consecutive = 0;
    for (Slot s : slots) {
      if (s.isOverAt(now) && last.map(s.opens()::isAfter).orElse(true)) {
        consecutive++;
      }
    }
    return new Compliance(days, consecutive, last, outside);
  }

  private static int dayIndex(SlotCalendar calendar, LocalDate day) {
    return (int) (day.toEpochDay() - calendar.firstDay().toEpochDay());
  }

  /**
   * Slots expected over the whole calendar.
   *
   * @return the number of slots
   */
  public int expected() {
    return days.stream().mapToInt(DailyCompliance::expected).sum();
  }

  /**
   * Slots missed over the whole calendar.
   *
   * @return the number of slots whose grace ended unfulfilled
   */
  public int missed() {
    return days.stream().mapToInt(DailyCompliance::missed).sum();
  }

  /**
   * Slots fulfilled, on time or late, over the whole calendar.
   *
   * @return the number of slots
   */
  public int fulfilled() {
    return days.stream().mapToInt(DailyCompliance::fulfilled).sum();
  }

  /**
   * The figures of one local day.
   *
   * @param day a local day
   * @return its figures, or empty if it is outside the calendar
   */
  public Optional<DailyCompliance> on(LocalDate day) {
    return days.stream().filter(d -> d.day().equals(day)).findFirst();
  }
}
