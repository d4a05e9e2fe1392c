package org.homewatch.model;

/** Administrative levels, from the top. Not every scheme has every level (the 2025 reform removed districts). */
public enum JurisdictionLevel {
  PROVINCE,
  DISTRICT,
  COMMUNE
}
