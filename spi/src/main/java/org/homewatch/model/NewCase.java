package org.homewatch.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/**
 * What an enroller types from a quarantine decision to register a case. The period's end is optional: when
 * empty, core takes the category's duration from the province's policy.
 *
 * @param person who is to be monitored
 * @param category why
 * @param decision the quarantine decision
 * @param start the first day of monitoring, in the case's zone
 * @param plannedEnd the last day, if the decision gives one; otherwise the policy's duration
 * @param riskFactors conditions that make the rules stricter
 * @param zone the zone of the declaration windows; empty for {@link IsolationCase#DEFAULT_ZONE}
 * @param scheduleId the declaration schedule; empty for the category's default
 * @param householdHead a person who may declare for this one, if any
 * @param responsibleUnit the commune whose health station will monitor; usually the home commune
 * @param newQuarantineOfKnownPerson set when the person has an active case already and this decision is a
 *     genuinely new quarantine (then the cases are linked instead of the registration being refused)
 */
public record NewCase(
    @NotNull @Valid Person person,
    @NotNull CaseCategory category,
    @NotNull @Valid QuarantineDecision decision,
    @NotNull LocalDate start,
    Optional<LocalDate> plannedEnd,
    @NotNull JurisdictionPath responsibleUnit,
    Set<RiskFactor> riskFactors,
    Optional<ZoneId> zone,
    Optional<String> scheduleId,
    Optional<PersonId> householdHead,
    boolean newQuarantineOfKnownPerson) {

  /**
   * Refuses an end before the start and a unit that cannot hold people; copies the risk factors.
   *
   * @param person who is to be monitored
   * @param category why
   * @param decision the quarantine decision
   * @param start the first day of monitoring, in the case's zone
   * @param plannedEnd the last day, if the decision gives one
   * @param responsibleUnit the commune whose health station will monitor
   * @param riskFactors conditions that make the rules stricter
   * @param zone the zone of the declaration windows
   * @param scheduleId the declaration schedule
   * @param householdHead a person who may declare for this one, if any
   * @param newQuarantineOfKnownPerson set when the person has an active case already and this decision is a genuinely
   *     new quarantine (then the cases are linked instead of the registration being refused)
   * @throws org.homewatch.ValidationException if the end is before the start, the unit cannot hold people, or the
   *     schedule id is blank, longer than 100 characters or holds a control character
   */
  public NewCase {
    Checks.required(person, "person");
    Checks.required(category, "category");
    Checks.required(decision, "decision");
    Checks.required(start, "start");
    Checks.required(plannedEnd, "plannedEnd");
    Checks.required(responsibleUnit, "responsibleUnit");
    Checks.required(zone, "zone");
    Checks.required(scheduleId, "scheduleId");
    Checks.required(householdHead, "householdHead");
    riskFactors = Checks.copyOfSet(riskFactors, "riskFactors");
    new Checks()
        .require(plannedEnd.isEmpty() || !plannedEnd.get().isBefore(start), "plannedEnd",
            "homewatch.validation.period", "the planned end is before the start " + start)
        .require(responsibleUnit.holdsPeople(), "responsibleUnit", "homewatch.validation.case.unit",
            "a case is the responsibility of a commune (or of a district without communes), was " + responsibleUnit)
        .throwIfAny();
    // an id a policy can have: an unknown one is refused quoting it, and portals log refusals
    scheduleId.ifPresent(id -> new Checks().notBlank("scheduleId", id).maxLength("scheduleId", id, 100)
        .plainText("scheduleId", id, false).throwIfAny());
  }

  /**
   * A case described one named field at a time, as an enrolment form fills it (see {@link NewCaseBuilder}).
   *
   * @return a new builder
   */
  public static NewCaseBuilder builder() {
    return new NewCaseBuilder();
  }

  /**
   * The common case: the person's home commune is responsible, the policy gives the end and the schedule.
   *
   * @param person who is to be monitored
   * @param category why
   * @param decision the quarantine decision
   * @param start the first day of monitoring
   * @return the new case
   */
  public static NewCase of(Person person, CaseCategory category, QuarantineDecision decision, LocalDate start) {
    return new NewCase(person, category, decision, start, Optional.empty(), person.home().commune(), Set.of(),
        Optional.empty(), Optional.empty(), Optional.empty(), false);
  }

  /**
   * Like {@link #of}, starting today as the case counts days: in the case's zone ({@link IsolationCase#DEFAULT_ZONE},
   * Vietnam), whatever the clock's own zone. {@code LocalDate.now(Clock.systemUTC())} is yesterday in Vietnam
   * from 00:00 to 07:00.
   *
   * @param person who is to be monitored
   * @param category why
   * @param decision the quarantine decision
   * @param clock the clock that says what day it is
   * @return the new case
   */
  public static NewCase startingToday(Person person, CaseCategory category, QuarantineDecision decision,
      Clock clock) {
    return of(person, category, decision, today(clock));
  }

  /**
   * Today in the case's default zone (Vietnam), the day a case registered now starts.
   *
   * @param clock the clock
   * @return today's date in Viet Nam
   */
  public static LocalDate today(Clock clock) {
    return LocalDate.now(clock.withZone(IsolationCase.DEFAULT_ZONE));
  }

  /**
   * This case with the decision's own end instead of the policy's.
   *
   * @param end the last day of monitoring
   * @return a copy with that end
   */
  public NewCase withPlannedEnd(LocalDate end) {
    return new NewCase(person, category, decision, start, Optional.of(end), responsibleUnit, riskFactors, zone,
        scheduleId, householdHead, newQuarantineOfKnownPerson);
  }

  /**
   * This case with risk factors.
   *
   * @param factors the risk factors; replaces any given before
   * @return a copy with these factors
   */
  public NewCase withRiskFactors(Set<RiskFactor> factors) {
    return new NewCase(person, category, decision, start, plannedEnd, responsibleUnit, factors, zone, scheduleId,
        householdHead, newQuarantineOfKnownPerson);
  }

  /**
   * This case declared for by a household member.
   *
   * @param head the person who declares for this one
   * @return a copy with the household head
   */
  public NewCase withHouseholdHead(PersonId head) {
    return new NewCase(person, category, decision, start, plannedEnd, responsibleUnit, riskFactors, zone,
        scheduleId, Optional.of(head), newQuarantineOfKnownPerson);
  }

  /**
   * This case as a new quarantine of a person who has an active case already (the cases are then linked).
   *
   * @return a copy marked so
   */
  public NewCase asNewQuarantineOfKnownPerson() {
    return new NewCase(person, category, decision, start, plannedEnd, responsibleUnit, riskFactors, zone,
        scheduleId, householdHead, true);
  }
}
