package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.homewatch.core.schedule.RandomSpotChecks;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.SpotCheck;
import org.homewatch.model.SpotCheckState;
import org.homewatch.test.ScriptedPresenceVerifier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Issue 13.2's rules for a random spot-check policy, whatever the policy. */
class RandomSpotCheckPropertyTest {

  /** How the person answers each check the policy asks (the scripted verifier's reference prefixes). */
  enum Answer {
    PASS("pass"), FAIL("fail"), THROW("throw"), NULL("null"), NOT_PERFORMED("unsure"), NONE("");

    final String prefix;

    Answer(String prefix) {
      this.prefix = prefix;
    }
  }

  /** A policy drawn from the categories' bitmask, checks a day, the window's opening hour and its length. */
  static Gen<RandomSpotChecks> policies() {
    CaseCategory[] all = CaseCategory.values();
    return integers().between(1, (1 << all.length) - 1).zip(integers().between(1, 4),
        integers().between(0, 20), integers().between(0, 100), (mask, perDay, fromHour, longer) -> {
          Set<CaseCategory> categories = EnumSet.noneOf(CaseCategory.class);
          Arrays.stream(all).filter(c -> (mask & (1 << c.ordinal())) != 0).forEach(categories::add);
          LocalTime from = LocalTime.of(fromHour, 0);
          int minutes = 60 + (23 * 60 + 59 - 60 - fromHour * 60) * longer / 100;
          return new RandomSpotChecks(categories, perDay, from, from.plusMinutes(minutes));
        });
  }

  @Test
  @DisplayName("whatever the policy: a case outside it is never asked nor sent to the verifier; one inside is "
      + "asked at most perDay times a day; and a check it asks passes exactly when the verifier said PASSED")
  void policyNeverOverreaches() {
    qt().withExamples(15).withShrinkCycles(5)
        .forAll(policies(), arbitrary().enumValues(CaseCategory.class), arbitrary().enumValues(Answer.class))
        .checkAssert((policy, category, answer) -> {
          ScriptedPresenceVerifier verifier = new ScriptedPresenceVerifier();
          try (World world = RandomSpotChecksTest.world(policy, verifier)) {
            IsolationCase c = RandomSpotChecksTest.register(world, "Hoàng Văn Sơn", category);
            // Check-ins no check asked for (with a reference the verifier would pass) are never verified.
            RandomSpotChecksTest.checkIn(world, c, "pass-unasked-1");
            world.clock.advance(Duration.ofHours(1));
            RandomSpotChecksTest.checkIn(world, c, "pass-unasked-2");
            RandomSpotChecksTest.run(world, Duration.ofHours(30), Duration.ofMinutes(30), List.of(c),
                x -> answer == Answer.NONE ? Optional.empty() : Optional.of(answer.prefix));
            List<SpotCheck> asked = RandomSpotChecksTest.checks(world, c);
            String seen = policy + " " + category + " " + answer + " " + asked;
            if (!policy.covers(category)) {
              assertEquals(List.of(), asked, seen);
              assertEquals(List.of(), verifier.claims(), seen);
              return;
            }
            Map<LocalDate, Long> perDay = asked.stream().collect(Collectors.groupingBy(
                s -> LocalDate.ofInstant(s.requestedAt(), c.zone()), Collectors.counting()));
            assertTrue(perDay.values().stream().allMatch(n -> n <= policy.perDay()), seen);
            for (SpotCheck s : asked) {
              assertEquals(answer == Answer.PASS, s.state() == SpotCheckState.PASSED, seen);
            }
            assertEquals(answer == Answer.NONE ? 0 : asked.size(), verifier.claims().size(), seen);
          }
        });
  }
}
