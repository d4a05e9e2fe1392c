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
   * @param jurisdiction the unit to store
   * @throws org.homewatch.NotFoundException if the unit is not a province and its parent is not stored
   */
  void save(Jurisdiction jurisdiction);

  /**
   * Inserts or replaces many units in one go, as if {@link #save} were called for each in order; a unit's parent
   * may be an earlier element of {@code units}. Added for the national import (about 11,000 units): a storage
   * should send them as few round trips as it can (the JDBC storage sends JDBC batches of the whole list after one
   * check of the parents). The default calls {@link #save} for each, so a third-party storage keeps compiling and
   * keeps its semantics; it only keeps its speed.
   *
   * @param units the units to store, parents before their children
   * @throws org.homewatch.NotFoundException if a unit is not a province and its parent is neither stored nor
   *     earlier in {@code units}; nothing of the list is then saved once the transaction rolls back
   */
  default void saveAll(List<Jurisdiction> units) {
    for (Jurisdiction unit : units) {
      save(unit);
    }
  }

  /**
   * The unit at this path, if the deployment knows it.
   *
   * @param path the unit's path, e.g. {@code GSO_2021:64/622/23473}
   * @return the unit, or empty
   */
  Optional<Jurisdiction> find(JurisdictionPath path);

  /**
   * The units directly below {@code parent}, ordered by code as {@link String#compareTo} orders it (by UTF-16
   * code unit, so {@code "10" < "9" < "B" < "a"}), whatever the database's collation. Below a
   * {@linkplain JurisdictionPath#national national} path lie that scheme's provinces (and none of another scheme):
   * this is how the provinces are listed.
   *
   * @param parent a district, province, or a national path to list provinces
   * @return the units directly below, possibly none
   */
  List<Jurisdiction> children(JurisdictionPath parent);
}
