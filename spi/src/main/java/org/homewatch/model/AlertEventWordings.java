package org.homewatch.model;

import java.util.Map;
import java.util.Optional;

/**
 * The wordings of the alert history steps {@link Alert} writes itself (opened, raised, resolved, transferred,
 * acknowledged). They name keys of Homewatch's own templates ({@code history.alertOpened}, {@code severity.*},
 * {@code alertOutcome.*}...), which core renders in each reader's language. A wording that cannot be kept (it would
 * nest deeper than {@link Wording#MAX_DEPTH} or be longer than {@link Wording#MAX_LENGTH}, or a literal is not a
 * valid one) is left out: the reader then gets the
 * detail as stored, never a failed transition.
 */
final class AlertEventWordings {
  private AlertEventWordings() {}

  /** "WATCH: summary" as {@code history.alertOpened}, if the summary has a wording. */
  static Optional<Wording> opened(Severity severity, Optional<Wording> summary) {
    return summary.flatMap(s -> text("history.alertOpened", Map.of("severity", severity(severity), "summary", s)));
  }

  /** "WATCH → ABNORMAL: summary" as {@code history.alertRaised}, if the new summary has a wording. */
  static Optional<Wording> raised(Severity from, Severity to, Optional<Wording> summary) {
    return summary.flatMap(s -> text("history.alertRaised",
        Map.of("from", severity(from), "to", severity(to), "summary", s)));
  }

  /** "OUTCOME" or "OUTCOME: note" as the outcome's name, or {@code history.alertResolved} with the note. */
  static Optional<Wording> resolved(AlertOutcome how, boolean noNote, Optional<Wording> note) {
    Wording outcome = Wording.text("alertOutcome." + how.name());
    if (noNote) {
      return Optional.of(outcome);
    }
    return note.flatMap(n -> text("history.alertResolved", Map.of("outcome", outcome, "note", n)));
  }

  /** A value that reads the same in every language, if it is a valid literal. */
  static Optional<Wording> literal(String value) {
    try {
      return Optional.of(Wording.literal(value));
    } catch (org.homewatch.ValidationException notALiteral) {
      return Optional.empty();
    }
  }

  private static Wording severity(Severity severity) {
    return Wording.text("severity." + severity.name());
  }

  private static Optional<Wording> text(String key, Map<String, Wording> arguments) {
    try {
      return Optional.of(Wording.text(key, arguments));
    } catch (org.homewatch.ValidationException beyondTheBounds) {
      return Optional.empty();
    }
  }
}
