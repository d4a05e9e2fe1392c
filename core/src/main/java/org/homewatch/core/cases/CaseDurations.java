package org.homewatch.core.cases;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.homewatch.ConfigurationException;
import org.homewatch.model.CaseCategory;

/**
 * How many days of home monitoring each category gets when a decision gives no end date. Policy data: durations
 * changed four times in 2021–2022 (14 + 14, 7 + 7, 5 + 5, 7 + 3), so provinces set them; these defaults follow
 * the last Ministry guidance the seed's period knew and are meant to be replaced.
 */
public record CaseDurations(Map<CaseCategory, Integer> days) {
  public CaseDurations {
    days = Map.copyOf(days);
    for (CaseCategory category : CaseCategory.values()) {
      Integer d = days.get(category);
      if (d == null || d < 1 || d > 366) {
        throw new ConfigurationException("monitoring duration for " + category + " must be 1 to 366 days, was " + d);
      }
    }
  }

  /** F1 and F2 14 days, after facility quarantine 7, entry 7, F0 at home 10, other 14. */
  public static CaseDurations defaults() {
    Map<CaseCategory, Integer> d = new EnumMap<>(CaseCategory.class);
    d.put(CaseCategory.F1, 14);
    d.put(CaseCategory.F2, 14);
    d.put(CaseCategory.POST_FACILITY, 7);
    d.put(CaseCategory.ENTRY, 7);
    d.put(CaseCategory.F0_HOME_CARE, 10);
    d.put(CaseCategory.OTHER, 14);
    return new CaseDurations(d);
  }

  public int daysFor(CaseCategory category) {
    return Objects.requireNonNull(days.get(category));
  }
}
