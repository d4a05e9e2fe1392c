package org.homewatch.storage.jdbc.internal;

import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homewatch.ConflictException;
import org.homewatch.NotFoundException;
import org.homewatch.model.AccountId;
import org.homewatch.model.CaseId;
import org.homewatch.model.DeclarationId;
import org.homewatch.model.SpotCheck;
import org.homewatch.model.SpotCheckId;
import org.homewatch.model.SpotCheckState;
import org.homewatch.spi.storage.SpotCheckStore;

/**
 * Spot checks in {@code hw_spot_check}, keyed by (case id, spot check id). The unique key on
 * {@code (case_id, open_marker)} keeps one open check per case, so two nodes asking at once cannot both succeed.
 */
final class JdbcSpotCheckStore implements SpotCheckStore {
  private final Db db;

  JdbcSpotCheckStore(Db db) {
    this.db = db;
  }

  @Override
  public void insert(SpotCheck check) {
    // ON CONFLICT DO NOTHING on PostgreSQL (no target: either key), a recognised duplicate-key error on H2.
    if (!db.insertIfAbsent(Sql.SPOT_CHECK_INSERT, p -> {
      p.uuid(check.caseId().value()).uuid(check.id().value());
      bindColumns(p, check);
    })) {
      throw new ConflictException("spot check " + check.id() + " of case " + check.caseId() + " was not stored: its"
          + " id is taken, or the case has an open spot check already");
    }
  }

  @Override
  public Optional<SpotCheck> find(CaseId caseId, SpotCheckId id) {
    return db.queryOne(Sql.SPOT_CHECK_FIND, p -> p.uuid(caseId.value()).uuid(id.value()), JdbcSpotCheckStore::read);
  }

  @Override
  public Optional<SpotCheck> findOpen(CaseId caseId) {
    return db.queryOne(Sql.SPOT_CHECK_FIND_OPEN, p -> p.uuid(caseId.value()), JdbcSpotCheckStore::read);
  }

  @Override
  public Map<CaseId, SpotCheck> findOpen(Collection<CaseId> caseIds) {
    Map<CaseId, SpotCheck> found = new LinkedHashMap<>();
    if (caseIds.isEmpty()) {
      return found;
    }
    List<SpotCheck> rows = db.query(Sql.SPOT_CHECK_FIND_OPEN_FOR_CASES,
        p -> p.uuids(caseIds.stream().map(CaseId::value).toList()), JdbcSpotCheckStore::read);
    rows.forEach(c -> found.put(c.caseId(), c));
    return found;
  }

  @Override
  public List<SpotCheck> listForCase(CaseId caseId) {
    return db.query(Sql.SPOT_CHECK_LIST_FOR_CASE, p -> p.uuid(caseId.value()), JdbcSpotCheckStore::read);
  }

  @Override
  public void update(SpotCheck updated) {
    long expected = updated.version() - 1;
    int changed = db.update(Sql.SPOT_CHECK_UPDATE, p -> {
      bindColumns(p, updated);
      p.uuid(updated.caseId().value()).uuid(updated.id().value()).number(expected);
    });
    if (changed == 0) {
      long actual = db.queryOne(Sql.SPOT_CHECK_VERSION,
              p -> p.uuid(updated.caseId().value()).uuid(updated.id().value()), r -> r.number("version"))
          .orElseThrow(() -> new NotFoundException("spot check", updated.id()));
      throw ConflictException.staleVersion("spot check", updated.id(), expected, actual);
    }
  }

  /** Binds requested_by … version, the columns after the key in {@link Columns#SPOT_CHECK}. */
  private static void bindColumns(Params p, SpotCheck c) throws SQLException {
    p.string(c.requestedBy().value())
        .instant(c.requestedAt())
        .instant(c.answerBy())
        .string(c.state().name())
        .instant(c.settledAt())
        .uuid(c.evidence().map(DeclarationId::value));
    if (c.state() == SpotCheckState.REQUESTED) {
      p.bool(true);
    } else {
      p.value(null, Types.BOOLEAN);
    }
    p.number(c.version());
  }

  private static SpotCheck read(Row r) throws SQLException {
    return new SpotCheck(
        new SpotCheckId(r.uuid("spot_check_id")),
        new CaseId(r.uuid("case_id")),
        new AccountId(r.string("requested_by")),
        r.instant("requested_at"),
        r.instant("answer_by"),
        SpotCheckState.valueOf(r.string("state")),
        r.optInstant("settled_at"),
        r.optUuid("evidence").map(DeclarationId::new),
        r.number("version"));
  }
}
