package org.homewatch.storage.memory.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.homewatch.NotFoundException;
import org.homewatch.model.Jurisdiction;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.spi.storage.JurisdictionStore;

/** Units by path, and each unit's children by code. */
final class JurisdictionTable implements JurisdictionStore {
  private final Engine engine;
  private final Map<JurisdictionPath, Jurisdiction> byPath = new HashMap<>();
  private final Map<JurisdictionPath, TreeMap<String, Jurisdiction>> children = new HashMap<>();

  JurisdictionTable(Engine engine) {
    this.engine = engine;
  }

  @Override
  public void save(Jurisdiction jurisdiction) {
    engine.guard();
    if (!jurisdiction.path().isProvince() && !byPath.containsKey(jurisdiction.path().parent())) {
      throw new NotFoundException("jurisdiction", jurisdiction.path().parent());
    }
    Optional<Jurisdiction> previous = Optional.ofNullable(byPath.get(jurisdiction.path()));
    put(jurisdiction);
    engine.onRollback(() -> {
      remove(jurisdiction);
      previous.ifPresent(this::put);
    });
  }

  @Override
  public Optional<Jurisdiction> find(JurisdictionPath path) {
    engine.guard();
    return Optional.ofNullable(byPath.get(path));
  }

  @Override
  public List<Jurisdiction> children(JurisdictionPath parent) {
    engine.guard();
    TreeMap<String, Jurisdiction> below = children.get(parent);
    return below == null ? List.of() : List.copyOf(below.values());
  }

  void clear() {
    byPath.clear();
    children.clear();
  }

  private void put(Jurisdiction j) {
    byPath.put(j.path(), j);
    if (!j.path().isProvince()) {
      children.computeIfAbsent(j.path().parent(), p -> new TreeMap<>()).put(j.code(), j);
    } else {
      children.computeIfAbsent(JurisdictionPath.national(j.scheme()), p -> new TreeMap<>()).put(j.code(), j);
    }
  }

  private void remove(Jurisdiction j) {
    byPath.remove(j.path());
    JurisdictionPath above = j.path().isProvince() ? JurisdictionPath.national(j.scheme()) : j.path().parent();
    TreeMap<String, Jurisdiction> below = children.get(above);
    below.remove(j.code());
    if (below.isEmpty()) {
      children.remove(above);
    }
  }
}
