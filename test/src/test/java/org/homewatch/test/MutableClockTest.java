package org.homewatch.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MutableClockTest {
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Test
  @DisplayName("the clock stands still until the test moves it, forward by a duration or to an instant")
  void movesOnlyWhenTold() {
    MutableClock clock = new MutableClock(GiaLai.START);
    assertEquals(GiaLai.START, clock.instant());
    clock.advance(Duration.ofHours(17));
    assertEquals(GiaLai.START.plus(Duration.ofHours(17)), clock.instant());
    clock.set(Instant.parse("2021-09-01T00:00:00Z"));
    assertEquals(Instant.parse("2021-09-01T00:00:00Z"), clock.instant());
  }

  @Test
  @DisplayName("a clock made for another zone follows the original: the day in Vietnam turns at 17:00 UTC")
  void zonedCopiesFollow() {
    MutableClock clock = new MutableClock(Instant.parse("2021-08-16T16:59:00Z"));
    Clock vietnam = clock.withZone(VIETNAM);
    assertEquals(LocalDate.of(2021, 8, 16), LocalDate.now(vietnam));
    clock.advance(Duration.ofMinutes(1));
    assertEquals(LocalDate.of(2021, 8, 17), LocalDate.now(vietnam));
    assertEquals(VIETNAM, new MutableClock(GiaLai.START, VIETNAM).getZone());
  }
}
