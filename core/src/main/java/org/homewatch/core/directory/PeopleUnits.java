package org.homewatch.core.directory;

import org.homewatch.ValidationException;
import org.homewatch.model.JurisdictionLevel;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.spi.storage.StorageTransaction;

/**
 * Which units can hold a case or a home address: a commune, or a district that has no communes. Five districts
 * of the 2021 scheme are governed without communes (the islands Bạch Long Vĩ 31/318, Cồn Cỏ 45/471, Hoàng Sa
 * 48/498, Lý Sơn 51/536 and Côn Đảo 77/755); people living there are the district's responsibility. A district
 * that has communes is refused, so a case is never parked above the health station that must watch it.
 */
public final class PeopleUnits {
  private PeopleUnits() {}

  /**
   * Fails unless {@code unit} is stored and holds people (a commune, or a district without communes).
   *
   * @param tx the caller's transaction
   * @param unit the unit a case or address names
   * @param field the input field the refusal names
   */
  public static void require(StorageTransaction tx, JurisdictionPath unit, String field) {
    if (tx.jurisdictions().find(unit).isEmpty()) {
      throw ValidationException.of(field, "homewatch.validation.jurisdiction.unknown",
          "the commune " + unit + " is not known; import the administrative units first");
    }
    requireNoCommunesBelow(tx, unit, field);
  }

  /**
   * Fails if {@code unit} is a district that has communes (whether or not the unit itself is stored).
   *
   * @param tx the caller's transaction
   * @param unit the unit a case or address names
   * @param field the input field the refusal names
   */
  public static void requireNoCommunesBelow(StorageTransaction tx, JurisdictionPath unit, String field) {
    if (unit.level() == JurisdictionLevel.DISTRICT && !tx.jurisdictions().children(unit).isEmpty()) {
      throw ValidationException.of(field, "homewatch.validation.jurisdiction.hasCommunes",
          "the district " + unit + " has communes; name the commune the person lives in");
    }
  }
}
