package org.homewatch.storage.jdbc.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import org.homewatch.NotFoundException;
import org.homewatch.model.Jurisdiction;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.spi.storage.JurisdictionStore;

/** Administrative units in {@code hw_jurisdiction} (a reference table). */
final class JdbcJurisdictionStore implements JurisdictionStore {
  private final Db db;

  JdbcJurisdictionStore(Db db) {
    this.db = db;
  }

  /** Units sent per JDBC batch: big enough to amortise the round trip, small enough for the driver's buffers. */
  private static final int BATCH = 1_000;

  @Override
  public void save(Jurisdiction j) {
    JurisdictionPath path = j.path();
    if (!path.isProvince() && find(path.parent()).isEmpty()) {
      throw new NotFoundException("jurisdiction", path.parent());
    }
    db.update(Sql.JURISDICTION_SAVE, p -> bind(p, j));
  }

  /**
   * One query for the parents the list does not bring itself, then the upserts as JDBC batches of {@value #BATCH}.
   * The import used to cost a parent lookup and an upsert per unit.
   */
  @Override
  public void saveAll(List<Jurisdiction> units) {
    Set<String> brought = new HashSet<>();
    Map<String, JurisdictionPath> wanted = new LinkedHashMap<>();
    for (Jurisdiction j : units) {
      JurisdictionPath path = j.path();
      if (!path.isProvince() && !brought.contains(path.parent().key())) {
        wanted.putIfAbsent(path.parent().key(), path.parent());
      }
      brought.add(path.key());
    }
    if (!wanted.isEmpty()) {
      Set<String> known = new HashSet<>(db.query(Sql.JURISDICTION_KNOWN, p -> p.strings(wanted.keySet()),
          r -> r.string("path_key")));
      for (Map.Entry<String, JurisdictionPath> parent : wanted.entrySet()) {
        if (!known.contains(parent.getKey())) {
          throw new NotFoundException("jurisdiction", parent.getValue());
        }
      }
    }
    for (int from = 0; from < units.size(); from += BATCH) {
      List<Db.Binder> binders = new ArrayList<>();
      for (Jurisdiction j : units.subList(from, Math.min(units.size(), from + BATCH))) {
        binders.add(p -> bind(p, j));
      }
      db.batch(Sql.JURISDICTION_SAVE, binders);
    }
  }

  private static void bind(Params p, Jurisdiction j) throws SQLException {
    JurisdictionPath path = j.path();
    p.string(path.key())
        .string(path.scheme().name())
        .string(path.code())
        .string(path.level().name())
        .string(path.isProvince() ? Optional.empty() : Optional.of(path.parent().key()))
        .string(j.name());
  }

  @Override
  public Optional<Jurisdiction> find(JurisdictionPath path) {
    return db.queryOne(Sql.JURISDICTION_FIND, p -> p.string(path.key()), JdbcJurisdictionStore::read);
  }

  @Override
  public List<Jurisdiction> children(JurisdictionPath parent) {
    if (parent.isNational()) {
      return db.query(Sql.JURISDICTION_PROVINCES, p -> p.string(parent.scheme().name()), JdbcJurisdictionStore::read);
    }
    return db.query(Sql.JURISDICTION_CHILDREN, p -> p.string(parent.key()), JdbcJurisdictionStore::read);
  }

  private static Jurisdiction read(Row r) throws SQLException {
    return new Jurisdiction(JurisdictionPath.fromKey(r.string("path_key")), r.string("name"));
  }
}
