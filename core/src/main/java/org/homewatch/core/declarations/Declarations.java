package org.homewatch.core.declarations;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.homewatch.ValidationException;
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
