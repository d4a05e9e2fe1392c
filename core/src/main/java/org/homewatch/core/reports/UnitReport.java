package org.homewatch.core.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.homewatch.model.JurisdictionLevel;
import org.homewatch.model.JurisdictionPath;

/**
 * The figures of one unit in a {@link Report}.
 *
 * @param unit the unit
 * @param name its name (Vietnamese, NFC)
 * @param period its figures over the whole period
 * @param days its figures day by day, one per day of the period in order
 * @param parts the units directly below it (districts of a province, communes of a district), ordered by code;
 *     their figures add up to this unit's, except where a unit above has records of its own (an account scoped to
 *     the district, for instance)
 */
public record UnitReport(JurisdictionPath unit, String name, Figures period, List<DayFigures> days,
    List<UnitReport> parts) {
  /**
   * Refuses null components; copies the lists.
   *
   * @param unit the unit
   * @param name its name (Vietnamese, NFC)
   * @param period its figures over the whole period
   * @param days its figures day by day, one per day of the period in order
   * @param parts the units directly below it (districts of a province, communes of a district), ordered by code
   */
  public UnitReport {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(period, "period");
    days = List.copyOf(days);
    parts = List.copyOf(parts);
  }

  /**
   * The unit's level.
   *
   * @return province, district or commune
   */
  public JurisdictionLevel level() {
    return unit.level();
  }

  /**
   * This unit's report or that of a unit below it.
   *
   * @param wanted a unit
   * @return its report, or empty if it lies outside this one
   */
  public Optional<UnitReport> find(JurisdictionPath wanted) {
    if (unit.equals(wanted)) {
      return Optional.of(this);
    }
    if (!unit.contains(wanted)) {
      return Optional.empty();
    }
    for (UnitReport part : parts) {
      Optional<UnitReport> found = part.find(wanted);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * The communes at the bottom of this report (this unit if it is a commune).
   *
   * @return the communes, in order
   */
  public List<UnitReport> communes() {
    List<UnitReport> communes = new ArrayList<>();
    collectCommunes(communes);
    return communes;
  }

  private void collectCommunes(List<UnitReport> into) {
    if (unit.level() == JurisdictionLevel.COMMUNE) {
      into.add(this);
    }
    parts.forEach(p -> p.collectCommunes(into));
  }
}
