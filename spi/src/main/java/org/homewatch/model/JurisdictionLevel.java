package org.homewatch.model;

/** Administrative levels, from the top. Not every scheme has every level (the 2025 reform removed districts). */
public enum JurisdictionLevel {
  /** The whole country in one scheme: a scope ({@link JurisdictionPath#national}), never a stored unit. */
  COUNTRY,
  /** A province or centrally-run city (tỉnh, thành phố trực thuộc trung ương). */
  PROVINCE,
  /** A district, town or provincial city (huyện, thị xã, thành phố thuộc tỉnh); none in the 2025 scheme. */
  DISTRICT,
  /** A commune, ward or township (xã, phường, thị trấn), where the health station works. */
  COMMUNE
}
