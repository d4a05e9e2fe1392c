package org.homewatch.core.feedback;

import java.util.Objects;
import java.util.Optional;

/**
 * What one batch of {@link FeedbackService#raiseUnanswered} did.
 *
 * @param checked unanswered feedback items looked at
 * @param raised FEEDBACK alerts opened
 * @param next the cursor to go on from, empty at the end of the scope's unanswered feedback
 */
public record FeedbackDeadlineReport(int checked, int raised, Optional<String> next) {
  /**
   * Refuses a null cursor.
   *
   * @param checked unanswered feedback items looked at
   * @param raised FEEDBACK alerts opened
   * @param next the cursor to go on from, empty at the end of the scope's unanswered feedback
   */
  public FeedbackDeadlineReport {
    Objects.requireNonNull(next, "next");
  }
}
