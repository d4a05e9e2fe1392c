package org.homewatch.model;

/** Where a citizen's feedback is in its handling. */
public enum FeedbackStatus {
  /** Arrived; nobody at the health station has answered yet. */
  NEW,
  /** Staff are working on it. */
  IN_PROGRESS,
  /** Staff replied; the citizen may reply again. */
  ANSWERED,
  /** Settled; no more replies expected. */
  CLOSED
}
