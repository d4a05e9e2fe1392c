package org.homewatch.core.schedule.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.homewatch.core.schedule.DeclarationSchedule;
import org.homewatch.core.schedule.Slot;

/**
 * The slots of one (schedule, zone, day), computed once for the many cases that share them: a sweep over a
 * province touches a handful of schedules and zones and a few days, but hundreds of thousands of cases. Bounded
 * (least recently used entries go), not thread-safe: one per batch.
 */
public final class SlotCache {
  private record Key(DeclarationSchedule schedule, ZoneId zone, long epochDay) {}

  private final Map<Key, List<Slot>> days;

  public SlotCache(int maxEntries) {
    this.days = new LinkedHashMap<>(64, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<Key, List<Slot>> eldest) {
        return size() > maxEntries;
      }
    };
  }

  public List<Slot> slotsOn(DeclarationSchedule schedule, ZoneId zone, LocalDate day, Supplier<List<Slot>> compute) {
    Key key = new Key(schedule, zone, day.toEpochDay());
    List<Slot> slots = days.get(key);
    if (slots == null) {
      slots = List.copyOf(compute.get());
      days.put(key, slots);
    }
    return slots;
  }
}
