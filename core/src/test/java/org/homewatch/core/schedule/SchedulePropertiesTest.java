package org.homewatch.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.homewatch.model.DeclarationId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Issue 4, part 7: the properties of slots, matching and compliance, in any zone. */
class SchedulePropertiesTest {

  /** Every zone the JDK knows, daylight-saving ones and ones with odd histories (Pacific/Apia skipped a day). */
  static final List<ZoneId> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().map(ZoneId::of).toList();

  record Scenario(SlotCalendar calendar, List<TimedDeclaration> declarations, Instant now) {
    @Override
    public String toString() {
      return calendar.zone() + " " + calendar.firstDay() + "+" + calendar.days() + "d " + calendar.schedule()
          .windows().stream().map(w -> w.opens() + "-" + w.closes()).toList() + " grace " + calendar.schedule()
          .grace() + ", " + declarations.size() + " declarations, now " + now;
    }
  }

  /** 1 to 4 windows on quarter hours, anywhere in the day, back to back or apart, and from 0 to 3 h of grace. */
  static final Gen<DeclarationSchedule> SCHEDULES = in -> {
    int windows = integers().between(1, 4).generate(in);
    TreeSet<Integer> bounds = new TreeSet<>();
    while (bounds.size() < 2 * windows) {
      bounds.add(integers().between(0, 96).generate(in) * 15);
    }
    List<Integer> b = new ArrayList<>(bounds);
    // Sometimes join windows end to start, as "every N hours" does.
    List<DailyWindow> ws = new ArrayList<>();
    int previousClose = 0;
    for (int i = 0; i < windows; i++) {
      int opens = i > 0 && integers().between(0, 3).generate(in) == 0 ? previousClose : b.get(2 * i);
      int closes = b.get(2 * i + 1);
      ws.add(new DailyWindow("w" + i, time(opens), time(closes)));
      previousClose = closes;
    }
    return new DeclarationSchedule("generated", ws, Duration.ofMinutes(integers().between(0, 180).generate(in)),
        List.of());
  };

  static LocalTime time(int minuteOfDay) {
    return minuteOfDay == 24 * 60 ? LocalTime.MIDNIGHT : LocalTime.of(minuteOfDay / 60, minuteOfDay % 60);
  }

