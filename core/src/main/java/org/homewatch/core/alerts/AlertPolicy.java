package org.homewatch.core.alerts;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.homewatch.ConfigurationException;
import org.homewatch.model.Severity;

/**
 * When an assessment opens an alert, and how long the responsible unit has to acknowledge it before the unit
 * above is notified. Policy data: a province may be stricter.
 *
 * @param openAt the least severity that opens (or raises) a health alert; below it the case's summary records
 *     the severity and the line list shows it, but nobody is paged
 * @param acknowledgeWithin per severity, how long the commune has to acknowledge
 * @param escalatedAcknowledgeWithin how long each higher level has after an escalation
 */
public record AlertPolicy(Severity openAt, Map<Severity, Duration> acknowledgeWithin,
    Duration escalatedAcknowledgeWithin) {

  public AlertPolicy {
    Objects.requireNonNull(openAt, "openAt");
    Objects.requireNonNull(escalatedAcknowledgeWithin, "escalatedAcknowledgeWithin");
    acknowledgeWithin = Map.copyOf(acknowledgeWithin);
    if (openAt == Severity.NORMAL) {
      throw new ConfigurationException("alerts cannot open at NORMAL: every declaration would page someone");
    }
    for (Severity s : Severity.values()) {
      if (s.isAtLeast(openAt) && !acknowledgeWithin.containsKey(s)) {
        throw new ConfigurationException("the alert policy has no acknowledge-within time for " + s);
      }
    }
    for (Duration d : acknowledgeWithin.values()) {
      if (d.isNegative() || d.isZero()) {
        throw new ConfigurationException("acknowledge-within times must be positive, was " + d);
      }
    }
  }

  /**
   * Alerts open at ABNORMAL (the Ministry's warning signs); EMERGENCY must be taken within 15 minutes, ABNORMAL
   * within an hour, WATCH (if a province opens at WATCH) within four; each escalated level has 30 minutes.
   */
  public static AlertPolicy defaults() {
    Map<Severity, Duration> within = new EnumMap<>(Severity.class);
    within.put(Severity.WATCH, Duration.ofHours(4));
    within.put(Severity.ABNORMAL, Duration.ofHours(1));
    within.put(Severity.EMERGENCY, Duration.ofMinutes(15));
    return new AlertPolicy(Severity.ABNORMAL, within, Duration.ofMinutes(30));
  }

  public boolean opens(Severity severity) {
    return severity.isAtLeast(openAt);
  }

  public Duration acknowledgeWithin(Severity severity) {
    return acknowledgeWithin.getOrDefault(severity, acknowledgeWithin.get(openAt));
  }
}
