package org.homewatch.spi.storage;

import java.util.Optional;
import org.homewatch.model.Feedback;
import org.homewatch.model.FeedbackId;
import org.homewatch.model.FeedbackStatus;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import java.util.Set;

/** Citizens' feedback (phản ánh). */
public interface FeedbackStore {
  /** @throws org.homewatch.ConflictException if feedback with this id exists */
  void insert(Feedback feedback);

  Optional<Feedback> find(FeedbackId id);

  /**
   * Replaces the stored feedback if the stored version is {@code updated.version() - 1}.
   *
   * @throws org.homewatch.ConflictException on a stale version
   * @throws org.homewatch.NotFoundException if there is no such feedback
   */
  void update(Feedback updated);

  /** Feedback whose unit lies in {@code scope} with one of {@code statuses} (all if empty), oldest first. */
  Page<Feedback> list(JurisdictionPath scope, Set<FeedbackStatus> statuses, PageRequest page);
}
