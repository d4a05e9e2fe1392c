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
 * @param resolveWithin per severity, how long whoever acknowledged an alert has to resolve it before they are
 *     reminded; after the reminder they have as long again as the commune had to acknowledge it
 *     ({@link #acknowledgeWithin(Severity)}), and then the alert escalates unresolved, OPEN one level up. Without
 *     this an acknowledged EMERGENCY whose handler went quiet would stall forever.
 */
public record AlertPolicy(Severity openAt, Map<Severity, Duration> acknowledgeWithin,
    Duration escalatedAcknowledgeWithin, Map<Severity, Duration> resolveWithin) {
  /**
   * The longest time the policy may give (ten years, as the longest retention): anything longer is a mistake, and a
   * duration too long for an {@code Instant} would make every alert opened, acknowledged or escalated fail at run
   * time instead of here.
   */
  public static final Duration LONGEST = Duration.ofDays(3650);

  /**
   * Refuses a NORMAL opening severity, missing, non-positive or over-{@link #LONGEST} times for a severity that
   * opens alerts, and such an escalated time; copies the maps.
   *
   * @param openAt the least severity that opens (or raises) a health alert
   * @param acknowledgeWithin per severity, how long the commune has to acknowledge
   * @param escalatedAcknowledgeWithin how long each higher level has after an escalation
   * @param resolveWithin per severity, how long whoever acknowledged an alert has to resolve it before they are
   *     reminded
   * @throws org.homewatch.ConfigurationException if the policy is not acceptable
   */
  public AlertPolicy {
    Objects.requireNonNull(openAt, "openAt");
    Objects.requireNonNull(escalatedAcknowledgeWithin, "escalatedAcknowledgeWithin");
    acknowledgeWithin = Map.copyOf(acknowledgeWithin);
    resolveWithin = Map.copyOf(resolveWithin);
    for (Severity s : Severity.values()) {
      if (s.isAtLeast(openAt) && !resolveWithin.containsKey(s)) {
        throw new ConfigurationException("the alert policy has no resolve-within time for " + s);
      }
    }
    for (Duration d : resolveWithin.values()) {
      if (d.isNegative() || d.isZero() || d.compareTo(LONGEST) > 0) {
        throw new ConfigurationException("resolve-within times must be positive and at most " + LONGEST + ", was "
            + d);
      }
    }
    if (escalatedAcknowledgeWithin.isNegative() || escalatedAcknowledgeWithin.isZero()
        || escalatedAcknowledgeWithin.compareTo(LONGEST) > 0) {
      throw new ConfigurationException("escalatedAcknowledgeWithin must be positive and at most " + LONGEST
          + ", was " + escalatedAcknowledgeWithin);
    }
    if (openAt == Severity.NORMAL) {
      throw new ConfigurationException("alerts cannot open at NORMAL: every declaration would page someone");
    }
    for (Severity s : Severity.values()) {
      if (s.isAtLeast(openAt) && !acknowledgeWithin.containsKey(s)) {
        throw new ConfigurationException("the alert policy has no acknowledge-within time for " + s);
      }
    }
    for (Duration d : acknowledgeWithin.values()) {
      if (d.isNegative() || d.isZero() || d.compareTo(LONGEST) > 0) {
        throw new ConfigurationException("acknowledge-within times must be positive and at most " + LONGEST
            + ", was " + d);
      }
    }
  }

  /**
   * The policy of the first releases, with the {@linkplain #defaultResolveWithin() default resolve times}.
   *
   * @param openAt the least severity that opens (or raises) a health alert
   * @param acknowledgeWithin per severity, how long the commune has to acknowledge
   * @param escalatedAcknowledgeWithin how long each higher level has after an escalation
   */
  public AlertPolicy(Severity openAt, Map<Severity, Duration> acknowledgeWithin, Duration escalatedAcknowledgeWithin) {
    this(openAt, acknowledgeWithin, escalatedAcknowledgeWithin, defaultResolveWithin());
  }

  /**
   * Alerts open at ABNORMAL (the Ministry's warning signs); EMERGENCY must be taken within 15 minutes, ABNORMAL
   * within an hour, WATCH (if a province opens at WATCH) within four; each escalated level has 30 minutes. Once
   * taken, see {@link #defaultResolveWithin()}.
   *
   * @return the default policy
   */
  public static AlertPolicy defaults() {
    Map<Severity, Duration> within = new EnumMap<>(Severity.class);
    within.put(Severity.WATCH, Duration.ofHours(4));
    within.put(Severity.ABNORMAL, Duration.ofHours(1));
    within.put(Severity.EMERGENCY, Duration.ofMinutes(15));
    return new AlertPolicy(Severity.ABNORMAL, within, Duration.ofMinutes(30), defaultResolveWithin());
  }

  /**
   * An acknowledged EMERGENCY must be resolved (the person sent to hospital, or found well) within one hour, an
   * ABNORMAL within four (a home visit in the same shift), a WATCH within a day. These are our choice, not the
   * Ministry's: Decision 261 asks for an emergency to be moved "immediately" and names no figure.
   *
   * @return the times per severity, a new mutable map
   */
  public static Map<Severity, Duration> defaultResolveWithin() {
    Map<Severity, Duration> within = new EnumMap<>(Severity.class);
    within.put(Severity.WATCH, Duration.ofHours(24));
    within.put(Severity.ABNORMAL, Duration.ofHours(4));
    within.put(Severity.EMERGENCY, Duration.ofHours(1));
    return within;
  }

  /**
   * The same policy with {@code severity} to be resolved within {@code within} once acknowledged.
   *
   * @param severity a severity that opens alerts
   * @param within the new resolve time; positive
   * @return the changed policy
   */
  public AlertPolicy withResolveWithin(Severity severity, Duration within) {
    Map<Severity, Duration> changed = new EnumMap<>(Severity.class);
    changed.putAll(resolveWithin);
    changed.put(Objects.requireNonNull(severity, "severity"), Objects.requireNonNull(within, "within"));
    return new AlertPolicy(openAt, acknowledgeWithin, escalatedAcknowledgeWithin, changed);
  }

  /**
   * How long whoever acknowledged an alert of {@code severity} has to resolve it before being reminded.
   *
   * @param severity the alert's severity
   * @return the resolve time
   */
  public Duration resolveWithin(Severity severity) {
    return resolveWithin.getOrDefault(severity, resolveWithin.get(openAt));
  }

  /**
   * Whether a finding of this severity opens (or raises) an alert.
   *
   * @param severity the finding's severity
   * @return true if at least the opening severity
   */
  public boolean opens(Severity severity) {
    return severity.isAtLeast(openAt);
  }

  /**
   * How long the commune has to acknowledge an alert of this severity.
   *
   * @param severity the alert's severity
   * @return the time; the opening severity's for a lower one
   */
  public Duration acknowledgeWithin(Severity severity) {
    return acknowledgeWithin.getOrDefault(severity, acknowledgeWithin.get(openAt));
  }
}
