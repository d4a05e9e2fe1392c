package org.homewatch.model;

/** How an alert was settled, for the province's reports of what the system achieved. */
public enum AlertOutcome {
  /** Staff reached the person; no intervention needed. */
  CONTACTED_STABLE,
  /** Advice or medicine given at home. */
  TREATED_AT_HOME,
  /** Staff or a mobile health team visited. */
  HOME_VISIT,
  /** Taken to a hospital or treatment facility. */
  TRANSFERRED_TO_HOSPITAL,
  /** Emergency services (115) called. */
  EMERGENCY_SERVICES_CALLED,
  /** The input was wrong (a typo, a broken device). */
  FALSE_ALARM,
  /** The case closed before the alert was handled. */
  CASE_CLOSED,
  /** Anything else; the resolution note says what. */
  OTHER
}
