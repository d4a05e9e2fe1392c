package org.homewatch.spi.storage;

import java.util.List;
import java.util.Optional;
import org.homewatch.model.Jurisdiction;
import org.homewatch.model.JurisdictionPath;

/** The administrative units a deployment knows (a reference table). */
public interface JurisdictionStore {
  /** Inserts or replaces the unit at this path. Its parent must be stored first (except for a province). */
  void save(Jurisdiction jurisdiction);

  Optional<Jurisdiction> find(JurisdictionPath path);

  /** The units directly below {@code parent}, ordered by code. */
  List<Jurisdiction> children(JurisdictionPath parent);
}
