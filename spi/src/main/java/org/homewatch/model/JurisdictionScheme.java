package org.homewatch.model;

import java.util.List;

/**
 * The administrative-unit scheme a code belongs to. Codes are only unique inside a scheme: the GSO renumbered
 * units in the July 2025 reform (Gia Lai was province 64 with 17 districts; the new Gia Lai is 52 with
 * communes directly below it).
 */
public enum JurisdictionScheme {
  /** GSO codes in force 2021–2025: province → district → commune (63 provinces, 10,035 communes). */
  GSO_2021(List.of(JurisdictionLevel.PROVINCE, JurisdictionLevel.DISTRICT, JurisdictionLevel.COMMUNE)),
  /** GSO codes after the 2025 reform: province → commune (34 provinces, 3,321 communes). */
  GSO_2025(List.of(JurisdictionLevel.PROVINCE, JurisdictionLevel.COMMUNE));

  private final List<JurisdictionLevel> levels;

  JurisdictionScheme(List<JurisdictionLevel> levels) {
    this.levels = levels;
  }

  /**
   * The levels of this scheme, from the province down.
   *
   * @return the levels, province first
   */
  public List<JurisdictionLevel> levels() {
    return levels;
  }

  /**
   * The level of a unit whose path from the province has {@code depth} codes (1 = province).
   *
   * @param depth the number of codes, 1 or more
   * @return the level at that depth
   */
  public JurisdictionLevel levelAtDepth(int depth) {
    return levels.get(depth - 1);
  }
}
