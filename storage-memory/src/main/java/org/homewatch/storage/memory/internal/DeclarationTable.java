package org.homewatch.storage.memory.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.homewatch.model.AssessedDeclaration;
import org.homewatch.model.CaseId;
import org.homewatch.model.Declaration;
import org.homewatch.model.DeclarationId;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.spi.storage.DeclarationStore;
import org.homewatch.spi.storage.InsertOutcome;

/**
 * Declarations per case, sorted by (observed-at, id). Every query names one case, so a case's own small map is
 * all a query touches. Finding by id scans that map: a case has tens of declarations (two or three a day for
 * two weeks), and a second index would cost more memory per declaration than the scan costs time.
 */
final class DeclarationTable implements DeclarationStore {
  private final Engine engine;
  private final Map<CaseId, NavigableMap<Keys.At<DeclarationId>, AssessedDeclaration>> byCase = new HashMap<>();

  DeclarationTable(Engine engine) {
    this.engine = engine;
  }

  @Override
  public InsertOutcome insert(AssessedDeclaration declaration) {
    engine.guard();
    Declaration d = declaration.declaration();
    if (lookup(d.caseId(), d.id(), Optional.of(d.observedAt())).isPresent()) {
      return InsertOutcome.ALREADY_PRESENT;
    }
    Keys.At<DeclarationId> key = new Keys.At<>(d.observedAt(), d.id());
    byCase.computeIfAbsent(d.caseId(), c -> new TreeMap<>()).put(key, declaration);
    engine.onRollback(() -> {
      NavigableMap<Keys.At<DeclarationId>, AssessedDeclaration> ofCase = byCase.get(d.caseId());
      ofCase.remove(key);
      if (ofCase.isEmpty()) {
        byCase.remove(d.caseId());
      }
    });
    return InsertOutcome.INSERTED;
  }

  @Override
  public Optional<AssessedDeclaration> find(CaseId caseId, DeclarationId id) {
    engine.guard();
    return lookup(caseId, id, Optional.empty());
  }

  @Override
  public List<AssessedDeclaration> observedBetween(CaseId caseId, Instant from, Instant to, int limit) {
    engine.guard();
    NavigableMap<Keys.At<DeclarationId>, AssessedDeclaration> ofCase = byCase.get(caseId);
    if (ofCase == null || limit <= 0 || !from.isBefore(to)) {
      return List.of();
    }
    List<AssessedDeclaration> found = new ArrayList<>();
    Iterator<AssessedDeclaration> it = ofCase.subMap(Keys.declaration(from, Keys.LOWEST), true,
        Keys.declaration(to, Keys.LOWEST), false).values().iterator();
    while (it.hasNext() && found.size() < limit) {
      found.add(it.next());
    }
    return found;
  }

  /** Newest observed first; ties on the instant go by id descending. */
  @Override
  public Page<AssessedDeclaration> listForCase(CaseId caseId, PageRequest page) {
    engine.guard();
    // The cursor is checked before the case is looked up: a forged one is refused for every case alike.
    Optional<Keys.At<DeclarationId>> after = page.after().map(cursor -> {
      String[] parts = Cursors.decode(cursor, 2);
      return Keys.declaration(Cursors.instant(parts[0], cursor), Cursors.uuid(parts[1], cursor));
    });
    NavigableMap<Keys.At<DeclarationId>, AssessedDeclaration> ofCase = byCase.get(caseId);
    if (ofCase == null) {
      return Page.last(List.of());
    }
    NavigableMap<Keys.At<DeclarationId>, AssessedDeclaration> window =
        after.isPresent() ? ofCase.headMap(after.get(), false) : ofCase;
    return Pages.collect(window.descendingMap().entrySet().iterator(), d -> true, page.limit(),
        key -> Cursors.encode(key.at(), key.id()));
  }

  /** Replaces each declaration of the case by {@code change} of it, in place (same keys), undone on rollback. */
  void replaceAll(CaseId caseId, java.util.function.UnaryOperator<AssessedDeclaration> change) {
    engine.guard();
    NavigableMap<Keys.At<DeclarationId>, AssessedDeclaration> ofCase = byCase.get(caseId);
    if (ofCase == null) {
      return;
    }
    NavigableMap<Keys.At<DeclarationId>, AssessedDeclaration> before = new TreeMap<>(ofCase);
    ofCase.replaceAll((key, d) -> change.apply(d));
    engine.onRollback(() -> {
      ofCase.clear();
      ofCase.putAll(before);
    });
  }

  void clear() {
    byCase.clear();
  }

  /** A retried submission usually repeats the observed-at, which finds it without the scan. */
  private Optional<AssessedDeclaration> lookup(CaseId caseId, DeclarationId id, Optional<Instant> likelyAt) {
    NavigableMap<Keys.At<DeclarationId>, AssessedDeclaration> ofCase = byCase.get(caseId);
    if (ofCase == null) {
      return Optional.empty();
    }
    if (likelyAt.isPresent()) {
      AssessedDeclaration hit = ofCase.get(new Keys.At<>(likelyAt.get(), id));
      if (hit != null) {
        return Optional.of(hit);
      }
    }
    for (AssessedDeclaration d : ofCase.values()) {
      if (d.declaration().id().equals(id)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
