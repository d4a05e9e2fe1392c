package org.homewatch.spi.storage;

import java.util.Optional;
import java.util.List;
import org.homewatch.model.CaseId;
import org.homewatch.model.Feedback;
import org.homewatch.model.FeedbackId;
import org.homewatch.model.FeedbackStatus;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import java.util.Set;

/** Citizens' feedback (phản ánh). */
public interface FeedbackStore {
  /**
   * @param feedback the new feedback
   * @throws org.homewatch.ConflictException if feedback with this id exists
   */
  void insert(Feedback feedback);

  /**
   * The feedback with this id, in any status.
   *
   * @param id the feedback's id
   * @return the feedback, or empty if there is none
   */
  Optional<Feedback> find(FeedbackId id);

  /**
   * Replaces the stored feedback if the stored version is {@code updated.version() - 1}.
   *
   * @param updated the feedback with its version one above the stored one
   * @throws org.homewatch.ConflictException on a stale version
   * @throws org.homewatch.NotFoundException if there is no such feedback
   */
  void update(Feedback updated);

  /**
   * Feedback whose unit lies in {@code scope} with one of {@code statuses} (all if empty), oldest first.
   *
   * @param scope the units whose feedback is wanted
   * @param statuses the statuses to list; empty for all
   * @param page where to start and how many
   * @return one page of feedback and the cursor of the next
   */
  Page<Feedback> list(JurisdictionPath scope, Set<FeedbackStatus> statuses, PageRequest page);

  /**
   * The feedback about one case, oldest first (by submission time, ties by id), at most {@code max} items: a
   * citizen's own feedback with its replies. Not scoped: the caller (core) checks who may read the case.
   *
   * <p>The default refuses with a {@link org.homewatch.ConfigurationException} naming this method, so a third-party
   * storage written before it keeps compiling and keeps everything else working; the storage TCK checks it.
   *
   * @param caseId the case the feedback is about
   * @param max the most items returned, at least 1
   * @return the case's feedback, oldest first
   */
  default List<Feedback> forCase(CaseId caseId, int max) {
    throw new org.homewatch.ConfigurationException(getClass().getName() + " does not list feedback by case: "
        + "implement FeedbackStore.forCase (checked by the storage TCK) for the citizen's views");
  }
}
