package org.homewatch.model;

/** A person's sex, as on their papers; the rules use it only where thresholds differ. */
public enum Sex {
  /** Female. */
  FEMALE,
  /** Male. */
  MALE,
  /** Neither, as the papers say. */
  OTHER,
  /** Not recorded. */
  UNKNOWN
}
