package org.homewatch.core.declarations;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.homewatch.ValidationException;
import org.homewatch.core.rules.RuleSet;
import org.homewatch.model.NewDeclaration;
import org.homewatch.model.Symptom;
import org.homewatch.core.access.AccessControl;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.Principal;
import org.homewatch.model.Role;
import org.homewatch.model.Submitter;

/** The checks and wording single and batch submission share. */
final class Declarations {
  /** A phone's clock may run a little fast; more than this in the future is a wrong clock or a wrong form. */
  static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);
  /** Declarations made offline arrive late; older than this they no longer describe the person's state. */
  static final Duration MAX_AGE = Duration.ofDays(3);

  private Declarations() {}

  static void checkObservationTime(Instant observedAt, Instant now, IsolationCase c) {
    if (observedAt.isAfter(now.plus(MAX_CLOCK_SKEW))) {
      throw ValidationException.of("observedAt", "homewatch.validation.observedAt.future",
          "observedAt " + observedAt + " is in the future (server time " + now + ")");
    }
    if (observedAt.isBefore(now.minus(MAX_AGE))) {
      throw ValidationException.of("observedAt", "homewatch.validation.observedAt.old",
          "observedAt " + observedAt + " is more than " + MAX_AGE.toDays() + " days old");
    }
    if (LocalDate.ofInstant(observedAt, c.zone()).isBefore(c.period().start())) {
      throw ValidationException.of("observedAt", "homewatch.validation.observedAt.beforeCase",
          "observedAt " + observedAt + " is before the case's monitoring began on " + c.period().start());
    }
  }

  /** Every symptom code must be one the rules in force know; all unknown codes are named at once. */
  static void checkSymptoms(NewDeclaration input, RuleSet rules) {
    List<String> unknown = input.symptoms().stream().filter(s -> !rules.knowsSymptom(s)).map(Symptom::code)
        .sorted().toList();
    if (!unknown.isEmpty()) {
      throw ValidationException.of("symptoms", "homewatch.validation.symptom.unknown",
          "the rules in force (" + rules.ref() + ") do not know the symptom codes " + unknown
              + "; a code they do not know would be judged as if it were not declared");
    }
  }

  static Submitter submitter(Principal principal, IsolationCase c) {
    if (principal.has(Role.CITIZEN) && principal.person().map(c.person().id()::equals).orElse(false)) {
      return new Submitter(Submitter.Kind.SELF, principal.account());
    }
    if (principal.has(Role.CITIZEN) && AccessControl.actsForPerson(principal, c)) {
      return new Submitter(Submitter.Kind.PROXY, principal.account());
    }
    return new Submitter(Submitter.Kind.STAFF, principal.account());
  }
}
