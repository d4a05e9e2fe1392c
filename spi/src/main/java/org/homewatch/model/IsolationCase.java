package org.homewatch.model;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person monitored at home under a quarantine decision. Immutable: a change makes a new value with
 * {@code version + 1}, which stores accept only from a writer that read the previous version.
 *
 * @param responsibleUnit the commune whose health station answers for the case; alerts go there first
 * @param zone the local time zone of the person's declaration windows (default {@code Asia/Ho_Chi_Minh})
 * @param scheduleId which declaration schedule applies; empty for the category's default
 * @param householdHead a person who may declare for this one (no smartphone, a child)
 * @param previousCase the earlier case of the same person, when this is a new quarantine of someone known
 * @param history every change, oldest first
 */
public record IsolationCase(
    CaseId id,
    Person person,
    CaseCategory category,
    QuarantineDecision decision,
    CasePeriod period,
    CaseStatus status,
    JurisdictionPath responsibleUnit,
    Set<RiskFactor> riskFactors,
    ZoneId zone,
    Optional<String> scheduleId,
    Optional<PersonId> householdHead,
    Optional<CaseId> previousCase,
    MonitoringSummary monitoring,
    List<CaseChange> history,
    Instant createdAt,
    long version) {

  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  public IsolationCase {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(responsibleUnit, "responsibleUnit");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(scheduleId, "scheduleId");
    Objects.requireNonNull(householdHead, "householdHead");
    Objects.requireNonNull(previousCase, "previousCase");
    Objects.requireNonNull(monitoring, "monitoring");
    Objects.requireNonNull(createdAt, "createdAt");
    riskFactors = Set.copyOf(riskFactors);
    history = List.copyOf(history);
    new Checks()
        .require(responsibleUnit.level() == JurisdictionLevel.COMMUNE, "responsibleUnit",
            "homewatch.validation.case.unit", "a case is the responsibility of a commune, was " + responsibleUnit)
        .require(version >= 0, "version", "homewatch.validation.version", "version must not be negative")
        .throwIfAny();
  }

  /** A copy for the next version, with {@code change} appended to the history. */
  public IsolationCase next(CaseStatus newStatus, CasePeriod newPeriod, JurisdictionPath newUnit,
      MonitoringSummary newMonitoring, Optional<CaseChange> change) {
    List<CaseChange> newHistory = history;
    if (change.isPresent()) {
      var longer = new java.util.ArrayList<>(history);
      longer.add(change.get());
      newHistory = longer;
    }
    return new IsolationCase(id, person, category, decision, newPeriod, newStatus, newUnit, riskFactors, zone,
        scheduleId, householdHead, previousCase, newMonitoring, newHistory, createdAt, version + 1);
  }

  /** A copy for the next version with a new monitoring summary and nothing else changed. */
  public IsolationCase withMonitoring(MonitoringSummary newMonitoring) {
    return next(status, period, responsibleUnit, newMonitoring, Optional.empty());
  }

  /** The same case at another stored version (stores use this when they bump versions themselves). */
  public IsolationCase atVersion(long newVersion) {
    return new IsolationCase(id, person, category, decision, period, status, responsibleUnit, riskFactors, zone,
        scheduleId, householdHead, previousCase, monitoring, history, createdAt, newVersion);
  }
}
