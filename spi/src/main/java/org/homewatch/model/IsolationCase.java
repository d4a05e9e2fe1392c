package org.homewatch.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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
        .require(responsibleUnit.holdsPeople(), "responsibleUnit", "homewatch.validation.case.unit",
            "a case is the responsibility of a commune (or of a district without communes), was " + responsibleUnit)
        .require(version >= 0, "version", "homewatch.validation.version", "version must not be negative")
        .throwIfAny();
  }

  /** PENDING to ACTIVE: the period has begun. The next version, with {@code change} in the history. */
  public IsolationCase activated(CaseChange change) {
    return toBuilder().status(CaseStatus.ACTIVE).buildNext(change);
  }

  /**
   * The case closes as {@code closedAs} (COMPLETED, ESCALATED, TRANSFERRED, CANCELLED), its period ending on
   * {@code lastDay}. Whether the case may close so is core's rule; this only makes the value.
   *
   * @throws IllegalArgumentException if {@code closedAs} is not a closed status
   */
  public IsolationCase closed(CaseStatus closedAs, LocalDate lastDay, CaseChange change) {
    if (!closedAs.isClosed()) {
      throw new IllegalArgumentException(closedAs + " is not a status a case closes with");
    }
    return toBuilder().status(closedAs).period(period.endedOn(lastDay)).buildNext(change);
  }

  /** The planned end moves to {@code newEnd}; the previous one stays in the history ({@code change}). */
  public IsolationCase withPlannedEnd(LocalDate newEnd, CaseChange change) {
    return toBuilder().period(period.withPlannedEnd(newEnd)).buildNext(change);
  }

  /** Another commune answers for the case from now on; the history keeps the old one ({@code change}). */
  public IsolationCase transferredTo(JurisdictionPath newUnit, CaseChange change) {
    return toBuilder().responsibleUnit(newUnit).buildNext(change);
  }

  /**
   * The next version under a new administrative scheme: the responsible unit and the person (whose home commune the
   * scheme renamed) change, the rest stays; {@code change} ({@link CaseChange.Kind#RE_HOMED}) is appended.
   */
  public IsolationCase rehomed(JurisdictionPath newUnit, Person rehomedPerson, CaseChange change) {
    return toBuilder().responsibleUnit(newUnit).person(rehomedPerson).buildNext(change);
  }

  /** Nothing but the history changes: {@code change} is appended (a review flag, a spot check). */
  public IsolationCase noted(CaseChange change) {
    return toBuilder().buildNext(change);
  }

  /** A copy for the next version with a new monitoring summary and nothing else changed. */
  public IsolationCase withMonitoring(MonitoringSummary newMonitoring) {
    return toBuilder().monitoring(newMonitoring).version(version + 1).build();
  }

  /** The same case at another stored version (stores use this when they bump versions themselves). */
  public IsolationCase atVersion(long newVersion) {
    return toBuilder().version(newVersion).build();
  }

  /** A builder holding this case's components, to change some and {@link Builder#build()} another value. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * A builder for a new case: no schedule, household head or previous case, {@link #DEFAULT_ZONE}, no monitoring
   * yet, no history, version 0. The other components must be set before {@link Builder#build()}.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link IsolationCase} component by component, so that adding a component touches the record, this
   * builder and the storages only. Not thread-safe; validation happens in {@link #build()}.
   */
  public static final class Builder {
    private @Nullable CaseId id;
    private @Nullable Person person;
    private @Nullable CaseCategory category;
    private @Nullable QuarantineDecision decision;
    private @Nullable CasePeriod period;
    private @Nullable CaseStatus status;
    private @Nullable JurisdictionPath responsibleUnit;
    private Set<RiskFactor> riskFactors = Set.of();
    private ZoneId zone = DEFAULT_ZONE;
    private Optional<String> scheduleId = Optional.empty();
    private Optional<PersonId> householdHead = Optional.empty();
    private Optional<CaseId> previousCase = Optional.empty();
    private MonitoringSummary monitoring = MonitoringSummary.NONE;
    private List<CaseChange> history = List.of();
    private @Nullable Instant createdAt;
    private long version;

    private Builder() {}

    private Builder(IsolationCase c) {
      id = c.id;
      person = c.person;
      category = c.category;
      decision = c.decision;
      period = c.period;
      status = c.status;
      responsibleUnit = c.responsibleUnit;
      riskFactors = c.riskFactors;
      zone = c.zone;
      scheduleId = c.scheduleId;
      householdHead = c.householdHead;
      previousCase = c.previousCase;
      monitoring = c.monitoring;
      history = c.history;
      createdAt = c.createdAt;
      version = c.version;
    }

    public Builder id(CaseId id) {
      this.id = id;
      return this;
    }

    public Builder person(Person person) {
      this.person = person;
      return this;
    }

    public Builder category(CaseCategory category) {
      this.category = category;
      return this;
    }

    public Builder decision(QuarantineDecision decision) {
      this.decision = decision;
      return this;
    }

    public Builder period(CasePeriod period) {
      this.period = period;
      return this;
    }

    public Builder status(CaseStatus status) {
      this.status = status;
      return this;
    }

    public Builder responsibleUnit(JurisdictionPath responsibleUnit) {
      this.responsibleUnit = responsibleUnit;
      return this;
    }

    public Builder riskFactors(Set<RiskFactor> riskFactors) {
      this.riskFactors = riskFactors;
      return this;
    }

    public Builder zone(ZoneId zone) {
      this.zone = zone;
      return this;
    }

    public Builder scheduleId(Optional<String> scheduleId) {
      this.scheduleId = scheduleId;
      return this;
    }

    public Builder householdHead(Optional<PersonId> householdHead) {
      this.householdHead = householdHead;
      return this;
    }

    public Builder previousCase(Optional<CaseId> previousCase) {
      this.previousCase = previousCase;
      return this;
    }

    public Builder monitoring(MonitoringSummary monitoring) {
      this.monitoring = monitoring;
      return this;
    }

    public Builder history(List<CaseChange> history) {
      this.history = history;
      return this;
    }

    public Builder createdAt(Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    public Builder version(long version) {
      this.version = version;
      return this;
    }

    /** The next version: {@code change} appended to the history, the version one higher. */
    private IsolationCase buildNext(CaseChange change) {
      List<CaseChange> longer = new ArrayList<>(history.size() + 1);
      longer.addAll(history);
      longer.add(change);
      history = longer;
      version = version + 1;
      return build();
    }

    /** @throws NullPointerException naming the first component that was not set */
    public IsolationCase build() {
      return new IsolationCase(id, person, category, decision, period, status, responsibleUnit, riskFactors, zone,
          scheduleId, householdHead, previousCase, monitoring, history, createdAt, version);
    }
  }
}
