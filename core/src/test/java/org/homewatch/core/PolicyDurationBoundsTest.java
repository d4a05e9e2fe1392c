package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.homewatch.ConfigurationException;
import org.homewatch.core.alerts.AlertPolicy;
import org.homewatch.model.Severity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Probes of the durations the background work adds to "now": one too long for an {@code Instant} would make every
 * run of a job (or every submission that opens an alert) throw a {@code DateTimeException} at run time; it is refused
 * when the instance is configured, naming the option.
 */
class PolicyDurationBoundsTest {
  private static final Duration FOREVER = Duration.ofSeconds(Long.MAX_VALUE);
  private static final Duration TEN_YEARS_AND_A_DAY = Duration.ofDays(3651);
  private static final Map<Severity, Duration> HOURS = Map.of(Severity.WATCH, Duration.ofHours(4),
      Severity.ABNORMAL, Duration.ofHours(1), Severity.EMERGENCY, Duration.ofMinutes(15));

  private static void refusedNaming(String option, Executable configure) {
    ConfigurationException refused = assertThrows(ConfigurationException.class, configure, option);
    assertTrue(refused.getMessage().contains(option), refused.getMessage());
  }

  @Test
  @DisplayName("a feedback answer time, an outbox lease, or an alert policy's acknowledge, escalated or resolve "
      + "time over 3,650 days is a ConfigurationException naming it; 3,650 days is accepted")
  void tooLongRefused() {
    for (Duration tooLong : List.of(FOREVER, TEN_YEARS_AND_A_DAY)) {
      refusedNaming("feedbackAnswerWithin", () -> Homewatch.builder().feedbackAnswerWithin(tooLong));
      refusedNaming("outboxLease", () -> Homewatch.builder().outboxLease(tooLong));
      Map<Severity, Duration> tooLongEach = Map.of(Severity.WATCH, tooLong, Severity.ABNORMAL, tooLong,
          Severity.EMERGENCY, tooLong);
      refusedNaming("acknowledge", () -> new AlertPolicy(Severity.ABNORMAL, tooLongEach, Duration.ofMinutes(30)));
      refusedNaming("escalatedAcknowledgeWithin", () -> new AlertPolicy(Severity.ABNORMAL, HOURS, tooLong));
      refusedNaming("resolve", () -> AlertPolicy.defaults().withResolveWithin(Severity.ABNORMAL, tooLong));
    }
    Duration tenYears = Duration.ofDays(3650);
    Homewatch.builder().feedbackAnswerWithin(tenYears);
    new AlertPolicy(Severity.ABNORMAL, Map.of(Severity.WATCH, tenYears, Severity.ABNORMAL, tenYears,
        Severity.EMERGENCY, tenYears), tenYears, Map.of(Severity.WATCH, tenYears, Severity.ABNORMAL, tenYears,
        Severity.EMERGENCY, tenYears));
  }
}
