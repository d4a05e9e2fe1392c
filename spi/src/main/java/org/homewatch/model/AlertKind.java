package org.homewatch.model;

/** What an alert is about. A case has at most one open alert of each kind; new evidence raises it. */
public enum AlertKind {
  /** Abnormal health signs in a declaration. */
  HEALTH,
  /** Declarations expected and not made. */
  MISSED_DECLARATIONS,
  /** Declared away from home. */
  OFF_SITE,
  /** A presence check failed or went unanswered. */
  PRESENCE_FAILED,
  /** A citizen's feedback waiting too long for an answer. */
  FEEDBACK
}
