package org.homewatch.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homewatch.model.DeclarationId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DeclarationMatcherTest {

  static final LocalDate DAY = LocalDate.of(2021, 8, 20);
  // VHD in Ho Chi Minh City: 01–05, 07–09, 11–13 UTC; grace 30 minutes.
  static final List<Slot> SLOTS = new SlotCalendar(SlotCalendarTest.vhd(), SlotCalendarTest.HCM, DAY, DAY).all();
  static final Instant END_OF_DAY = Instant.parse("2021-08-20T17:00:00Z");

  static TimedDeclaration at(int n, String instant) {
    return new TimedDeclaration(new DeclarationId(new UUID(0, n)), Instant.parse(instant));
  }

  static List<SlotStatus> statuses(SlotMatching m) {
    return m.slots().stream().map(SlotFulfilment::status).toList();
  }

  @Test
  @DisplayName("a declaration inside a window fulfils it on time; one within grace fulfils it late")
  void onTimeAndLate() {
    SlotMatching m = DeclarationMatcher.match(SLOTS,
        List.of(at(1, "2021-08-20T02:00:00Z"), at(2, "2021-08-20T09:10:00Z")), END_OF_DAY);
    assertEquals(List.of(SlotStatus.ON_TIME, SlotStatus.LATE, SlotStatus.MISSED), statuses(m));
    assertEquals(Optional.of(new DeclarationId(new UUID(0, 2))), m.slots().get(1).declaration());
    assertEquals(List.of(), m.unscheduled());
  }

  @Test
  @DisplayName("a declaration between windows after grace, or a second one in a window, is unscheduled")
  void unscheduled() {
    SlotMatching m = DeclarationMatcher.match(SLOTS, List.of(at(1, "2021-08-20T02:00:00Z"),
        at(2, "2021-08-20T03:00:00Z"), at(3, "2021-08-20T06:00:00Z")), END_OF_DAY);
    assertEquals(List.of(SlotStatus.ON_TIME, SlotStatus.MISSED, SlotStatus.MISSED), statuses(m));
    assertEquals(List.of(2, 3), m.unscheduled().stream().map(d -> (int) d.id().value().getLeastSignificantBits())
        .toList());
  }

  @Test
  @DisplayName("a declaration exactly at the close is late, exactly at the grace end is unscheduled")
  void boundaries() {
    SlotMatching m = DeclarationMatcher.match(SLOTS, List.of(at(1, "2021-08-20T05:00:00Z"),
        at(2, "2021-08-20T09:30:00Z")), END_OF_DAY);
    assertEquals(List.of(SlotStatus.LATE, SlotStatus.MISSED, SlotStatus.MISSED), statuses(m));
    assertEquals(1, m.unscheduled().size());
  }

  @Test
  @DisplayName("slots whose grace has not ended yet are pending, not missed")
  void pending() {
    SlotMatching m = DeclarationMatcher.match(SLOTS, List.of(), Instant.parse("2021-08-20T05:29:59Z"));
    assertEquals(List.of(SlotStatus.PENDING, SlotStatus.PENDING, SlotStatus.PENDING), statuses(m));
    m = DeclarationMatcher.match(SLOTS, List.of(), Instant.parse("2021-08-20T05:30:00Z"));
    assertEquals(List.of(SlotStatus.MISSED, SlotStatus.PENDING, SlotStatus.PENDING), statuses(m));
  }

  @Test
  @DisplayName("with back-to-back windows a declaration goes to the open window first, a second one to the "
      + "previous slot still in grace")
  void backToBack() {
    List<Slot> six = new SlotCalendar(DeclarationSchedule.everyHours("six", 6, java.time.Duration.ofHours(1),
        List.of()), SlotCalendarTest.HCM, DAY, DAY).all();
    // 06:10 and 06:20 local: the 06–12 window is open, the 00–06 slot is in grace.
    SlotMatching m = DeclarationMatcher.match(six, List.of(at(1, "2021-08-19T23:10:00Z"),
        at(2, "2021-08-19T23:20:00Z")), END_OF_DAY);
    // The last slot closes at midnight and its hour of grace still runs.
    assertEquals(List.of(SlotStatus.LATE, SlotStatus.ON_TIME, SlotStatus.MISSED, SlotStatus.PENDING), statuses(m));
    assertEquals(Optional.of(new DeclarationId(new UUID(0, 1))), m.slots().get(1).declaration());
  }

  @Test
  @DisplayName("the result does not depend on the order declarations are given in")
  void orderIndependent() {
    List<TimedDeclaration> ds = List.of(at(1, "2021-08-20T02:00:00Z"), at(2, "2021-08-20T02:00:00Z"),
        at(3, "2021-08-20T05:10:00Z"));
    assertEquals(DeclarationMatcher.match(SLOTS, ds, END_OF_DAY),
        DeclarationMatcher.match(SLOTS, List.of(ds.get(2), ds.get(1), ds.get(0)), END_OF_DAY));
  }
}
