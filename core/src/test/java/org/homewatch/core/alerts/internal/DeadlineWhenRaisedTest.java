package org.homewatch.core.alerts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertId;
import org.homewatch.model.AlertKind;
import org.homewatch.model.AlertStatus;
import org.homewatch.model.CaseId;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.JurisdictionScheme;
import org.homewatch.model.Severity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DeadlineWhenRaisedTest {
  private static final Instant NOW = Instant.parse("2021-08-19T01:30:00Z");
  private static final Instant FRESH = NOW.plus(Duration.ofMinutes(15));

  private static Alert alert(AlertStatus status, Instant acknowledgeBy) {
    return Alert.builder().id(AlertId.random()).caseId(CaseId.random()).kind(AlertKind.HEALTH)
        .severity(Severity.ABNORMAL).status(status)
        .responsibleUnit(JurisdictionPath.of(JurisdictionScheme.GSO_2021, "64", "633", "23941"))
        .openedAt(NOW.minus(Duration.ofDays(1))).acknowledgeBy(acknowledgeBy).summary("").version(3).build();
  }

  @Test
  @DisplayName("a raised alert never keeps a deadline that has passed")
  void passedDeadlineIsReplaced() {
    assertEquals(FRESH, CaseAlertChanges.deadlineWhenRaised(alert(AlertStatus.OPEN, NOW.minusSeconds(60)), FRESH, NOW));
  }

  @Test
  @DisplayName("an acknowledged alert raised again gets the fresh deadline even if its old one is still ahead")
  void acknowledgedGetsFresh() {
    assertEquals(FRESH, CaseAlertChanges.deadlineWhenRaised(alert(AlertStatus.ACKNOWLEDGED, NOW.plusSeconds(60)), FRESH,
        NOW));
  }

  @Test
  @DisplayName("an open alert still waiting under a nearer deadline keeps it")
  void nearerOpenDeadlineKept() {
    Instant nearer = NOW.plusSeconds(60);
    assertEquals(nearer, CaseAlertChanges.deadlineWhenRaised(alert(AlertStatus.OPEN, nearer), FRESH, NOW));
  }
}
