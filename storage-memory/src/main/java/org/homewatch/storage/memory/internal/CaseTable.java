package org.homewatch.storage.memory.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homewatch.model.CaseId;
import org.homewatch.model.CaseQuery;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NationalId;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.model.PersonId;
import org.homewatch.model.PhoneNumber;
import org.homewatch.spi.storage.CaseStore;

/** Cases by id, by (commune, status) for line lists, and by national id, phone and person id for duplicate checks. */
final class CaseTable implements CaseStore {
  private final Engine engine;
  private final Map<CaseId, IsolationCase> byId = new HashMap<>();
  private final ScopedIndex<CaseStatus, CaseId, IsolationCase> byUnit =
      ScopedIndex.byUnitAndWhole(Comparator.<CaseId>naturalOrder(), IsolationCase::responsibleUnit);
  private final MultiIndex<NationalId, CaseId> byNationalId = new MultiIndex<>();
  private final MultiIndex<PhoneNumber, CaseId> byPhone = new MultiIndex<>();
  private final MultiIndex<PersonId, CaseId> byPerson = new MultiIndex<>();
  private final MultiIndex<PersonId, CaseId> byHouseholdHead = new MultiIndex<>();

  CaseTable(Engine engine) {
    this.engine = engine;
  }

  @Override
  public void insert(IsolationCase isolationCase) {
    VersionedRows.insert(engine, byId, isolationCase.id(), isolationCase, "case", this::add, this::remove);
  }

  @Override
  public Optional<IsolationCase> find(CaseId id) {
    engine.guard();
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public void update(IsolationCase updated) {
    VersionedRows.update(engine, byId, updated.id(), updated, "case", IsolationCase::version, this::add, this::remove);
  }

  @Override
  public Page<IsolationCase> list(CaseQuery query, PageRequest page) {
    engine.guard();
    Optional<CaseId> after = page.after().map(cursor -> new CaseId(Cursors.uuid(Cursors.decode(cursor, 1)[0], cursor)));
    return byUnit.page(query.scope(),
        status -> query.statuses().isEmpty() || query.statuses().contains(status),
        group -> after.isPresent() ? group.tailMap(after.get(), false) : group,
        query::matches, page.limit(), id -> Cursors.encode(id));
  }

  @Override
  public List<IsolationCase> findByNationalId(NationalId nationalId) {
    engine.guard();
    return resolve(byNationalId.get(nationalId));
  }

  @Override
  public List<IsolationCase> findByPhone(PhoneNumber phone) {
    engine.guard();
    return resolve(byPhone.get(phone));
  }

  @Override
  public List<IsolationCase> findByPerson(PersonId person) {
    engine.guard();
    List<IsolationCase> found = resolve(byPerson.get(person));
    found.sort(Comparator.comparing(IsolationCase::id));
    return found;
  }

  @Override
  public List<IsolationCase> findByHouseholdHead(PersonId head) {
    engine.guard();
    List<IsolationCase> found = resolve(byHouseholdHead.get(head));
    found.sort(Comparator.comparing(IsolationCase::id));
    return found;
  }

  /** Every case, in no order, for the retention scan. */
  java.util.Collection<IsolationCase> all() {
    engine.guard();
    return byId.values();
  }

  void clear() {
    byHouseholdHead.clear();
    byId.clear();
    byUnit.clear();
    byNationalId.clear();
    byPhone.clear();
    byPerson.clear();
  }

  private List<IsolationCase> resolve(List<CaseId> ids) {
    List<IsolationCase> found = new ArrayList<>(ids.size());
    ids.forEach(id -> found.add(byId.get(id)));
    return found;
  }

  private void add(IsolationCase c) {
    byId.put(c.id(), c);
    byUnit.put(c.responsibleUnit(), c.status(), c.id(), c);
    c.person().nationalId().ifPresent(n -> byNationalId.add(n, c.id()));
    byPhone.add(c.person().phone(), c.id());
    byPerson.add(c.person().id(), c.id());
    c.householdHead().ifPresent(h -> byHouseholdHead.add(h, c.id()));
  }

  private void remove(IsolationCase c) {
    byId.remove(c.id());
    byUnit.remove(c.responsibleUnit(), c.status(), c.id());
    c.person().nationalId().ifPresent(n -> byNationalId.remove(n, c.id()));
    byPhone.remove(c.person().phone(), c.id());
    byPerson.remove(c.person().id(), c.id());
    c.householdHead().ifPresent(h -> byHouseholdHead.remove(h, c.id()));
  }
}
