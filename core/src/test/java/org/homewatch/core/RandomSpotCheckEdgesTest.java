package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.homewatch.core.schedule.RandomSpotChecks;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.PageRequest;
import org.homewatch.model.SpotCheck;
import org.homewatch.test.RecordingChannel;
import org.homewatch.test.ScriptedPresenceVerifier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Probes of the random spot-check policy at its edges: a node that was down, and several nodes. */
class RandomSpotCheckEdgesTest {
  private static final RandomSpotChecks TWO_A_DAY =
      RandomSpotChecks.of(2, LocalTime.of(8, 0), LocalTime.of(20, 0), CaseCategory.F1);

  @Test
  @DisplayName("no policy check is asked outside the daily window: a job that did not run all day (the node was "
      + "down) and runs at 22:00 or at 03:00 asks nobody")
  void neverOutsideTheWindow() {
    try (World world = RandomSpotChecksTest.world(TWO_A_DAY, new ScriptedPresenceVerifier())) {
      List<IsolationCase> cases = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        cases.add(RandomSpotChecksTest.register(world, "Người " + i, CaseCategory.F1));
      }
      IsolationCase first = cases.get(0);
      world.clock.set(World.TODAY.atTime(22, 0).atZone(first.zone()).toInstant());
      assertEquals(0, world.homewatch.spotChecks().requestRandomDue(world.system, PageRequest.first(100))
          .requested(), "asked at 22:00, outside 08:00-20:00");
      world.clock.set(World.TODAY.plusDays(1).atTime(3, 0).atZone(first.zone()).toInstant());
      assertEquals(0, world.homewatch.spotChecks().requestRandomDue(world.system, PageRequest.first(100))
          .requested(), "asked at 03:00");
    }
  }

  @Test
  @DisplayName("a time drawn in the window's last minutes, which the job meets only after the close, is still asked "
      + "within 30 minutes of the close, and not later")
  void lastMinutesOfTheWindow() {
    RandomSpotChecks onePerDay = RandomSpotChecks.of(1, LocalTime.of(19, 59), LocalTime.of(21, 0),
        CaseCategory.F1);
    try (World world = RandomSpotChecksTest.world(onePerDay, new ScriptedPresenceVerifier())) {
      IsolationCase late = RandomSpotChecksTest.register(world, "Người muộn", CaseCategory.F1);
      RandomSpotChecksTest.register(world, "Người muộn hơn", CaseCategory.F1);
      // the one part is 19:59-21:00: by 21:00 every case's time has come, and no job ran since 19:59
      world.clock.set(World.TODAY.plusDays(1).atTime(21, 30).atZone(late.zone()).toInstant());
      assertEquals(2, world.homewatch.spotChecks().requestRandomDue(world.system, PageRequest.first(100))
          .requested(), "asked at 21:30, within 30 minutes of the close");
      world.clock.set(World.TODAY.plusDays(2).atTime(21, 31).atZone(late.zone()).toInstant());
      assertEquals(0, world.homewatch.spotChecks().requestRandomDue(world.system, PageRequest.first(100))
          .requested(), "asked at 21:31, more than 30 minutes after the close");
    }
  }

  @Test
  @DisplayName("two nodes, each with its own secret, still spread a case's checks over the day: with 2 a day "
      + "from 08:00 to 20:00, one in each half of the window, not both in the morning")
  void twoNodesSpreadTheChecks() {
    try (World world = RandomSpotChecksTest.world(TWO_A_DAY, new ScriptedPresenceVerifier());
        Homewatch second = Homewatch.builder().storage(world.storage).channel(new RecordingChannel("test"))
            .personChannel("test").clock(world.clock).randomSpotChecks(TWO_A_DAY).build()) {
      List<IsolationCase> cases = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        cases.add(RandomSpotChecksTest.register(world, "Người " + i, CaseCategory.F1));
      }
      world.clock.set(World.TODAY.plusDays(1).atTime(0, 5).atZone(cases.get(0).zone()).toInstant());
      for (int step = 0; step < 24 * 6; step++) {
        world.clock.advance(Duration.ofMinutes(10));
        for (Homewatch node : List.of(world.homewatch, second)) {
          node.spotChecks().requestRandomDue(world.system, PageRequest.first(100));
          node.spotChecks().settleDue(world.system, PageRequest.first(100));
        }
      }
      for (IsolationCase c : cases) {
        List<SpotCheck> asked = RandomSpotChecksTest.checks(world, c);
        Map<Boolean, Long> byHalf = asked.stream().collect(Collectors.partitioningBy(
            s -> ZonedDateTime.ofInstant(s.requestedAt(), c.zone()).toLocalTime().isBefore(LocalTime.of(14, 0)),
            Collectors.counting()));
        // At most one in each half (a time in the last minutes may be dropped when no run came before the close).
        assertTrue(byHalf.get(true) <= 1 && byHalf.get(false) <= 1 && !asked.isEmpty(), asked.toString());
        assertTrue(asked.stream().allMatch(s -> LocalDate.ofInstant(s.requestedAt(), c.zone())
            .equals(World.TODAY.plusDays(1))));
      }
    }
  }
}
