package org.homewatch.storage.jdbc.internal;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.homewatch.ConflictException;
import org.homewatch.NotFoundException;
import org.homewatch.model.AccountId;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertId;
import org.homewatch.model.AlertKind;
import org.homewatch.model.AlertOutcome;
import org.homewatch.model.AlertQuery;
import org.homewatch.model.AlertStatus;
import org.homewatch.model.CaseId;
import org.homewatch.model.DeclarationId;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Severity;
import org.homewatch.spi.storage.AlertStore;

/** Alerts in {@code hw_alert}, keyed by (case id, alert id). */
final class JdbcAlertStore implements AlertStore {
  private final Db db;

  JdbcAlertStore(Db db) {
    this.db = db;
  }

  /** Worst first in ascending order: EMERGENCY 0 ... NORMAL 3, so that the queue pages with one row value. */
  static int queueRank(Severity severity) {
    return Severity.values().length - 1 - severity.ordinal();
  }

  @Override
  public void insert(Alert alert) {
    // The primary key holds the case id (Citus), so an alert id reused under another case is caught here.
    boolean exists = db.queryOne(Sql.ALERT_EXISTS, p -> p.uuid(alert.id().value()), r -> Boolean.TRUE).isPresent();
    if (exists || !db.insertIfAbsent(Sql.ALERT_INSERT, p -> {
      p.uuid(alert.caseId().value()).uuid(alert.id().value());
      bindColumns(p, alert);
    })) {
      throw new ConflictException("alert " + alert.id() + " exists already");
    }
  }

  @Override
  public Optional<Alert> find(AlertId id) {
    return db.queryOne(Sql.ALERT_FIND, p -> p.uuid(id.value()), JdbcAlertStore::read);
  }

  @Override
  public Optional<Alert> findActive(CaseId caseId, AlertKind kind) {
    return db.queryOne(Sql.ALERT_FIND_ACTIVE, p -> p.uuid(caseId.value()).string(kind.name()), JdbcAlertStore::read);
  }

  @Override
  public List<Alert> listForCase(CaseId caseId) {
    return db.query(Sql.ALERT_LIST_FOR_CASE, p -> p.uuid(caseId.value()), JdbcAlertStore::read);
  }

  @Override
  public void update(Alert updated) {
    long expected = updated.version() - 1;
    int changed = db.update(Sql.ALERT_UPDATE, p -> {
      bindColumns(p, updated);
      p.uuid(updated.caseId().value()).uuid(updated.id().value()).number(expected);
    });
    if (changed == 0) {
      long actual = db.queryOne(Sql.ALERT_VERSION, p -> p.uuid(updated.caseId().value()).uuid(updated.id().value()),
          r -> r.number("version")).orElseThrow(() -> new NotFoundException("alert", updated.id()));
      throw ConflictException.staleVersion("alert", updated.id(), expected, actual);
    }
  }

  @Override
  public Page<Alert> list(AlertQuery query, PageRequest page) {
    String scope = Scopes.subtree(query.scope());
    List<String> statuses = Scopes.namesOrAll(query.statuses(), AlertStatus.values());
    List<String> kinds = Scopes.namesOrAll(query.kinds(), AlertKind.values());
    List<Alert> rows;
    if (page.after().isEmpty()) {
      rows = db.query(Sql.ALERT_QUEUE_FIRST,
          p -> p.string(scope).strings(statuses).strings(kinds).integer(page.limit() + 1), JdbcAlertStore::read);
    } else {
      Cursor after = Cursor.decode(page.after().get(), 3);
      rows = db.query(Sql.ALERT_QUEUE_AFTER, p -> p.string(scope).strings(statuses).strings(kinds)
          .integer(after.integer(0)).instant(after.instant(1)).uuid(after.uuid(2)).integer(page.limit() + 1),
          JdbcAlertStore::read);
    }
    return Cursor.page(rows, page, a -> Cursor.encode(Integer.toString(queueRank(a.severity())),
        a.openedAt().toString(), a.id().toString()));
  }

  @Override
  public List<Alert> dueForEscalation(JurisdictionPath scope, Instant now, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    return db.query(Sql.ALERT_DUE_FOR_ESCALATION, p -> p.instant(now).string(Scopes.subtree(scope)).integer(limit),
        JdbcAlertStore::read);
  }

  /** Served by hw_alert_escalation_idx (status, acknowledge_by, alert_id), like escalation. */
  @Override
  public List<Alert> dueForResolutionFollowUp(JurisdictionPath scope, Instant now, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    return db.query(Sql.ALERT_DUE_FOR_RESOLUTION_FOLLOW_UP,
        p -> p.instant(now).string(Scopes.subtree(scope)).integer(limit), JdbcAlertStore::read);
  }

  /** Binds kind … version, the columns after the key in {@link Columns#ALERT}. */
  private static void bindColumns(Params p, Alert a) throws SQLException {
    p.string(a.kind().name())
        .string(a.severity().name())
        .integer(queueRank(a.severity()))
        .string(a.status().name())
        .string(a.responsibleUnit().key())
        .integer(a.escalationLevel())
        .instant(a.openedAt())
        .instant(a.acknowledgeBy())
        .uuid(a.trigger().map(DeclarationId::value))
        .string(a.summary())
        .string(a.handledBy().map(AccountId::value))
        .string(a.outcome().map(Enum::name))
        .string(Codec.alertHistory(a.history()))
        .number(a.version())
        .instant(a.lastSlotCounted())
        .string(a.summaryWording().map(Codec::wording));
  }

  private static Alert read(Row r) throws SQLException {
    return Alert.builder()
        .id(new AlertId(r.uuid("alert_id")))
        .caseId(new CaseId(r.uuid("case_id")))
        .kind(AlertKind.valueOf(r.string("kind")))
        .severity(Severity.valueOf(r.string("severity")))
        .status(AlertStatus.valueOf(r.string("status")))
        .responsibleUnit(JurisdictionPath.fromKey(r.string("unit_key")))
        .escalationLevel(r.integer("escalation_level"))
        .openedAt(r.instant("opened_at"))
        .acknowledgeBy(r.instant("acknowledge_by"))
        .trigger(r.optUuid("trigger_declaration").map(DeclarationId::new))
        .summary(r.string("summary"))
        .handledBy(r.optString("handled_by").map(AccountId::new))
        .outcome(r.optString("outcome").map(AlertOutcome::valueOf))
        .history(Codec.alertHistory(r.string("history")))
        .version(r.number("version"))
        .lastSlotCounted(r.optInstant("last_slot_counted"))
        .summaryWording(r.optString("summary_wording").map(Codec::wording))
        .build();
  }
}
