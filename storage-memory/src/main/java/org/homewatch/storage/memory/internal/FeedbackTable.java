package org.homewatch.storage.memory.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.homewatch.model.CaseId;
import org.homewatch.model.Feedback;
import org.homewatch.model.FeedbackId;
import org.homewatch.model.FeedbackStatus;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.spi.storage.FeedbackStore;

/** Feedback by id, and per (unit, status) oldest first (submitted-at, then id). */
final class FeedbackTable implements FeedbackStore {
  private final Engine engine;
  private final Map<FeedbackId, Feedback> byId = new HashMap<>();
  private final ScopedIndex<FeedbackStatus, Keys.At<FeedbackId>, Feedback> byUnit =
      ScopedIndex.byUnit(Keys.At::compareTo);
  private final MultiIndex<CaseId, FeedbackId> byCase = new MultiIndex<>();

  FeedbackTable(Engine engine) {
    this.engine = engine;
  }

  @Override
  public void insert(Feedback feedback) {
    VersionedRows.insert(engine, byId, feedback.id(), feedback, "feedback", this::add, this::remove);
  }

  @Override
  public Optional<Feedback> find(FeedbackId id) {
    engine.guard();
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public void update(Feedback updated) {
    VersionedRows.update(engine, byId, updated.id(), updated, "feedback", Feedback::version, this::add, this::remove);
  }

  @Override
  public Page<Feedback> list(JurisdictionPath scope, Set<FeedbackStatus> statuses, PageRequest page) {
    engine.guard();
    Optional<Keys.At<FeedbackId>> after = page.after().map(cursor -> {
      String[] parts = Cursors.decode(cursor, 2);
      return Keys.feedback(Cursors.instant(parts[0], cursor), Cursors.uuid(parts[1], cursor));
    });
    return byUnit.page(scope, status -> statuses.isEmpty() || statuses.contains(status),
        group -> after.isPresent() ? group.tailMap(after.get(), false) : group,
        f -> true, page.limit(), key -> Cursors.encode(key.at(), key.id()));
  }

  @Override
  public List<Feedback> forCase(CaseId caseId, int max) {
    engine.guard();
    List<Feedback> found = new ArrayList<>();
    byCase.get(caseId).forEach(id -> found.add(byId.get(id)));
    found.sort(Comparator.comparing((Feedback f) -> new Keys.At<>(f.submittedAt(), f.id())));
    return found.size() > max ? List.copyOf(found.subList(0, max)) : found;
  }

  /** The feedback about the case (a scan: the memory storage holds a small deployment's feedback). */
  java.util.List<Feedback> aboutCase(org.homewatch.model.CaseId caseId) {
    engine.guard();
    return byId.values().stream().filter(f -> f.caseId().equals(Optional.of(caseId)))
        .sorted(java.util.Comparator.comparing(f -> f.id().value())).toList();
  }

  void clear() {
    byCase.clear();
    byId.clear();
    byUnit.clear();
  }

  private void add(Feedback f) {
    byId.put(f.id(), f);
    f.caseId().ifPresent(c -> byCase.add(c, f.id()));
    byUnit.put(f.unit(), f.status(), new Keys.At<>(f.submittedAt(), f.id()), f);
  }

  private void remove(Feedback f) {
    byId.remove(f.id());
    f.caseId().ifPresent(c -> byCase.remove(c, f.id()));
    byUnit.remove(f.unit(), f.status(), new Keys.At<>(f.submittedAt(), f.id()));
  }
}
