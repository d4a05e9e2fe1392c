package org.homewatch.storage.jdbc.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.homewatch.model.Alert;
import org.homewatch.model.Anonymisation;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.Feedback;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.spi.storage.AlertStore;
import org.homewatch.spi.storage.CaseStore;
import org.homewatch.spi.storage.FeedbackStore;
import org.homewatch.spi.storage.RetentionStore;

/**
 * Retention in the tables of the other stores (V13). The case row is rewritten through the case store's own update,
 * so that every column derived from the person (phone, national id, person id, the name's search key) follows the
 * anonymised person, and {@code anonymised_at} marks it so that it is never due again. Declarations are erased with
 * one statement per case; alerts and feedback hold their texts in JSON columns and are rewritten row by row through
 * their stores (a closed case has a handful).
 */
final class JdbcRetentionStore implements RetentionStore {
  private static final List<String> CLOSED = java.util.Arrays.stream(CaseStatus.values())
      .filter(CaseStatus::isClosed).map(Enum::name).toList();
  private final Db db;
  private final CaseStore cases;
  private final AlertStore alerts;
  private final FeedbackStore feedback;

  JdbcRetentionStore(Db db, CaseStore cases, AlertStore alerts, FeedbackStore feedback) {
    this.db = db;
    this.cases = cases;
    this.alerts = alerts;
    this.feedback = feedback;
  }

  @Override
  public List<IsolationCase> dueForAnonymisation(JurisdictionPath scope, LocalDate endedBefore, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    return db.query(Sql.RETENTION_DUE_CASES, p -> p.date(endedBefore).strings(CLOSED).string(Scopes.subtree(scope))
        .integer(limit), JdbcCaseStore::read);
  }

  @Override
  public void anonymise(IsolationCase anonymised) {
    cases.update(anonymised);
    Instant at = anonymised.history().get(anonymised.history().size() - 1).at();
    db.update(Sql.RETENTION_MARK_CASE, p -> p.instant(at).uuid(anonymised.id().value()));
    db.update(Sql.RETENTION_ERASE_DECLARATIONS, p -> p.uuid(anonymised.id().value()));
    for (Alert a : alerts.listForCase(anonymised.id())) {
      alerts.update(Anonymisation.alert(a));
    }
    for (Feedback f : db.query(Sql.RETENTION_FEEDBACK_OF_CASE, p -> p.uuid(anonymised.id().value()),
        JdbcFeedbackStore::read)) {
      feedback.update(Anonymisation.feedback(f));
    }
  }

  @Override
  public int removeFinishedMessages(JurisdictionPath scope, Instant createdBefore, int limit) {
    if (limit <= 0) {
      return 0;
    }
    return db.update(Sql.RETENTION_REMOVE_MESSAGES, p -> p.instant(createdBefore).string(Scopes.subtree(scope))
        .integer(limit));
  }

  @Override
  public int removeAuditEvents(JurisdictionPath scope, Instant before, String keptActionPrefix, int limit) {
    if (limit <= 0) {
      return 0;
    }
    String kept = keptActionPrefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    return db.update(Sql.RETENTION_REMOVE_AUDIT, p -> p.string(Scopes.subtree(scope)).instant(before).string(kept)
        .integer(limit));
  }
}
