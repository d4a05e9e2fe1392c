package org.homewatch.core.schedule;

import static org.homewatch.core.schedule.DeclarationMatcherTest.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ComplianceTest {

  static final SlotCalendar TWO_DAYS = new SlotCalendar(SlotCalendarTest.vhd(), SlotCalendarTest.HCM,
      LocalDate.of(2021, 8, 20), LocalDate.of(2021, 8, 21));

  @Test
  @DisplayName("per day: expected, on time, late, missed, pending and unscheduled")
  void perDay() {
    Compliance c = Compliance.of(TWO_DAYS, List.of(at(1, "2021-08-20T02:00:00Z"), at(2, "2021-08-20T09:10:00Z"),
        at(3, "2021-08-20T10:00:00Z"), at(4, "2021-08-21T02:00:00Z")), Instant.parse("2021-08-21T08:00:00Z"));
    assertEquals(new DailyCompliance(LocalDate.of(2021, 8, 20), 3, 1, 1, 1, 0, 1), c.days().get(0));
    assertEquals(new DailyCompliance(LocalDate.of(2021, 8, 21), 3, 1, 0, 0, 2, 0), c.days().get(1));
    assertEquals(0, c.consecutiveMissed());
    assertEquals(Optional.of(Instant.parse("2021-08-21T02:00:00Z")), c.lastHeardFrom());
  }

  @Test
  @DisplayName("consecutive missed counts the slots over since the last declaration, of any kind")
  void consecutive() {
    Instant now = Instant.parse("2021-08-21T14:00:00Z");
    assertEquals(6, Compliance.of(TWO_DAYS, List.of(), now).consecutiveMissed());
    // Heard from on time on the 20th's morning: the 5 slots after it are missed in a row.
    assertEquals(5, Compliance.of(TWO_DAYS, List.of(at(1, "2021-08-20T02:00:00Z")), now).consecutiveMissed());
    // A declaration between windows on the 21st fulfils nothing but ends the run: only the evening slot after it.
    Compliance c = Compliance.of(TWO_DAYS, List.of(at(1, "2021-08-20T02:00:00Z"), at(2, "2021-08-21T10:00:00Z")),
        now);
    assertEquals(1, c.consecutiveMissed());
    assertEquals(5, c.missed());
  }

  @Test
  @DisplayName("declarations outside the calendar's days are counted apart")
  void outside() {
    Compliance c = Compliance.of(TWO_DAYS, List.of(at(1, "2021-08-25T02:00:00Z")),
        Instant.parse("2021-08-26T00:00:00Z"));
    assertEquals(1, c.outsidePeriod());
    assertEquals(0, c.days().stream().mapToInt(DailyCompliance::unscheduled).sum());
    assertEquals(6, c.missed());
  }
}
