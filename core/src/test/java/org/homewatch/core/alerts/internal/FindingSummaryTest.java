package org.homewatch.core.alerts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.homewatch.core.notify.internal.BundleNotificationComposer;
import org.homewatch.model.AlertKind;
import org.homewatch.model.Assessment;
import org.homewatch.model.CaseId;
import org.homewatch.model.DeclarationId;
import org.homewatch.model.Evidence;
import org.homewatch.model.Finding;
import org.homewatch.model.RuleSetRef;
import org.homewatch.model.Severity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FindingSummaryTest {
  private static Finding vital(String id, Severity s, String subject, String observed) {
    return new Finding(id, s, AlertKind.HEALTH, id, List.of(new Evidence(subject, observed, "<=", "96")));
  }

  private static Finding sign(String key, Severity s) {
    return new Finding(key, s, AlertKind.HEALTH, key, List.of(new Evidence("symptoms", "x", "present", "")));
  }

  private static Assessment assessment(Finding... findings) {
    return new Assessment(DeclarationId.random(), CaseId.random(), Severity.EMERGENCY, List.of(findings),
        new RuleSetRef("t", 1), Instant.EPOCH);
  }

  @Test
  @DisplayName("measurements come first, each once, then the signs in words; at most three, the rest counted")
  void shortLine() {
    FindingSummary summary = new FindingSummary(new BundleNotificationComposer(), Locale.ENGLISH);
    Assessment a = assessment(
        vital("spo2", Severity.ABNORMAL, "spo2Percent", "93"),
        vital("spo2.emergency", Severity.EMERGENCY, "spo2Percent", "93"),
        vital("rr", Severity.ABNORMAL, "respiratoryRatePerMinute", "24"),
        sign("rules.breathing", Severity.ABNORMAL),
        sign("rules.symptoms.common", Severity.WATCH),
        new Finding("offsite", Severity.ABNORMAL, AlertKind.OFF_SITE, "offsite", List.of()));
    assertEquals("SpO2 93 %; breathing 24/min; " + org.homewatch.core.rules.RuleMessages.text("rules.breathing",
        Locale.ENGLISH) + " (+1 more signs)", summary.summarize(a, AlertKind.HEALTH));
  }

  @Test
  @DisplayName("Vietnamese is the default wording")
  void vietnamese() {
    FindingSummary summary = new FindingSummary(new BundleNotificationComposer(), new Locale("vi", "VN"));
    assertEquals("nhịp thở 24/phút", summary.summarize(
        assessment(vital("rr", Severity.ABNORMAL, "respiratoryRatePerMinute", "24")), AlertKind.HEALTH));
  }
}
