package org.homewatch.core.feedback;

import java.util.List;
import org.homewatch.ConfigurationException;
import org.homewatch.model.Feedback;
import org.homewatch.model.FeedbackStatus;
import org.homewatch.model.IsolationCase;
import org.homewatch.spi.storage.StorageTransaction;

/**
 * The feedback capability's port for the cases capability: when a case moves to another commune (a transfer inside
 * the deployment, or re-homing into the new scheme), its feedback still waiting for an answer moves with it, so that
 * the station that now monitors the person sees it in its inbox and the feedback deadline raises its alert there. A
 * conversation does not stop at the old commune. Answered and closed feedback stays where it was answered.
 */
public final class CaseFeedback {
  /** More open feedback than any case has; what lies beyond stays with the old commune. */
  static final int MOST_MOVED = 1_000;

  private CaseFeedback() {}

  /**
   * Moves the open feedback of {@code moved} to its new commune, in the caller's transaction.
   *
   * @param tx the caller's transaction
   * @param moved the case, already in its new commune
   */
  public static void follow(StorageTransaction tx, IsolationCase moved) {
    List<Feedback> ofCase;
    try {
      ofCase = tx.feedback().forCase(moved.id(), MOST_MOVED);
    } catch (ConfigurationException noCaseListing) {
      // a storage without FeedbackStore.forCase (an optional method) keeps feedback at the commune it was sent to
      return;
    }
    for (Feedback f : ofCase) {
      if (f.status() != FeedbackStatus.CLOSED && !f.unit().equals(moved.responsibleUnit())) {
        tx.feedback().update(f.movedTo(moved.responsibleUnit()));
      }
    }
  }
}
