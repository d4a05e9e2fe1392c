package org.homewatch.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RemindersTest {

  // VHD in Ho Chi Minh City (01–05, 07–09, 11–13 UTC), reminders 1 h before the close.
  static final SlotCalendar CALENDAR = new SlotCalendar(SlotCalendarTest.vhd(), SlotCalendarTest.HCM,
      LocalDate.of(2021, 8, 20), LocalDate.of(2021, 8, 21));

  static List<Instant> due(Optional<Instant> lastHeardFrom, String from, String to) {
    return Reminders.dueBetween(CALENDAR, lastHeardFrom, Instant.parse(from), Instant.parse(to)).stream()
        .map(Reminder::at).toList();
  }

  @Test
  @DisplayName("a reminder is due an hour before each window closes, once, in the interval that holds it")
  void due() {
    assertEquals(List.of(Instant.parse("2021-08-20T04:00:00Z"), Instant.parse("2021-08-20T08:00:00Z"),
        Instant.parse("2021-08-20T12:00:00Z")), due(Optional.empty(), "2021-08-19T17:00:00Z", "2021-08-20T17:00:00Z"));
    assertEquals(List.of(Instant.parse("2021-08-20T04:00:00Z")),
        due(Optional.empty(), "2021-08-20T03:59:00Z", "2021-08-20T04:00:00Z"));
    assertEquals(List.of(), due(Optional.empty(), "2021-08-20T04:00:00Z", "2021-08-20T04:01:00Z"));
  }

  @Test
  @DisplayName("no reminder for a window the person already declared in")
  void alreadyDeclared() {
    assertEquals(List.of(), due(Optional.of(Instant.parse("2021-08-20T02:00:00Z")), "2021-08-20T03:00:00Z",
        "2021-08-20T05:00:00Z"));
    assertEquals(List.of(Instant.parse("2021-08-20T04:00:00Z")), due(Optional.of(Instant.parse(
        "2021-08-19T12:00:00Z")), "2021-08-20T03:00:00Z", "2021-08-20T05:00:00Z"));
  }

  @Test
  @DisplayName("an offset longer than the window is not sent before the window opens")
  void offsetLongerThanWindow() {
    DeclarationSchedule longReminder = new DeclarationSchedule("r", SlotCalendarTest.vhd().windows(), Duration.ZERO,
        List.of(Duration.ofHours(3)));
    SlotCalendar c = new SlotCalendar(longReminder, SlotCalendarTest.HCM, LocalDate.of(2021, 8, 20),
        LocalDate.of(2021, 8, 20));
    // 3 h before 12:00 is inside the 08–12 window; before 16:00 and 20:00 the 2-hour windows are not open yet.
    assertEquals(List.of(Instant.parse("2021-08-20T02:00:00Z")), Reminders.dueBetween(c, Optional.empty(),
        Instant.parse("2021-08-19T17:00:00Z"), Instant.parse("2021-08-20T17:00:00Z")).stream().map(Reminder::at)
        .toList());
  }
}
