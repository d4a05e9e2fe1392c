package org.homewatch.core.reports.internal;

import static org.homewatch.core.reports.internal.Measures.day;
import static org.homewatch.core.reports.internal.Measures.dim;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.homewatch.core.reports.Durations;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertEvent;
import org.homewatch.model.AssessedDeclaration;
import org.homewatch.model.CaseChange;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.Feedback;
import org.homewatch.model.FeedbackReply;
import org.homewatch.model.FeedbackStatus;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.ReportCounter;
import org.jspecify.annotations.Nullable;

/**
 * What a change to a record does to the report counters: pure functions of the record before and after. The same
 * functions, given no "before", recompute a record's counters from its stored row for the consistency check, so
 * the counting and the check cannot drift apart. Days come from the instants in the records (their history), never
 * from a clock, for the same reason.
 */
public final class CounterChanges {
  private CounterChanges() {}

  /** A case registered ({@code before} null) or changed. */
  public static void caseChanged(@Nullable IsolationCase before, IsolationCase after, Consumer<ReportCounter> out) {
    JurisdictionPath unit = after.responsibleUnit();
    if (before == null) {
      out.accept(counter(unit, after.createdAt(), Measures.CASE_REGISTERED, after.category().name(), 1));
      out.accept(counter(unit, after.createdAt(), Measures.CASES, dim(after.category(), after.status()), 1));
    } else if (before.status() != after.status() || before.category() != after.category()
        || !before.responsibleUnit().equals(after.responsibleUnit())) {
      Instant at = after.history().isEmpty() ? after.createdAt() : after.history().get(after.history().size() - 1).at();
      out.accept(counter(before.responsibleUnit(), at, Measures.CASES, dim(before.category(), before.status()), -1));
      out.accept(counter(unit, at, Measures.CASES, dim(after.category(), after.status()), 1));
    }
    if (before != null && before.category() != after.category()) {
      // A corrected category was the right one from the start: the registration counts under it, on its own day
      // and unit, as a recount from the stored row would count it.
      out.accept(counter(before.responsibleUnit(), before.createdAt(), Measures.CASE_REGISTERED,
          before.category().name(), -1));
      out.accept(counter(before.responsibleUnit(), before.createdAt(), Measures.CASE_REGISTERED,
          after.category().name(), 1));
    }
    List<CaseChange> history = after.history();
    for (int i = before == null ? 0 : Math.min(before.history().size(), history.size()); i < history.size(); i++) {
      historyEntry(after, history.get(i), i == history.size() - 1, out);
    }
  }

  private static void historyEntry(IsolationCase c, CaseChange change, boolean last, Consumer<ReportCounter> out) {
    Optional<String> entered = switch (change.kind()) {
      case ACTIVATED -> Optional.of(CaseStatus.ACTIVE.name());
      case COMPLETED, ESCALATED, CANCELLED -> Optional.of(change.kind().name());
      // a transfer inside the deployment keeps the case monitored; only a transfer that closed it is a status
      case TRANSFERRED -> last && c.status() == CaseStatus.TRANSFERRED ? Optional.of(CaseStatus.TRANSFERRED.name())
          : Optional.empty();
      default -> Optional.empty();
    };
    entered.ifPresent(s -> out.accept(counter(c.responsibleUnit(), change.at(), Measures.CASE_ENTERED, s, 1)));
    String spotCheck = switch (change.kind()) {
      case SPOT_CHECK_REQUESTED -> "REQUESTED";
      case SPOT_CHECK_ANSWERED -> "ANSWERED";
      case SPOT_CHECK_FAILED, SPOT_CHECK_UNANSWERED, SPOT_CHECK_NOT_VERIFIED -> "FAILED";
      default -> "";
    };
    if (!spotCheck.isEmpty()) {
      out.accept(counter(c.responsibleUnit(), change.at(), Measures.SPOT_CHECKS, spotCheck, 1));
    }
  }

  /** A declaration stored (not a repeated one) for a case of {@code unit}. */
  public static void declarationStored(JurisdictionPath unit, AssessedDeclaration d, Consumer<ReportCounter> out) {
    Instant at = d.declaration().submittedAt();
    out.accept(counter(unit, at, Measures.DECLARATION_RECEIVED, "", 1));
    out.accept(counter(unit, at, Measures.ASSESSED, d.assessment().severity().name(), 1));
  }

