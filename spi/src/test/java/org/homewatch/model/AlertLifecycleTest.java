package org.homewatch.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homewatch.ConflictException;
import org.homewatch.model.AlertLifecycle.Transition;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class AlertLifecycleTest {
  private static final Instant T0 = Instant.parse("2021-08-16T01:00:00Z");
  private static final JurisdictionPath DISTRICT = JurisdictionPath.of(JurisdictionScheme.GSO_2021, "64", "633");
  private static final JurisdictionPath COMMUNE = DISTRICT.child("23941");
  private static final JurisdictionPath OTHER_COMMUNE = DISTRICT.child("23944");
  private static final AccountId NURSE = new AccountId("nurse-a");

  private static final Gen<AlertStatus> STATUSES = Generate.enumValues(AlertStatus.class);
  private static final Gen<Transition> TRANSITIONS = Generate.enumValues(Transition.class);

  /** A stored alert in {@code status}, ABNORMAL, at level {@code level}, at version 3. */
  private static Alert alert(AlertStatus status, int level) {
    return Alert.opened(AlertId.random(), CaseId.random(), AlertKind.HEALTH, Severity.ABNORMAL, COMMUNE, T0,
        T0.plus(Duration.ofMinutes(30)), Optional.empty(), "SpO2 95 %").toBuilder()
        .status(status).escalationLevel(level).version(3).build();
  }

  /** Applies {@code transition} with arguments that are valid for every alert {@link #alert} builds. */
  private static Alert apply(Alert a, Transition transition, Instant at) {
    return switch (transition) {
      case ACKNOWLEDGE -> a.acknowledgedBy(NURSE, at);
      case RAISE -> a.raisedTo(Severity.EMERGENCY, "SpO2 91 %", Optional.of(DeclarationId.random()),
          at.plus(Duration.ofMinutes(15)), at);
      case ADD_EVIDENCE -> a.withEvidence("SpO2 95 % again", at);
      case ESCALATE -> a.escalated(a.escalationLevel() + 1, at.plus(Duration.ofMinutes(30)), "nobody answered", at);
      case TRANSFER -> a.transferredTo(OTHER_COMMUNE, at.plus(Duration.ofMinutes(30)), NURSE, at);
      case RESOLVE -> a.resolved(NURSE, AlertOutcome.HOME_VISIT, "visited", at);
      case NOTE_UNDELIVERED -> a.undelivered("nurse-a on sms: no such channel", at);
      case REMIND_TO_RESOLVE -> a.remindedToResolve(at.plus(Duration.ofMinutes(15)), "nurse-a reminded", at);
      case ESCALATE_UNRESOLVED -> a.escalatedUnresolved(a.escalationLevel() + 1, at.plus(Duration.ofMinutes(30)),
          "not resolved", at);
    };
  }

  @Test
  @DisplayName("the machine has exactly the documented edges: nothing from RESOLVED; an acknowledged alert does not "
      + "escalate as unanswered, but is reminded and then escalates unresolved; an open one is never 'reminded'")
  void documentedEdges() {
    assertEquals(EnumSet.complementOf(EnumSet.of(Transition.REMIND_TO_RESOLVE, Transition.ESCALATE_UNRESOLVED)),
        EnumSet.copyOf(AlertLifecycle.allowed(AlertStatus.OPEN)));
    assertEquals(EnumSet.complementOf(EnumSet.of(Transition.ESCALATE)),
        EnumSet.copyOf(AlertLifecycle.allowed(AlertStatus.ACKNOWLEDGED)));
    assertEquals(Optional.of(AlertStatus.OPEN),
        AlertLifecycle.after(AlertStatus.ACKNOWLEDGED, Transition.ESCALATE_UNRESOLVED));
    assertEquals(Optional.of(AlertStatus.ACKNOWLEDGED),
        AlertLifecycle.after(AlertStatus.ACKNOWLEDGED, Transition.REMIND_TO_RESOLVE));
    assertEquals(Set.of(), AlertLifecycle.allowed(AlertStatus.RESOLVED));
    assertEquals(Optional.of(AlertStatus.OPEN), AlertLifecycle.after(AlertStatus.ACKNOWLEDGED, Transition.RAISE));
    assertEquals(Optional.of(AlertStatus.ACKNOWLEDGED),
        AlertLifecycle.after(AlertStatus.ACKNOWLEDGED, Transition.ADD_EVIDENCE));
  }

  @Test
  @DisplayName("every transition the machine does not allow is refused with a conflict and changes nothing; every "
      + "allowed one leaves the machine's status, one more event of its kind and the next version")
  void everyTransitionFollowsTheMachine() {
    qt().forAll(STATUSES, TRANSITIONS, integers().between(0, 2)).checkAssert((status, transition, level) -> {
      Alert before = alert(status, level);
      Optional<AlertStatus> expected = AlertLifecycle.after(status, transition);
      if (expected.isEmpty()) {
        ConflictException refused = assertThrows(ConflictException.class, () -> apply(before, transition, T0));
        assertTrue(refused.getMessage().contains(before.id().toString()), refused.getMessage());
        return;
      }
      Instant at = T0.plus(Duration.ofHours(1));
      Alert after = apply(before, transition, at);
      assertEquals(expected.get(), after.status());
      assertEquals(before.version() + 1, after.version());
      assertEquals(before.history().size() + 1, after.history().size());
      AlertEvent last = after.history().get(after.history().size() - 1);
      assertEquals(transition.event(), last.kind());
      assertEquals(at, last.at());
      assertEquals(before.history(), after.history().subList(0, before.history().size()));
      assertEquals(List.of(before.id(), before.caseId(), before.kind(), before.openedAt()),
          List.of(after.id(), after.caseId(), after.kind(), after.openedAt()));
      switch (transition) {
        case ACKNOWLEDGE -> assertEquals(Optional.of(NURSE), after.handledBy());
        case RAISE -> {
          assertEquals(Severity.EMERGENCY, after.severity());
          assertEquals(at.plus(Duration.ofMinutes(15)), after.acknowledgeBy());
        }
        case ADD_EVIDENCE -> assertEquals(List.of(before.severity(), before.acknowledgeBy(), "SpO2 95 % again"),
            List.of(after.severity(), after.acknowledgeBy(), after.summary()));
        case ESCALATE -> assertEquals(before.escalationLevel() + 1, after.escalationLevel());
        case TRANSFER -> {
          assertEquals(OTHER_COMMUNE, after.responsibleUnit());
          assertEquals(0, after.escalationLevel());
          assertEquals(Optional.empty(), after.handledBy());
        }
        case RESOLVE -> assertEquals(Optional.of(AlertOutcome.HOME_VISIT), after.outcome());
        case NOTE_UNDELIVERED -> assertEquals(List.of(last), after.undeliveredNotifications());
        case REMIND_TO_RESOLVE -> {
          assertEquals(at.plus(Duration.ofMinutes(15)), after.acknowledgeBy());
          assertTrue(after.remindedSinceAcknowledged());
        }
        case ESCALATE_UNRESOLVED -> {
          assertEquals(before.escalationLevel() + 1, after.escalationLevel());
          assertEquals(Optional.empty(), after.handledBy());
          assertEquals(at, after.atCurrentLevelSince());
        }
      }
    });
  }

  @Test
  @DisplayName("any sequence of transitions from a new alert is applied or refused exactly as the machine says")
  void sequencesFollowTheMachine() {
    qt().forAll(lists().of(TRANSITIONS).ofSizeBetween(1, 12)).checkAssert(steps -> {
      Alert alert = Alert.opened(AlertId.random(), CaseId.random(), AlertKind.MISSED_DECLARATIONS, Severity.WATCH,
          COMMUNE, T0, T0.plus(Duration.ofHours(1)), Optional.empty(), "missed 2");
      AlertStatus modelled = AlertStatus.OPEN;
      Instant at = T0;
      for (Transition step : steps) {
        at = at.plusSeconds(60);
        Optional<AlertStatus> next = AlertLifecycle.after(modelled, step);
        boolean raiseNotWorse = step == Transition.RAISE && alert.severity() == Severity.EMERGENCY;
        if (next.isEmpty() || raiseNotWorse) {
          Alert current = alert;
          Instant now = at;
          assertThrows(ConflictException.class, () -> apply(current, step, now));
        } else {
          alert = apply(alert, step, at);
          modelled = next.get();
        }
        assertEquals(modelled, alert.status());
      }
    });
  }

  @Test
  @DisplayName("raising to a severity that is not worse, or escalating to a lower level, is refused")
  void argumentsThatWouldGoBackwardsAreRefused() {
    Alert open = alert(AlertStatus.OPEN, 1);
    assertThrows(ConflictException.class,
        () -> open.raisedTo(Severity.ABNORMAL, "same", Optional.empty(), T0, T0));
    assertThrows(ConflictException.class, () -> open.raisedTo(Severity.WATCH, "less", Optional.empty(), T0, T0));
    assertThrows(ConflictException.class, () -> open.escalated(0, T0, "down", T0));
  }

  @Test
  @DisplayName("an acknowledged alert gets its resolve-by deadline, is reminded once, and escalated unresolved is OPEN "
      + "one level up with nobody handling it, unacknowledged since the escalation (not since it opened)")
  void acknowledgedAlertFollowUp() {
    Instant resolveBy = T0.plus(Duration.ofHours(1));
    Alert taken = Alert.opened(AlertId.random(), CaseId.random(), AlertKind.HEALTH, Severity.EMERGENCY, COMMUNE, T0,
        T0.plus(Duration.ofMinutes(15)), Optional.empty(), "SpO2 90 %").acknowledgedBy(NURSE, T0.plusSeconds(60),
        resolveBy);
    assertEquals(resolveBy, taken.acknowledgeBy());
    assertEquals(false, taken.remindedSinceAcknowledged());
    Alert reminded = taken.remindedToResolve(resolveBy.plus(Duration.ofMinutes(15)), "nurse-a", resolveBy);
    assertTrue(reminded.remindedSinceAcknowledged());
    Instant escalatedAt = resolveBy.plus(Duration.ofMinutes(15));
    Alert up = reminded.escalatedUnresolved(1, escalatedAt.plus(Duration.ofMinutes(30)), "not resolved", escalatedAt);
    assertEquals(List.of(AlertStatus.OPEN, 1, Optional.<AccountId>empty(), escalatedAt),
        List.of(up.status(), up.escalationLevel(), up.handledBy(), up.atCurrentLevelSince()));
    assertEquals(false, up.acknowledgedBy(NURSE, escalatedAt, escalatedAt.plusSeconds(5))
        .remindedSinceAcknowledged());
    assertThrows(ConflictException.class, () -> reminded.toBuilder().escalationLevel(2).build().escalatedUnresolved(1, T0, "down", T0));
  }

  @Test
  @DisplayName("toBuilder copies every component, so a storage rebuilding an alert gets an equal one")
  void toBuilderRoundTrips() {
    Alert full = alert(AlertStatus.ACKNOWLEDGED, 2).resolved(NURSE, AlertOutcome.FALSE_ALARM, "typo", T0)
        .countedThrough(T0.minusSeconds(600));
    assertEquals(full, full.toBuilder().build());
  }
}
