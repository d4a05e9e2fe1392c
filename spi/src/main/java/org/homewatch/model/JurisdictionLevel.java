package org.homewatch.model;

/** Administrative levels, from the top. Not every scheme has every level (the 2025 reform removed districts). */
public enum JurisdictionLevel {
  /** The whole country in one scheme: a scope ({@link JurisdictionPath#national}), never a stored unit. */
  COUNTRY,
  PROVINCE,
  DISTRICT,
  COMMUNE
}
