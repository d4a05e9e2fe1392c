package org.homewatch.core.cases;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.homewatch.model.CaseId;

/**
 * What one batch of lifecycle work did.
 *
 * @param casesChecked cases in the batch
 * @param changed cases moved on (activated, or completed)
 * @param flaggedForReview cases whose period ended but which could not complete on their own (a declaration of
 *     the last day missing, or an alert still open): a supervisor decides; flagged once, in the case history
 * @param next the cursor for the next batch, empty after the last
 */
public record LifecycleReport(int casesChecked, List<CaseId> changed, List<CaseId> flaggedForReview,
    Optional<String> next) {
  /**
   * Refuses a null cursor; copies the lists.
   *
   * @param casesChecked cases in the batch
   * @param changed cases moved on (activated, or completed)
   * @param flaggedForReview cases whose period ended but which could not complete on their own (a declaration of the
   *     last day missing, or an alert still open): a supervisor decides
   * @param next the cursor for the next batch, empty after the last
   */
  public LifecycleReport {
    changed = List.copyOf(changed);
    flaggedForReview = List.copyOf(flaggedForReview);
    Objects.requireNonNull(next, "next");
  }
}