  static final Gen<Scenario> SCENARIOS = in -> {
    DeclarationSchedule schedule = SCHEDULES.generate(in);
    ZoneId zone = Generate.pick(ZONES).generate(in);
    // 1900 to 2100: historic offsets, today's rules and rules projected ahead.
    LocalDate first = LocalDate.ofEpochDay(integers().between(-25_567, 47_482).generate(in));
    int days = integers().between(1, 21).generate(in);
    SlotCalendar calendar = new SlotCalendar(schedule, zone, first, first.plusDays(days - 1));
    Instant start = calendar.start().minus(Duration.ofDays(1));
    long span = Duration.between(start, calendar.end()).toMinutes() + 2 * 24 * 60;
    int count = integers().between(0, 4 * days).generate(in);
    List<TimedDeclaration> declarations = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      long minute = (long) (integers().between(0, 1_000_000).generate(in) / 1_000_000.0 * span);
      declarations.add(new TimedDeclaration(new DeclarationId(new UUID(0, i)), start.plus(Duration.ofMinutes(minute))));
    }
    Instant now = start.plus(Duration.ofMinutes((long) (integers().between(0, 1000).generate(in) / 1000.0 * span)));
    return new Scenario(calendar, declarations, now);
  };

  @Test
  @DisplayName("slots are ordered, never overlap, lie inside the period and number days × windows, in any zone")
  void slotsOrderedDisjointInsideAndCounted() {
    qt().withExamples(1500).forAll(SCENARIOS).checkAssert(s -> {
      SlotCalendar c = s.calendar();
      List<Slot> slots = c.all();
      assertEquals(c.days() * c.schedule().slotsPerDay(), slots.size(), "days × windows");
      for (int i = 0; i < slots.size(); i++) {
        Slot slot = slots.get(i);
        assertFalse(slot.closes().isBefore(slot.opens()), "opens before it closes");
        assertFalse(slot.opens().isBefore(c.start()), "inside the period: " + slot);
        assertFalse(slot.closes().isAfter(c.end()), "inside the period: " + slot);
        if (i > 0) {
          assertFalse(slot.opens().isBefore(slots.get(i - 1).closes()), "no overlap: " + slots.get(i - 1)
              + " and " + slot);
        }
      }
      // Each local day has its own windows, in order.
      for (LocalDate d = c.firstDay(); !d.isAfter(c.lastDay()); d = d.plusDays(1)) {
        List<Slot> ofDay = c.slotsOn(d);
        assertEquals(c.schedule().slotsPerDay(), ofDay.size());
        for (int i = 0; i < ofDay.size(); i++) {
          assertEquals(i, ofDay.get(i).index());
          assertEquals(d, ofDay.get(i).localDate());
        }
      }
    });
  }

  @Test
  @DisplayName("no declaration fulfils two slots, every declaration fulfils one slot or is unscheduled, and one in "
      + "an unfulfilled open window fulfils it")
  void matchingIsAFunction() {
    qt().withExamples(1000).forAll(SCENARIOS).checkAssert(s -> {
      SlotMatching m = DeclarationMatcher.match(s.calendar().all(), s.declarations(), s.now());
      Set<DeclarationId> fulfilling = new HashSet<>();
      for (SlotFulfilment f : m.slots()) {
        f.declaration().ifPresent(id -> assertTrue(fulfilling.add(id), "fulfils two slots: " + id));
      }
      Set<DeclarationId> unscheduled = new HashSet<>();
      m.unscheduled().forEach(d -> assertTrue(unscheduled.add(d.id())));
      for (TimedDeclaration d : s.declarations()) {
        assertTrue(fulfilling.contains(d.id()) ^ unscheduled.contains(d.id()), "exactly one fate: " + d);
      }
      for (SlotFulfilment f : m.slots()) {
        if (f.status().isFulfilled()) {
          Instant at = s.declarations().stream().filter(d -> d.id().equals(f.declaration().get())).findFirst()
              .orElseThrow().at();
          assertTrue(f.status() == SlotStatus.ON_TIME ? f.slot().isOpenAt(at) : f.slot().isInGraceAt(at));
        } else {
          // An unfulfilled slot had no declaration left over inside its window.
          for (TimedDeclaration d : m.unscheduled()) {
            assertFalse(f.slot().isOpenAt(d.at()), "unscheduled " + d + " inside the open window of " + f);
          }
          assertEquals(f.slot().isOverAt(s.now()), f.status() == SlotStatus.MISSED);
        }
      }
    });
  }

  @Test
  @DisplayName("compliance counts add up: per day and over the period, and every declaration is counted once")
  void complianceAddsUp() {
    qt().withExamples(1000).forAll(SCENARIOS).checkAssert(s -> {
      Compliance c = Compliance.of(s.calendar(), s.declarations(), s.now());
      assertEquals(s.calendar().days(), c.days().size());
      int slots = s.calendar().schedule().slotsPerDay();
      for (DailyCompliance d : c.days()) {
        assertEquals(slots, d.expected());
        assertEquals(d.expected(), d.onTime() + d.late() + d.missed() + d.pending());
      }
      int unscheduled = c.days().stream().mapToInt(DailyCompliance::unscheduled).sum();
      assertEquals(s.declarations().size(), c.fulfilled() + unscheduled + c.outsidePeriod());
      assertTrue(c.consecutiveMissed() <= c.missed());
      // The run is what the sweep counts without reading declarations: slots over since the last one.
      Instant after = c.lastHeardFrom().orElse(s.calendar().start().minusSeconds(1));
      assertEquals(s.calendar().overSince(after, s.now()).size(), c.consecutiveMissed());
    });
  }
}
