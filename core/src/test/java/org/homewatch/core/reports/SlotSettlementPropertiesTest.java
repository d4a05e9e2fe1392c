package org.homewatch.core.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.homewatch.core.World;
import org.homewatch.core.reports.internal.CaseDaySlots;
import org.homewatch.core.schedule.Compliance;
import org.homewatch.core.schedule.DailyCompliance;
import org.homewatch.core.schedule.DailyWindow;
import org.homewatch.core.schedule.DeclarationSchedule;
import org.homewatch.core.schedule.SlotCalendar;
import org.homewatch.core.schedule.TimedDeclaration;
import org.homewatch.model.DeclarationId;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NewDeclaration;
import org.homewatch.model.PageRequest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties of slot settling, for any schedule and any declaration times. */
class SlotSettlementPropertiesTest {
  private static final List<ZoneId> ZONES = List.of(ReportService.ZONE, ZoneId.of("Europe/Berlin"),
      ZoneId.of("America/Sao_Paulo"), ZoneId.of("Pacific/Apia"), ZoneId.of("UTC"));

  /**
   * 1 to 4 windows on quarter hours between {@code from} and {@code to} minutes of the day, and grace up to
   * {@code maxGrace} minutes.
   */
  private static Gen<DeclarationSchedule> schedules(int from, int to, int maxGrace) {
    return in -> {
      int windows = integers().between(1, 4).generate(in);
      TreeSet<Integer> bounds = new TreeSet<>();
      while (bounds.size() < 2 * windows) {
        bounds.add(integers().between(from / 15, to / 15).generate(in) * 15);
      }
      List<Integer> b = new ArrayList<>(bounds);
      List<DailyWindow> ws = new ArrayList<>();
      for (int i = 0; i < windows; i++) {
        ws.add(new DailyWindow("w" + i, time(b.get(2 * i)), time(b.get(2 * i + 1))));
      }
      return new DeclarationSchedule("generated", ws, Duration.ofMinutes(integers().between(0, maxGrace)
          .generate(in)), List.of());
    };
  }

  private static LocalTime time(int minuteOfDay) {
    return minuteOfDay == 24 * 60 ? LocalTime.MIDNIGHT : LocalTime.of(minuteOfDay / 60, minuteOfDay % 60);
  }

  /** A case's calendar of 1 to 10 days, registered at any minute of its first day, and declarations around it. */
  record Scenario(SlotCalendar calendar, LocalDate day, List<CaseDaySlots.Received> declarations) {
    @Override
    public String toString() {
      return calendar.zone() + " " + calendar.firstDay() + "+" + calendar.days() + "d from " + calendar.expectedFrom()
          + " " + calendar.schedule().windows().stream().map(w -> w.opens() + "-" + w.closes()).toList()
          + " grace " + calendar.schedule().grace() + ", day " + day + ", " + declarations;
    }
  }

