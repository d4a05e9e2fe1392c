package org.homewatch.core.schedule.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.homewatch.core.schedule.RandomSpotChecks;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.CaseId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** When a random spot-check policy wants a case checked: spread over the window, per case, unpredictable. */
class RandomSpotCheckPlanTest {
  private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final LocalDate DAY = LocalDate.of(2021, 8, 17);
  private static final int LAST_MINUTE = 24 * 60 - 1;

  @Test
  @DisplayName("whatever the policy, a case gets perDay times a day, one in each equal part of the window, and "
      + "the latest due is the last of them not after now")
  void onePerPart() {
    qt().withExamples(200)
        .forAll(integers().between(1, RandomSpotChecks.MAX_PER_DAY), integers().between(0, LAST_MINUTE - 60),
            integers().between(0, 1000), integers().between(0, 24 * 60 - 1))
        .checkAssert((perDay, fromMinute, longer, nowMinute) -> {
          // The window: an hour, and up to all that is left of the day (by thousandths).
          int length = 60 + (LAST_MINUTE - 60 - fromMinute) * longer / 1000;
          LocalTime from = LocalTime.MIN.plusMinutes(fromMinute);
          RandomSpotChecks policy = RandomSpotChecks.of(perDay, from, from.plusMinutes(length), CaseCategory.F1);
          RandomSpotCheckPlan plan = RandomSpotCheckPlan.of(policy);
          CaseId c = CaseId.random();
          List<Instant> times = plan.timesOn(c, VN, DAY);
          assertEquals(perDay, times.size());
          Instant opens = DAY.atTime(from).atZone(VN).toInstant();
          long part = Duration.ofMinutes(length).toSeconds() / perDay;
          for (int i = 0; i < perDay; i++) {
            Instant partStarts = opens.plusSeconds(part * i);
            assertTrue(!times.get(i).isBefore(partStarts) && times.get(i).isBefore(partStarts.plusSeconds(part)),
                times + " part " + i);
          }
          assertEquals(times, plan.timesOn(c, VN, DAY), "the same plan gives the same times");
          Instant now = DAY.atStartOfDay(VN).toInstant().plus(Duration.ofMinutes(nowMinute));
          assertEquals(times.stream().filter(t -> !t.isAfter(now)).reduce((a, b) -> b),
              plan.latestDue(c, VN, now));
        });
  }

  @Test
  @DisplayName("the times differ from case to case, from day to day and from one instance's secret to another's")
  void unpredictable() {
    RandomSpotChecks policy = RandomSpotChecks.of(3, LocalTime.of(7, 0), LocalTime.of(21, 0), CaseCategory.F1);
    RandomSpotCheckPlan plan = RandomSpotCheckPlan.of(policy);
    RandomSpotCheckPlan otherInstance = RandomSpotCheckPlan.of(policy);
    List<CaseId> cases = IntStream.range(0, 20).mapToObj(i -> CaseId.random()).toList();
    assertNotEquals(cases.stream().map(c -> plan.timesOn(c, VN, DAY)).distinct().count(), 1L);
    assertNotEquals(cases.stream().map(c -> plan.timesOn(c, VN, DAY)).toList(),
        cases.stream().map(c -> plan.timesOn(c, VN, DAY.plusDays(1)).stream()
            .map(t -> t.minus(Duration.ofDays(1))).toList()).toList());
    assertNotEquals(cases.stream().map(c -> plan.timesOn(c, VN, DAY)).toList(),
        cases.stream().map(c -> otherInstance.timesOn(c, VN, DAY)).toList());
  }
}
