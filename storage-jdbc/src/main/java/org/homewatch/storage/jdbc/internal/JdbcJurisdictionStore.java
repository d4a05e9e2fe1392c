package org.homewatch.storage.jdbc.internal;

import java.sql.SQLException;
import java.util.List;
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

  @Override
  public void save(Jurisdiction j) {
    JurisdictionPath path = j.path();
    if (!path.isProvince() && find(path.parent()).isEmpty()) {
      throw new NotFoundException("jurisdiction", path.parent());
    }
    db.update(Sql.JURISDICTION_SAVE, p -> p.string(path.key())
        .string(path.scheme().name())
        .string(path.code())
        .string(path.level().name())
        .string(path.isProvince() ? Optional.empty() : Optional.of(path.parent().key()))
        .string(j.name()));
  }

  @Override
  public Optional<Jurisdiction> find(JurisdictionPath path) {
    return db.queryOne(Sql.JURISDICTION_FIND, p -> p.string(path.key()), JdbcJurisdictionStore::read);
  }

  @Override
  public List<Jurisdiction> children(JurisdictionPath parent) {
    return db.query(Sql.JURISDICTION_CHILDREN, p -> p.string(parent.key()), JdbcJurisdictionStore::read);
  }

  private static Jurisdiction read(Row r) throws SQLException {
    return new Jurisdiction(JurisdictionPath.fromKey(r.string("path_key")), r.string("name"));
  }
}
