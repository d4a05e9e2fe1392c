package org.homewatch.storage.jdbc.internal;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.homewatch.model.AccountId;
import org.homewatch.model.AuditEvent;
import org.homewatch.model.AuditEventId;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.spi.storage.AuditStore;

/** The append-only audit trail in {@code hw_audit_event}. */
final class JdbcAuditStore implements AuditStore {
  private final Db db;

  JdbcAuditStore(Db db) {
    this.db = db;
  }

  @Override
  public void append(AuditEvent e) {
    db.update(Sql.AUDIT_INSERT, p -> bind(p, e));
  }

  /** One JDBC batch (on PostgreSQL with {@code reWriteBatchedInserts}, multi-row inserts). */
  @Override
  public void appendAll(List<AuditEvent> events) {
    List<Db.Binder> rows = new ArrayList<>(events.size());
    for (AuditEvent e : events) {
      rows.add(p -> bind(p, e));
    }
    db.batch(Sql.AUDIT_INSERT, rows);
  }

  private static void bind(Params p, AuditEvent e) throws SQLException {
    p.uuid(e.id().value())
        .instant(e.at())
        .string(e.actor().value())
        .string(e.action())
        .string(e.targetType())
        .string(e.targetId())
        .string(e.unit().key())
        .string(Codec.stringMap(e.details()));
  }

  @Override
  public Page<AuditEvent> list(JurisdictionPath scope, Instant since, PageRequest page) {
    String pattern = Scopes.subtree(scope);
    List<AuditEvent> rows;
    if (page.after().isEmpty()) {
      rows = db.query(Sql.AUDIT_LIST_FIRST, p -> p.string(pattern).instant(since).integer(page.limit() + 1),
          JdbcAuditStore::read);
    } else {
      Cursor after = Cursor.decode(page.after().get(), 2);
      rows = db.query(Sql.AUDIT_LIST_AFTER, p -> p.string(pattern).instant(since).instant(after.instant(0))
          .uuid(after.uuid(1)).integer(page.limit() + 1), JdbcAuditStore::read);
    }
    return Cursor.page(rows, page, e -> Cursor.encode(e.at().toString(), e.id().toString()));
  }

  private static AuditEvent read(Row r) throws SQLException {
    return new AuditEvent(new AuditEventId(r.uuid("event_id")), r.instant("occurred_at"),
        new AccountId(r.string("actor")), r.string("action"), r.string("target_type"), r.string("target_id"),
        JurisdictionPath.fromKey(r.string("unit_key")), Codec.stringMap(r.string("details")));
  }
}