  private static Gen<Scenario> scenarios(Gen<DeclarationSchedule> schedules, boolean receivedLate) {
    return in -> {
      DeclarationSchedule schedule = schedules.generate(in);
      ZoneId zone = Generate.pick(ZONES).generate(in);
      LocalDate first = LocalDate.of(2021, 1, 1).plusDays(integers().between(0, 3 * 365).generate(in));
      int days = integers().between(1, 10).generate(in);
      Instant registered = first.atStartOfDay(zone).toInstant()
          .plus(Duration.ofMinutes(integers().between(0, 24 * 60 - 1).generate(in)));
      SlotCalendar calendar = new SlotCalendar(schedule, zone, first, first.plusDays(days - 1), registered);
      LocalDate day = first.plusDays(integers().between(0, days - 1).generate(in));
      Instant start = calendar.start().minus(Duration.ofDays(1));
      long span = Duration.between(start, calendar.end()).toMinutes() + 24 * 60;
      int count = integers().between(0, 5 * days).generate(in);
      List<CaseDaySlots.Received> declarations = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Instant observed = start.plus(Duration.ofMinutes(integers().between(0, (int) span).generate(in)));
        Instant received = receivedLate && integers().between(0, 3).generate(in) == 0
            ? observed.plus(Duration.ofMinutes(integers().between(1, 3 * 24 * 60).generate(in))) : observed;
        declarations.add(new CaseDaySlots.Received(new TimedDeclaration(new DeclarationId(new UUID(0, i)), observed),
            received));
      }
      return new Scenario(calendar, day, declarations);
    };
  }

  @Test
  @DisplayName("for any schedule and any declaration times, a settled day's expected = on time + late + missed, and "
      + "expected is the calendar's slots of the day")
  void expectedAddsUp() {
    qt().withExamples(2000).forAll(scenarios(schedules(0, 24 * 60, 180), true)).checkAssert(s -> {
      Optional<CaseDaySlots> settled = CaseDaySlots.of(s.calendar(), null, s.day(), s.declarations());
      int slots = s.calendar().slotsOn(s.day()).size();
      assertEquals(slots, settled.map(CaseDaySlots::expected).orElse(0));
      settled.ifPresent(d -> assertEquals(d.expected(), d.onTime() + d.late() + d.missed()));
    });
  }

  @Test
  @DisplayName("when every declaration reached the server as it was made, a settled day is the case's own "
      + "compliance of that day: one definition of on time, late and missed (schedules whose grace ends the same day)")
  void sameAsTheComplianceView() {
    qt().withExamples(2000).forAll(scenarios(schedules(5 * 60, 21 * 60, 120), false)).checkAssert(s -> {
      Optional<CaseDaySlots> settled = CaseDaySlots.of(s.calendar(), null, s.day(), s.declarations());
      Instant closes = settled.map(CaseDaySlots::closes).orElse(s.calendar().end());
      List<TimedDeclaration> known = s.declarations().stream().map(CaseDaySlots.Received::declaration)
          .filter(d -> d.at().isBefore(closes)).toList();
      DailyCompliance view = Compliance.of(s.calendar(), known, closes).on(s.day()).orElseThrow();
      assertEquals(List.of(view.expected(), view.onTime(), view.late(), view.missed(), 0),
          List.of(settled.map(CaseDaySlots::expected).orElse(0), settled.map(CaseDaySlots::onTime).orElse(0),
              settled.map(CaseDaySlots::late).orElse(0), settled.map(CaseDaySlots::missed).orElse(0),
              view.pending()));
    });
  }

  @Test
  @DisplayName("for any declaration times, settling through Homewatch twice counts once, and the report's expected "
      + "= on time + late + missed")
  void settlingTwiceCountsOnce() {
    qt().withExamples(15).forAll(integers().between(0, 12), integers().between(0, Integer.MAX_VALUE))
        .checkAssert((count, seed) -> {
          try (World world = new World()) {
            IsolationCase c = world.registerF2("Nguyễn Văn An", World.COMMUNE_A);
            java.util.Random random = new java.util.Random(seed);
            List<Instant> times = new ArrayList<>();
            for (int i = 0; i < count; i++) {
              times.add(World.START.plus(Duration.ofMinutes(random.nextInt(3 * 24 * 60))));
            }
            times.sort(null);
            for (Instant t : times) {
              world.clock.set(t);
              world.homewatch.declarations().submit(world.citizen(c), NewDeclaration.of(DeclarationId.random(),
                  c.id(), t, World.normal(), Set.of()));
            }
            world.clock.set(World.START.plus(Duration.ofDays(4)));
            world.homewatch.reports().settleSlots(world.system, PageRequest.first(10));
            Figures.Declarations once = figures(world);
            world.homewatch.reports().settleSlots(world.system, PageRequest.first(10));
            Figures.Declarations twice = figures(world);
            assertEquals(once, twice);
            assertEquals(once.expected(), once.onTime() + once.late() + once.missed());
            assertEquals(4 * 3, once.expected(), "four days of three windows, from 08:00 on the first");
          }
        });
  }

  private static Figures.Declarations figures(World world) {
    return world.homewatch.reports().report(world.admin, ReportRequest.of(World.PROVINCE, World.TODAY,
        World.TODAY.plusDays(3))).root().period().declarations();
  }
}
