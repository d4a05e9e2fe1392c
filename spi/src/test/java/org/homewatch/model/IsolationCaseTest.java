package org.homewatch.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IsolationCaseTest {
  private static final Instant T0 = Instant.parse("2021-08-16T01:00:00Z");
  private static final JurisdictionPath COMMUNE = JurisdictionPath.of(JurisdictionScheme.GSO_2021, "64", "633", "23941");
  private static final JurisdictionPath OTHER = JurisdictionPath.of(JurisdictionScheme.GSO_2021, "64", "633", "23944");
  private static final AccountId NURSE = new AccountId("nurse-a");

  private static IsolationCase registered() {
    Person person = new Person(PersonId.random(), "Nguyễn Văn A", BirthDate.ofYear(1985), Sex.MALE,
        PhoneNumber.parse("0905123456"), Optional.empty(), new Address("Thôn 1", COMMUNE, Optional.empty()));
    return IsolationCase.builder().id(CaseId.random()).person(person).category(CaseCategory.F1)
        .decision(new QuarantineDecision("12/QĐ-UBND", "UBND huyện Chư Sê", LocalDate.of(2021, 8, 16)))
        .period(CasePeriod.planned(LocalDate.of(2021, 8, 16), LocalDate.of(2021, 8, 29)))
        .status(CaseStatus.PENDING).responsibleUnit(COMMUNE).riskFactors(Set.of(RiskFactor.AGE_65_OR_OVER))
        .history(List.of(change(CaseChange.Kind.REGISTERED))).createdAt(T0).build();
  }

  private static CaseChange change(CaseChange.Kind kind) {
    return new CaseChange(T0, NURSE, kind, kind.name().toLowerCase());
  }

  @Test
  @DisplayName("a new case from the builder has the defaults: Vietnam's zone, no monitoring yet, version 0")
  void builderDefaults() {
    IsolationCase c = registered();
    assertEquals(IsolationCase.DEFAULT_ZONE, c.zone());
    assertEquals(MonitoringSummary.NONE, c.monitoring());
    assertEquals(Optional.empty(), c.householdHead());
    assertEquals(0, c.version());
  }

  @Test
  @DisplayName("toBuilder().build() gives the same case, and a builder missing a component names it")
  void builderRoundTrip() {
    IsolationCase c = registered();
    assertEquals(c, c.toBuilder().build());
    NullPointerException missing = assertThrows(NullPointerException.class,
        () -> c.toBuilder().id(null).build());
    assertEquals("id", missing.getMessage());
  }

  @Test
  @DisplayName("each named transition changes its components only, appends its change and raises the version by one")
  void namedTransitions() {
    IsolationCase c = registered();
    IsolationCase active = c.activated(change(CaseChange.Kind.ACTIVATED));
    assertEquals(CaseStatus.ACTIVE, active.status());
    assertEquals(c.toBuilder().status(CaseStatus.ACTIVE).version(1)
        .history(List.of(change(CaseChange.Kind.REGISTERED), change(CaseChange.Kind.ACTIVATED))).build(), active);

    IsolationCase longer = active.withPlannedEnd(LocalDate.of(2021, 9, 2), change(CaseChange.Kind.PERIOD_EXTENDED));
    assertEquals(LocalDate.of(2021, 9, 2), longer.period().plannedEnd());
    assertEquals(2, longer.version());

    IsolationCase moved = longer.transferredTo(OTHER, change(CaseChange.Kind.TRANSFERRED));
    assertEquals(OTHER, moved.responsibleUnit());
    assertEquals(CaseStatus.ACTIVE, moved.status());

    IsolationCase flagged = moved.noted(change(CaseChange.Kind.REVIEW_NEEDED));
    assertEquals(moved.toBuilder().version(4).history(flagged.history()).build(), flagged);
    assertEquals(moved.history().size() + 1, flagged.history().size());
    assertEquals(CaseChange.Kind.REVIEW_NEEDED, flagged.history().get(flagged.history().size() - 1).kind());

    IsolationCase done = flagged.closed(CaseStatus.COMPLETED, LocalDate.of(2021, 9, 1),
        change(CaseChange.Kind.COMPLETED));
    assertEquals(CaseStatus.COMPLETED, done.status());
    assertEquals(Optional.of(LocalDate.of(2021, 9, 1)), done.period().actualEnd());
    assertEquals(6, done.history().size());
    assertEquals(5, done.version());
  }

  @Test
  @DisplayName("closing a case with a status that is not a closing one is refused")
  void closedNeedsAClosingStatus() {
    assertThrows(IllegalArgumentException.class,
        () -> registered().closed(CaseStatus.ACTIVE, LocalDate.of(2021, 8, 20), change(CaseChange.Kind.COMPLETED)));
  }
}
