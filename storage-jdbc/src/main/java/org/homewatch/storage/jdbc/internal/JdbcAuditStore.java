package org.homewatch.storage.jdbc.internal;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.homewatch.model.AccountId;
import org.homewatch.model.AuditEvent;
import org.homewatch.model.AuditEventId;
import org.homewatch.model.AuditQuery;
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

  /** One statement over column arrays on PostgreSQL; a JDBC batch on H2. */
  @Override
  public void appendAll(List<AuditEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    if (db.dialect() == Dialect.POSTGRESQL) {
      int n = events.size();
      Object[][] columns = new Object[8][n];
      for (int i = 0; i < n; i++) {
        AuditEvent e = events.get(i);
        columns[0][i] = e.id().value();
        columns[1][i] = e.at().toString();
        columns[2][i] = e.actor().value();
        columns[3][i] = e.action();
        columns[4][i] = e.targetType();
        columns[5][i] = e.targetId();
        columns[6][i] = e.unit().key();
        columns[7][i] = Codec.stringMap(e.details());
      }
      db.update(Sql.AUDIT_INSERT_ARRAYS, p -> {
        p.array("uuid", columns[0]);
        for (int c = 1; c < columns.length; c++) {
          p.array("varchar", columns[c]);
        }
      });
      return;
    }
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

  /** One of three statements, by what the query names: a target, an actor, or only the scope and period. */
  @Override
  public Page<AuditEvent> query(AuditQuery query, PageRequest page) {
    String pattern = Scopes.subtree(query.scope());
    java.util.Optional<Cursor> after = page.after().map(text -> Cursor.decode(text, 2));
    Sql sql;
    if (query.targetType().isPresent()) {
      sql = after.isEmpty() ? Sql.AUDIT_QUERY_TARGET_FIRST : Sql.AUDIT_QUERY_TARGET_AFTER;
    } else if (query.actor().isPresent()) {
      sql = after.isEmpty() ? Sql.AUDIT_QUERY_ACTOR_FIRST : Sql.AUDIT_QUERY_ACTOR_AFTER;
    } else {
      sql = after.isEmpty() ? Sql.AUDIT_QUERY_FIRST : Sql.AUDIT_QUERY_AFTER;
    }
    java.util.Optional<String> actor = query.actor().map(AccountId::value);
    List<AuditEvent> rows = db.query(sql, p -> {
      if (query.targetType().isPresent()) {
        p.string(query.targetType().get()).string(query.targetId().orElseThrow()).string(actor).string(actor);
      } else if (actor.isPresent()) {
        p.string(actor.get());
      }
      p.string(pattern).instant(query.from()).instant(query.to());
      if (after.isPresent()) {
        p.instant(after.get().instant(0)).uuid(after.get().uuid(1));
      }
      p.integer(page.limit() + 1);
    }, JdbcAuditStore::read);
    return Cursor.page(rows, page, e -> Cursor.encode(e.at().toString(), e.id().toString()));
  }

  private static AuditEvent read(Row r) throws SQLException {
    return new AuditEvent(new AuditEventId(r.uuid("event_id")), r.instant("occurred_at"),
        new AccountId(r.string("actor")), r.string("action"), r.string("target_type"), r.string("target_id"),
        JurisdictionPath.fromKey(r.string("unit_key")), Codec.stringMap(r.string("details")));
  }
}
