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
 * @param id identifies the case
 * @param person who is monitored
 * @param category why they are monitored (F1, F2, post-facility, ...)
 * @param decision the quarantine decision the case was registered from
 * @param period the days of monitoring
 * @param status where the case is in its life
 * @param riskFactors conditions that make the rules stricter (age, pregnancy, chronic disease)
 * @param monitoring the latest declaration's summary, kept with every declaration
 * @param createdAt when the case was registered
 * @param version the optimistic-lock version; each change adds 1
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

  /** The zone of a case that names none: Viet Nam's (UTC+7, no daylight saving). */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  /**
   * Refuses null components and a responsible unit that cannot hold people; copies the sets and the history.
   *
   * @param id identifies the case
   * @param person who is monitored
   * @param category why they are monitored (F1, F2, post-facility, ...)
   * @param decision the quarantine decision the case was registered from
   * @param period the days of monitoring
   * @param status where the case is in its life
   * @param responsibleUnit the commune whose health station answers for the case
   * @param riskFactors conditions that make the rules stricter (age, pregnancy, chronic disease)
   * @param zone the local time zone of the person's declaration windows (default {@code Asia/Ho_Chi_Minh})
   * @param scheduleId which declaration schedule applies
   * @param householdHead a person who may declare for this one (no smartphone, a child)
   * @param previousCase the earlier case of the same person, when this is a new quarantine of someone known
   * @param monitoring the latest declaration's summary, kept with every declaration
   * @param history every change, oldest first
   * @param createdAt when the case was registered
   * @param version the optimistic-lock version
   * @throws org.homewatch.ValidationException if the unit cannot hold people or the version is negative
   */
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

  /**
   * PENDING to ACTIVE: the period has begun. The next version, with {@code change} in the history.
   *
   * @param change the history entry saying who activated it and when
   * @return the active case, one version on
   */
  public IsolationCase activated(CaseChange change) {
    return toBuilder().status(CaseStatus.ACTIVE).buildNext(change);
  }

  /**
   * The case closes as {@code closedAs} (COMPLETED, ESCALATED, TRANSFERRED, CANCELLED), its period ending on
   * {@code lastDay}. Whether the case may close so is core's rule; this only makes the value.
   *
   * @param closedAs the closed status
   * @param lastDay the last day of monitoring
   * @param change the history entry saying who closed it and why
   * @return the closed case, one version on
   * @throws IllegalArgumentException if {@code closedAs} is not a closed status
   */
  public IsolationCase closed(CaseStatus closedAs, LocalDate lastDay, CaseChange change) {
    if (!closedAs.isClosed()) {
      throw new IllegalArgumentException(closedAs + " is not a status a case closes with");
    }
    return toBuilder().status(closedAs).period(period.endedOn(lastDay)).buildNext(change);
  }

  /**
   * The planned end moves to {@code newEnd}; the previous one stays in the history ({@code change}).
   *
   * @param newEnd the new last day planned
   * @param change the history entry with the old and new end and the reason
   * @return the case, one version on
   */
  public IsolationCase withPlannedEnd(LocalDate newEnd, CaseChange change) {
    return toBuilder().period(period.withPlannedEnd(newEnd)).buildNext(change);
  }

  /**
   * Another commune answers for the case from now on; the history keeps the old one ({@code change}).
   *
   * @param newUnit the commune that answers for it now
   * @param change the history entry naming the old and new commune
   * @return the case, one version on
   */
  public IsolationCase transferredTo(JurisdictionPath newUnit, CaseChange change) {
    return toBuilder().responsibleUnit(newUnit).buildNext(change);
  }

  /**
   * The next version under a new administrative scheme: the responsible unit and the person (whose home commune the
   * scheme renamed) change, the rest stays; {@code change} ({@link CaseChange.Kind#RE_HOMED}) is appended.
   *
   * @param newUnit the responsible unit under the new scheme
   * @param rehomedPerson the person with their home commune renamed
   * @param change the {@code RE_HOMED} history entry
   * @return the case, one version on
   */
  public IsolationCase rehomed(JurisdictionPath newUnit, Person rehomedPerson, CaseChange change) {
    return toBuilder().responsibleUnit(newUnit).person(rehomedPerson).buildNext(change);
  }

  /**
   * Nothing but the history changes: {@code change} is appended (a review flag, a spot check).
   *
   * @param change the history entry
   * @return the case, one version on
   */
  public IsolationCase noted(CaseChange change) {
    return toBuilder().buildNext(change);
  }

  /**
   * A copy for the next version with a new monitoring summary and nothing else changed.
   *
   * @param newMonitoring the summary after a declaration
   * @return the case, one version on
   */
  public IsolationCase withMonitoring(MonitoringSummary newMonitoring) {
    return toBuilder().monitoring(newMonitoring).version(version + 1).build();
  }

  /**
   * The same case at another stored version (stores use this when they bump versions themselves).
   *
   * @param newVersion the version to carry
   * @return a copy at {@code newVersion}
   */
  public IsolationCase atVersion(long newVersion) {
    return toBuilder().version(newVersion).build();
  }

  /**
   * A builder holding this case's components, to change some and {@link Builder#build()} another value.
   *
   * @return a new builder with this case's components
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * A builder for a new case: no schedule, household head or previous case, {@link #DEFAULT_ZONE}, no monitoring
   * yet, no history, version 0. The other components must be set before {@link Builder#build()}.
   *
   * @return a new builder
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

    /**
     * Sets the case's id.
     *
     * @param id the case's id
     * @return this builder
     */
    public Builder id(CaseId id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the person monitored.
     *
     * @param person the person monitored
     * @return this builder
     */
    public Builder person(Person person) {
      this.person = person;
      return this;
    }

    /**
     * Sets the case's category.
     *
     * @param category the case's category
     * @return this builder
     */
    public Builder category(CaseCategory category) {
      this.category = category;
      return this;
    }

    /**
     * Sets the quarantine decision.
     *
     * @param decision the quarantine decision
     * @return this builder
     */
    public Builder decision(QuarantineDecision decision) {
      this.decision = decision;
      return this;
    }

    /**
     * Sets the days of monitoring.
     *
     * @param period the days of monitoring
     * @return this builder
     */
    public Builder period(CasePeriod period) {
      this.period = period;
      return this;
    }

    /**
     * Sets the case's status.
     *
     * @param status the case's status
     * @return this builder
     */
    public Builder status(CaseStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Sets the commune that answers for the case.
     *
     * @param responsibleUnit the commune that answers for the case
     * @return this builder
     */
    public Builder responsibleUnit(JurisdictionPath responsibleUnit) {
      this.responsibleUnit = responsibleUnit;
      return this;
    }

    /**
     * Sets the person's risk factors.
     *
     * @param riskFactors the person's risk factors
     * @return this builder
     */
    public Builder riskFactors(Set<RiskFactor> riskFactors) {
      this.riskFactors = riskFactors;
      return this;
    }

    /**
     * Sets the zone of the declaration windows.
     *
     * @param zone the zone of the declaration windows
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      this.zone = zone;
      return this;
    }

    /**
     * Sets the declaration schedule's id, or empty for the category's default.
     *
     * @param scheduleId the declaration schedule's id, or empty for the category's default
     * @return this builder
     */
    public Builder scheduleId(Optional<String> scheduleId) {
      this.scheduleId = scheduleId;
      return this;
    }

    /**
     * Sets the person who may declare for this one, if any.
     *
     * @param householdHead the person who may declare for this one, if any
     * @return this builder
     */
    public Builder householdHead(Optional<PersonId> householdHead) {
      this.householdHead = householdHead;
      return this;
    }

    /**
     * Sets the person's earlier case, if this is a new quarantine.
     *
     * @param previousCase the person's earlier case, if this is a new quarantine
     * @return this builder
     */
    public Builder previousCase(Optional<CaseId> previousCase) {
      this.previousCase = previousCase;
      return this;
    }

    /**
     * Sets the monitoring summary.
     *
     * @param monitoring the monitoring summary
     * @return this builder
     */
    public Builder monitoring(MonitoringSummary monitoring) {
      this.monitoring = monitoring;
      return this;
    }

    /**
     * Sets the history, oldest first.
     *
     * @param history the history, oldest first
     * @return this builder
     */
    public Builder history(List<CaseChange> history) {
      this.history = history;
      return this;
    }

    /**
     * Sets when the case was registered.
     *
     * @param createdAt when the case was registered
     * @return this builder
     */
    public Builder createdAt(Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /**
     * Sets the optimistic-lock version.
     *
     * @param version the optimistic-lock version
     * @return this builder
     */
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

    /**
     * @return the case
     * @throws org.homewatch.ValidationException if a component is not acceptable
     * @throws NullPointerException naming the first component that was not set
     */
    public IsolationCase build() {
      return new IsolationCase(id, person, category, decision, period, status, responsibleUnit, riskFactors, zone,
          scheduleId, householdHead, previousCase, monitoring, history, createdAt, version);
    }
  }
}
