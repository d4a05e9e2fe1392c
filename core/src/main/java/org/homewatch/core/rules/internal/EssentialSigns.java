package org.homewatch.core.rules.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.homewatch.core.rules.CaseFacts;
import org.homewatch.core.rules.RuleSet;
import org.homewatch.model.AlertKind;
import org.homewatch.model.Assessment;
import org.homewatch.model.Declaration;
import org.homewatch.model.Evidence;
import org.homewatch.model.Finding;
import org.homewatch.model.RuleSetRef;
import org.homewatch.model.Severity;
import org.homewatch.model.Symptom;
import org.homewatch.model.Vitals;

/**
 * A few of the Ministry of Health's warning signs (Decision 261/QĐ-BYT, adults), written by hand: the default
 * until the data-driven rule sets are wired in. SpO2 ≤ 96 % and respiratory rate ≥ 20/min are abnormal, SpO2
 * under 94 % an emergency; pulse over 120 or under 50 abnormal; shortness of breath or chest pain abnormal,
 * confusion or cyanosis an emergency; fever of 38.5 °C or more worth watching.
 */
public final class EssentialSigns implements RuleSet {
  private static final RuleSetRef REF = new RuleSetRef("essential-signs", 1);

  @Override
  public RuleSetRef ref() {
    return REF;
  }

  @Override
  public Duration historyWindow() {
    return Duration.ZERO;
  }

  @Override
  public Assessment assess(Declaration d, CaseFacts facts, List<Declaration> history, Instant assessedAt) {
    List<Finding> findings = new ArrayList<>(2);
    Vitals v = d.vitals();
    if (v.spo2Percent().isPresent()) {
      int spo2 = v.spo2Percent().getAsInt();
      if (spo2 < 94) {
        findings.add(health("essential.spo2.emergency", Severity.EMERGENCY, "spo2Percent", spo2, "<", "94"));
      } else if (spo2 <= 96) {
        findings.add(health("essential.spo2", Severity.ABNORMAL, "spo2Percent", spo2, "<=", "96"));
      }
    }
    if (v.respiratoryRatePerMinute().isPresent() && v.respiratoryRatePerMinute().getAsInt() >= 20) {
      findings.add(health("essential.respiratoryRate", Severity.ABNORMAL, "respiratoryRatePerMinute",
          v.respiratoryRatePerMinute().getAsInt(), ">=", "20"));
    }
    if (v.pulsePerMinute().isPresent()) {
      int pulse = v.pulsePerMinute().getAsInt();
      if (pulse > 120) {
        findings.add(health("essential.pulse.high", Severity.ABNORMAL, "pulsePerMinute", pulse, ">", "120"));
      } else if (pulse < 50) {
        findings.add(health("essential.pulse.low", Severity.ABNORMAL, "pulsePerMinute", pulse, "<", "50"));
      }
    }
    if (v.temperatureCelsius().isPresent() && v.temperatureCelsius().getAsDouble() >= 38.5) {
      findings.add(new Finding("essential.fever", Severity.WATCH, AlertKind.HEALTH, "essential.fever",
          List.of(new Evidence("temperatureCelsius", Double.toString(v.temperatureCelsius().getAsDouble()), ">=",
              "38.5"))));
    }
    symptom(d, Symptom.SHORTNESS_OF_BREATH, Severity.ABNORMAL, findings);
    symptom(d, Symptom.CHEST_PAIN, Severity.ABNORMAL, findings);
    symptom(d, Symptom.CONFUSION, Severity.EMERGENCY, findings);
    symptom(d, Symptom.CYANOSIS, Severity.EMERGENCY, findings);
    Severity worst = Severity.NORMAL;
    for (Finding f : findings) {
      worst = Severity.max(worst, f.severity());
    }
    return new Assessment(d.id(), d.caseId(), worst, findings, REF, assessedAt);
  }

  private static Finding health(String id, Severity severity, String subject, int observed, String op,
      String threshold) {
    return new Finding(id, severity, AlertKind.HEALTH, id,
        List.of(new Evidence(subject, Integer.toString(observed), op, threshold)));
  }

  private static void symptom(Declaration d, Symptom symptom, Severity severity, List<Finding> out) {
    if (d.has(symptom)) {
      out.add(new Finding("essential." + symptom.code(), severity, AlertKind.HEALTH, "essential." + symptom.code(),
          List.of(new Evidence("symptoms", symptom.code(), "present", "true"))));
    }
  }
}
