package org.homewatch.spi.storage;

import java.util.List;
import java.util.Optional;
import org.homewatch.model.Jurisdiction;
import org.homewatch.model.JurisdictionPath;

/** The administrative units a deployment knows (a reference table). */
public interface JurisdictionStore {
  /**
   * Inserts or replaces the unit at this path.
   *
   * @throws org.homewatch.NotFoundException if the unit is not a province and its parent is not stored
   */
  void save(Jurisdiction jurisdiction);

  Optional<Jurisdiction> find(JurisdictionPath path);

  /**
   * The units directly below {@code parent}, ordered by code as {@link String#compareTo} orders it (by UTF-16
   * code unit, so {@code "10" < "9" < "B" < "a"}), whatever the database's collation.
   */
  List<Jurisdiction> children(JurisdictionPath parent);
}