  /** An alert opened ({@code before} null) or changed. */
  public static void alertChanged(@Nullable Alert before, Alert after, Consumer<ReportCounter> out) {
    JurisdictionPath unit = after.responsibleUnit();
    String kindAndSeverity = dim(after.kind(), after.severity());
    List<AlertEvent> history = after.history();
    if (before == null) {
      out.accept(counter(unit, after.openedAt(), Measures.ALERT_OPENED, kindAndSeverity, 1));
    } else if (before.severity() != after.severity()) {
      // counts by kind and severity show the alert's present severity: a raise moves the counts already made
      String was = dim(before.kind(), before.severity());
      out.accept(counter(unit, after.openedAt(), Measures.ALERT_OPENED, was, -1));
      out.accept(counter(unit, after.openedAt(), Measures.ALERT_OPENED, kindAndSeverity, 1));
      for (AlertEvent e : before.history()) {
        if (e.kind() == AlertEvent.Kind.ACKNOWLEDGED) {
          out.accept(counter(unit, e.at(), Measures.ALERT_ACKNOWLEDGED, was, -1));
          out.accept(counter(unit, e.at(), Measures.ALERT_ACKNOWLEDGED, kindAndSeverity, 1));
        }
      }
    }
    int level = 0;
    int from = before == null ? 0 : Math.min(before.history().size(), history.size());
    for (int i = 0; i < history.size(); i++) {
      AlertEvent e = history.get(i);
      level = levelAfter(e, level, after.responsibleUnit());
      if (i < from) {
        continue;
      }
      Duration waited = Duration.between(after.openedAt(), e.at());
      switch (e.kind()) {
        case ESCALATED -> out.accept(counter(unit, e.at(), Measures.ALERT_ESCALATED, Integer.toString(level), 1));
        case ACKNOWLEDGED -> {
          out.accept(counter(unit, e.at(), Measures.ALERT_ACKNOWLEDGED, kindAndSeverity, 1));
          out.accept(counter(unit, e.at(), Measures.TIME_TO_ACKNOWLEDGE, dim(level, Durations.bucketOf(waited)), 1));
        }
        case RESOLVED -> {
          out.accept(counter(unit, e.at(), Measures.ALERT_RESOLVED, kindAndSeverity, 1));
          after.outcome().ifPresent(o -> out.accept(counter(unit, e.at(), Measures.ALERT_OUTCOME, o.name(), 1)));
          out.accept(counter(unit, e.at(), Measures.TIME_TO_RESOLVE, dim(level, Durations.bucketOf(waited)), 1));
        }
        default -> { }
      }
    }
  }

  /**
   * The alert's escalation level after an event of its history: the level the event recorded; for an event stored
   * before levels were kept, one more per escalation up to the province (the top of {@code unit}'s path: a repeat
   * page there stays at the province's level) and back to 0 on a transfer.
   */
  private static int levelAfter(AlertEvent e, int before, JurisdictionPath unit) {
    if (e.levelAfter().isPresent()) {
      return e.levelAfter().getAsInt();
    }
    return switch (e.kind()) {
      case ESCALATED -> Math.min(before + 1, unit.codes().size() - 1);
      case TRANSFERRED -> 0;
      default -> before;
    };
  }

  /** Feedback received ({@code before} null) or changed. */
  public static void feedbackChanged(@Nullable Feedback before, Feedback after, Consumer<ReportCounter> out) {
    JurisdictionPath unit = after.unit();
    if (before == null) {
      out.accept(counter(unit, after.submittedAt(), Measures.FEEDBACK, "RECEIVED", 1));
    }
    Optional<FeedbackReply> firstAnswer = firstStaffReply(after);
    if (firstAnswer.isPresent() && (before == null || firstStaffReply(before).isEmpty())) {
      Instant at = firstAnswer.get().at();
      out.accept(counter(unit, at, Measures.FEEDBACK, "ANSWERED", 1));
      out.accept(counter(unit, at, Measures.TIME_TO_FIRST_ANSWER,
          Integer.toString(Durations.bucketOf(Duration.between(after.submittedAt(), at))), 1));
    }
    if (after.status() == FeedbackStatus.CLOSED && (before == null || before.status() != FeedbackStatus.CLOSED)) {
      Instant at = after.replies().isEmpty() ? after.submittedAt() : after.replies().get(after.replies().size() - 1).at();
      out.accept(counter(unit, at, Measures.FEEDBACK, "CLOSED", 1));
    }
  }

  private static Optional<FeedbackReply> firstStaffReply(Feedback f) {
    return f.replies().stream().filter(r -> !r.by().equals(f.from())).findFirst();
  }

  static ReportCounter counter(JurisdictionPath unit, Instant at, String measure, String dimension, long value) {
    return new ReportCounter(unit, day(at), measure, dimension, value);
  }
}
