package org.homewatch.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SlotCalendarTest {

  static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  static DeclarationSchedule vhd() {
    return new DeclarationSchedule("vhd", List.of(
        new DailyWindow("morning", LocalTime.of(8, 0), LocalTime.of(12, 0)),
        new DailyWindow("afternoon", LocalTime.of(14, 0), LocalTime.of(16, 0)),
        new DailyWindow("evening", LocalTime.of(18, 0), LocalTime.of(20, 0))),
        Duration.ofMinutes(30), List.of(Duration.ofHours(1)));
  }

  static DeclarationSchedule windows(String opens, String closes) {
    return new DeclarationSchedule("w", List.of(DailyWindow.fromJson("w", opens, closes)), Duration.ZERO, List.of());
  }

  @Test
  @DisplayName("VHD's windows in Ho Chi Minh City are 01–05, 07–09 and 11–13 UTC, with 30 minutes of grace")
  void vhdInVietnam() {
    LocalDate day = LocalDate.of(2021, 8, 20);
    List<Slot> slots = new SlotCalendar(vhd(), HCM, day, day).slotsOn(day);
    assertEquals(3, slots.size());
    assertEquals(Instant.parse("2021-08-20T01:00:00Z"), slots.get(0).opens());
    assertEquals(Instant.parse("2021-08-20T05:00:00Z"), slots.get(0).closes());
    assertEquals(Instant.parse("2021-08-20T05:30:00Z"), slots.get(0).graceEnds());
    assertEquals(Instant.parse("2021-08-20T07:00:00Z"), slots.get(1).opens());
    assertEquals(Instant.parse("2021-08-20T13:00:00Z"), slots.get(2).closes());
    assertEquals(List.of(0, 1, 2), slots.stream().map(Slot::index).toList());
    assertEquals("evening", slots.get(2).window());
  }

  @Test
  @DisplayName("a window across Berlin's spring-forward gap opens when the clock jumps and is an hour shorter")
  void berlinGap() {
    LocalDate day = LocalDate.of(2021, 3, 28);
    Slot s = new SlotCalendar(windows("02:30", "04:00"), BERLIN, day, day).slotsOn(day).get(0);
    assertEquals(Instant.parse("2021-03-28T01:00:00Z"), s.opens()); // 03:00 CEST
    assertEquals(Instant.parse("2021-03-28T02:00:00Z"), s.closes()); // 04:00 CEST
  }

  @Test
  @DisplayName("a window entirely inside the gap still counts, opening and closing at the jump")
  void windowInsideGap() {
    LocalDate day = LocalDate.of(2021, 3, 28);
    Slot s = new SlotCalendar(windows("02:10", "02:50"), BERLIN, day, day).slotsOn(day).get(0);
    assertEquals(Instant.parse("2021-03-28T01:00:00Z"), s.opens());
    assertEquals(s.opens(), s.closes());
  }

  @Test
  @DisplayName("a window across Berlin's fall-back overlap opens at the first 02:30 and is an hour longer")
  void berlinOverlap() {
    LocalDate day = LocalDate.of(2021, 10, 31);
    Slot s = new SlotCalendar(windows("02:30", "04:00"), BERLIN, day, day).slotsOn(day).get(0);
    assertEquals(Instant.parse("2021-10-31T00:30:00Z"), s.opens()); // 02:30 CEST, the first one
    assertEquals(Instant.parse("2021-10-31T03:00:00Z"), s.closes()); // 04:00 CET
    assertEquals(Duration.ofMinutes(150), Duration.between(s.opens(), s.closes()));
  }

  @Test
  @DisplayName("every 6 hours in New York gives 4 slots on the spring-forward day, the first an hour shorter")
  void newYorkEverySixHours() {
    LocalDate day = LocalDate.of(2021, 3, 14);
    DeclarationSchedule six = DeclarationSchedule.everyHours("six", 6, Duration.ofMinutes(10), List.of());
    SlotCalendar calendar = new SlotCalendar(six, NEW_YORK, day, day);
    List<Slot> slots = calendar.slotsOn(day);
    assertEquals(4, slots.size());
    assertEquals(Duration.ofHours(5), Duration.between(slots.get(0).opens(), slots.get(0).closes()));
    assertEquals(Duration.ofHours(6), Duration.between(slots.get(1).opens(), slots.get(1).closes()));
    assertEquals(Instant.parse("2021-03-15T04:00:00Z"), slots.get(3).closes()); // midnight EDT
    assertEquals(calendar.end(), slots.get(3).closes());
  }

  @Test
  @DisplayName("a calendar covers its days only, and a case's calendar runs from start to planned end")
  void range() {
    SlotCalendar calendar = new SlotCalendar(vhd(), HCM, LocalDate.of(2021, 8, 20), LocalDate.of(2021, 9, 2));
    assertEquals(14 * 3, calendar.all().size());
    assertTrue(calendar.slotsOn(LocalDate.of(2021, 8, 19)).isEmpty());
    assertTrue(calendar.slotsOn(LocalDate.of(2021, 9, 3)).isEmpty());
    assertEquals(Instant.parse("2021-08-19T17:00:00Z"), calendar.start());
    assertEquals(Instant.parse("2021-09-02T17:00:00Z"), calendar.end());
  }

  @Test
  @DisplayName("the slots over since a moment are those that opened after it and whose grace has ended")
  void overSince() {
    SlotCalendar calendar = new SlotCalendar(vhd(), HCM, LocalDate.of(2021, 8, 20), LocalDate.of(2021, 9, 2));
    // Last heard from in the morning window of the 21st; now is 21st, 16:29 local (afternoon grace runs).
    List<Slot> over = calendar.overSince(Instant.parse("2021-08-21T02:00:00Z"), Instant.parse("2021-08-21T09:29:00Z"));
    assertTrue(over.isEmpty());
    over = calendar.overSince(Instant.parse("2021-08-21T02:00:00Z"), Instant.parse("2021-08-22T05:30:00Z"));
    assertEquals(List.of("afternoon", "evening", "morning"), over.stream().map(Slot::window).toList());
    assertEquals(LocalDate.of(2021, 8, 22), over.get(2).localDate());
    assertEquals(3, calendar.openingBetween(Instant.parse("2021-08-21T01:00:00Z"),
        Instant.parse("2021-08-22T01:00:00Z")).size());
  }
}
