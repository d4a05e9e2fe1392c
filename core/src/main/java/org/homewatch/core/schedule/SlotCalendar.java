package org.homewatch.core.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.homewatch.core.schedule.internal.LocalTimes;
import org.homewatch.core.schedule.internal.SlotCache;
import org.homewatch.model.IsolationCase;
import org.jspecify.annotations.Nullable;

/**
 * The slots of one schedule over a range of local days in one zone, computed on demand. Cheap to create; holds
 * nothing but its five fields.
 *
 * <p>Bounded whatever the data says: a calendar spans at most {@link #MAX_DAYS} days, so a period stored with an
 * end in 9999 or a start two thousand years ago (registration refuses both today, but a storage may hold older
 * rows or rows written by other tools) costs a year of slots at most, never the heap.
 *
 * @param schedule the schedule the slots come from
 * @param zone the zone of the local days
 * @param firstDay the first local day with slots
 * @param lastDay the last local day with slots (inclusive)
 * @param expectedFrom slots opening before this instant are not expected of anyone: the case did not exist yet
 *     (registered at 20:00, nobody owed the morning's declaration). {@link Instant#MIN} for every slot.
 */
public record SlotCalendar(DeclarationSchedule schedule, ZoneId zone, LocalDate firstDay, LocalDate lastDay,
    Instant expectedFrom) {
  /**
   * The longest calendar: a policy's longest category (366 days) and the extension margin registration allows,
   * with room to spare.
   */
  public static final int MAX_DAYS = 400;

  /**
   * Refuses a last day before the first and a span over {@value #MAX_DAYS} days.
   *
   * @param schedule the schedule the slots come from
   * @param zone the zone of the local days
   * @param firstDay the first local day with slots
   * @param lastDay the last local day with slots (inclusive)
   * @param expectedFrom slots opening before this instant are not expected of anyone: the case did not exist yet
   *     (registered at 20:00, nobody owed the morning's declaration). {@link Instant#MIN} for every slot
   * @throws IllegalArgumentException if the days are reversed or too many
   */
  public SlotCalendar {
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(firstDay, "firstDay");
    Objects.requireNonNull(lastDay, "lastDay");
    Objects.requireNonNull(expectedFrom, "expectedFrom");
    if (lastDay.isBefore(firstDay)) {
      throw new IllegalArgumentException("the last day " + lastDay + " is before the first " + firstDay);
    }
    if (lastDay.toEpochDay() - firstDay.toEpochDay() >= MAX_DAYS) {
      throw new IllegalArgumentException("a calendar spans at most " + MAX_DAYS + " days, was " + firstDay + " to "
          + lastDay);
    }
  }

  /**
   * Every slot of the days from {@code firstDay} to {@code lastDay} is expected.
   *
   * @param schedule the schedule the slots come from
   * @param zone the zone of the local days
   * @param firstDay the first local day
   * @param lastDay the last local day, included
   */
  public SlotCalendar(DeclarationSchedule schedule, ZoneId zone, LocalDate firstDay, LocalDate lastDay) {
    this(schedule, zone, firstDay, lastDay, Instant.MIN);
  }

  /**
   * The slots of a case's period: from its start to its actual end, or its planned end while it runs, cut at
   * {@link #MAX_DAYS} days; the slots opening before the case was registered are not expected.
   *
   * @param c the case
   * @param schedule the schedule it follows
   * @return the case's calendar
   */
  public static SlotCalendar forCase(IsolationCase c, DeclarationSchedule schedule) {
    // CasePeriod keeps its days within the years 1 to 9999, so the day after the cut always exists.
    LocalDate first = c.period().start();
    LocalDate last = c.period().actualEnd().orElse(c.period().plannedEnd());
    LocalDate cut = first.plusDays(MAX_DAYS - 1L);
    return new SlotCalendar(schedule, c.zone(), first, last.isAfter(cut) ? cut : last, c.createdAt());
  }

  /**
   * The first instant of the first day.
   *
   * @return the first instant
   */
  public Instant start() {
    return LocalTimes.firstInstantAtOrAfter(firstDay.atStartOfDay(), zone);
  }

  /**
   * The end (exclusive) of the last day: the first instant of the day after.
   *
   * @return the end instant
   */
  public Instant end() {
    return LocalTimes.firstInstantAtOrAfter(lastDay.plusDays(1).atStartOfDay(), zone);
  }

  /**
   * How many local days the calendar spans.
   *
   * @return 1 to {@value #MAX_DAYS}
   */
  public long days() {
    return lastDay.toEpochDay() - firstDay.toEpochDay() + 1;
  }

  /**
   * The local day an instant falls on in this calendar's zone.
   *
   * @param t an instant
   * @return its local day
   */
  public LocalDate localDate(Instant t) {
    return LocalDate.ofInstant(t, zone);
  }

  /**
   * The expected slots of one local day, in order; none for a day outside the range.
   *
   * @param day a local day
   * @return its expected slots
   */
  public List<Slot> slotsOn(LocalDate day) {
    if (day.isBefore(firstDay) || day.isAfter(lastDay)) {
      return List.of();
    }
    List<Slot> out = new ArrayList<>(schedule.slotsPerDay());
    addSlotsOf(day, out);
    return out;
  }

  /**
   * True if the slot is expected: it opened once the case existed.
   *
   * @param slot a slot of this calendar
   * @return true if expected
   */
  public boolean expects(Slot slot) {
    return !slot.opens().isBefore(expectedFrom);
  }

  /**
   * Every slot of the range, in order.
   *
   * @return the slots
   */
  public List<Slot> all() {
    List<Slot> out = new ArrayList<>((int) Math.min(Integer.MAX_VALUE / 2, days() * schedule.slotsPerDay()));
    for (LocalDate d = firstDay; !d.isAfter(lastDay); d = d.plusDays(1)) {
      addSlotsOf(d, out);
    }
    return out;
  }

  /**
   * The slots that open in {@code [from, to)}, in order.
   *
   * @param from the first instant included
   * @param to the first instant excluded
   * @return the slots
   */
  public List<Slot> openingBetween(Instant from, Instant to) {
    List<Slot> out = new ArrayList<>();
    for (LocalDate d = firstDayFrom(from); !d.isAfter(lastDayUpTo(to)); d = d.plusDays(1)) {
      for (Slot s : slotsOn(d)) {
        if (!s.opens().isBefore(from) && s.opens().isBefore(to)) {
          out.add(s);
        }
      }
    }
    return out;
  }

  /**
   * The slots that opened strictly after {@code after} and whose grace has ended by {@code now}, in order. With
   * {@code after} the person's last declaration, these are exactly the slots missed since they were last heard
   * from: no declaration was made after they opened.
   *
   * @param after the last declaration's time (or just before the start)
   * @param now the current time
   * @return the missed slots, oldest first
   */
  public List<Slot> overSince(Instant after, Instant now) {
    return overSince(after, now, null);
  }

  /** Like {@link #overSince(Instant, Instant)}, taking the slots of each day from {@code cache}. */
  List<Slot> overSince(Instant after, Instant now, @Nullable SlotCache cache) {
    List<Slot> out = new ArrayList<>(4);
    for (LocalDate d = firstDayFrom(after); !d.isAfter(lastDayUpTo(now)); d = d.plusDays(1)) {
      LocalDate day = d;
      // The cache is shared by the cases of a batch, so it holds every slot of the day; each case drops the slots
      // that opened before it was registered.
      List<Slot> ofDay = cache == null ? slotsOn(day) : day.isBefore(firstDay) || day.isAfter(lastDay) ? List.of()
          : cache.slotsOn(schedule, zone, day, () -> everySlotOn(day));
      for (Slot s : ofDay) {
        if (s.opens().isAfter(after) && s.isOverAt(now) && expects(s)) {
          out.add(s);
        }
      }
    }
    return out;
  }

  // A slot of day D opens no earlier than D's first instant, so days before the instant's own local day (less one,
  // for a window that fell into a gap at midnight) cannot hold a slot opening after it.
  private LocalDate firstDayFrom(Instant t) {
    LocalDate d = localDate(t).minusDays(1);
    return d.isBefore(firstDay) ? firstDay : d;
  }

  // One day more than the instant's own local day, for a clock that falls back across midnight.
  private LocalDate lastDayUpTo(Instant t) {
    LocalDate d = localDate(t).plusDays(1);
    return d.isAfter(lastDay) ? lastDay : d;
  }

  private List<Slot> everySlotOn(LocalDate day) {
    List<Slot> out = new ArrayList<>(schedule.slotsPerDay());
    addSlotsOf(day, out, Instant.MIN);
    return out;
  }

  private void addSlotsOf(LocalDate day, List<Slot> out) {
    addSlotsOf(day, out, expectedFrom);
  }

  private void addSlotsOf(LocalDate day, List<Slot> out, Instant from) {
    List<DailyWindow> windows = schedule.windows();
    for (int i = 0; i < windows.size(); i++) {
      DailyWindow w = windows.get(i);
      Instant opens = LocalTimes.firstInstantAtOrAfter(day.atTime(w.opens()), zone);
      Instant closes = w.closesMinute() == 24 * 60
          ? LocalTimes.firstInstantAtOrAfter(day.plusDays(1).atStartOfDay(), zone)
          : LocalTimes.firstInstantAtOrAfter(day.atTime(w.closes()), zone);
      if (!opens.isBefore(from)) {
        out.add(new Slot(day, i, w.name(), opens, closes, closes.plus(schedule.grace())));
      }
    }
  }
}
