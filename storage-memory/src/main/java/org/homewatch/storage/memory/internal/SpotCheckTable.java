package org.homewatch.storage.memory.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homewatch.ConflictException;
import org.homewatch.model.CaseId;
import org.homewatch.model.SpotCheck;
import org.homewatch.model.SpotCheckId;
import org.homewatch.model.SpotCheckState;
import org.homewatch.spi.storage.SpotCheckStore;

/** Spot checks by id and per case; the case's open one is found among its few checks. */
final class SpotCheckTable implements SpotCheckStore {
  private static final Comparator<SpotCheck> OLDEST_FIRST =
      Comparator.comparing(SpotCheck::requestedAt).thenComparing(SpotCheck::id);

  private final Engine engine;
  private final Map<SpotCheckId, SpotCheck> byId = new HashMap<>();
  private final Map<CaseId, List<SpotCheckId>> byCase = new HashMap<>();

  SpotCheckTable(Engine engine) {
    this.engine = engine;
  }

  @Override
  public void insert(SpotCheck check) {
    engine.guard();
    refuseSecondOpen(check);
    VersionedRows.insert(engine, byId, check.id(), check, "spot check", this::add, this::remove);
  }

  @Override
  public Optional<SpotCheck> find(CaseId caseId, SpotCheckId id) {
    engine.guard();
    return Optional.ofNullable(byId.get(id)).filter(c -> c.caseId().equals(caseId));
  }

  @Override
  public Optional<SpotCheck> findOpen(CaseId caseId) {
    engine.guard();
    return open(caseId);
  }

  @Override
  public Map<CaseId, SpotCheck> findOpen(Collection<CaseId> caseIds) {
    engine.guard();
    Map<CaseId, SpotCheck> found = new LinkedHashMap<>();
    for (CaseId id : caseIds) {
      open(id).ifPresent(c -> found.put(id, c));
    }
    return found;
  }

  @Override
  public List<SpotCheck> listForCase(CaseId caseId) {
    engine.guard();
    List<SpotCheck> checks = new ArrayList<>();
    for (SpotCheckId id : byCase.getOrDefault(caseId, List.of())) {
      checks.add(byId.get(id));
    }
    checks.sort(OLDEST_FIRST);
    return checks;
  }

  @Override
  public void update(SpotCheck updated) {
    VersionedRows.update(engine, byId, updated.id(), updated, "spot check", SpotCheck::version, this::add,
        this::remove);
  }

  void clear() {
    byId.clear();
    byCase.clear();
  }

  private Optional<SpotCheck> open(CaseId caseId) {
    for (SpotCheckId id : byCase.getOrDefault(caseId, List.of())) {
      SpotCheck check = byId.get(id);
      if (check.state() == SpotCheckState.REQUESTED) {
        return Optional.of(check);
      }
    }
    return Optional.empty();
  }

  private void refuseSecondOpen(SpotCheck check) {
    if (check.state() == SpotCheckState.REQUESTED) {
      open(check.caseId()).filter(other -> !other.id().equals(check.id())).ifPresent(other -> {
        throw new ConflictException("case " + check.caseId() + " has an open spot check already: " + other.id());
      });
    }
  }

  private void add(SpotCheck check) {
    byId.put(check.id(), check);
    List<SpotCheckId> ofCase = byCase.computeIfAbsent(check.caseId(), k -> new ArrayList<>());
    if (!ofCase.contains(check.id())) {
      ofCase.add(check.id());
    }
  }

  private void remove(SpotCheck check) {
    byId.remove(check.id());
    List<SpotCheckId> ofCase = byCase.get(check.caseId());
    if (ofCase != null) {
      ofCase.remove(check.id());
      if (ofCase.isEmpty()) {
        byCase.remove(check.caseId());
      }
    }
  }
}
