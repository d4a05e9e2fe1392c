package org.homewatch.storage.jdbc.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homewatch.ConflictException;
import org.homewatch.NotFoundException;
import org.homewatch.model.AccountId;
import org.homewatch.model.CaseId;
import org.homewatch.model.Feedback;
import org.homewatch.model.FeedbackId;
import org.homewatch.model.FeedbackStatus;
import org.homewatch.model.FeedbackTopic;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.spi.storage.FeedbackStore;

/** Citizens' feedback in {@code hw_feedback}; the replies are a JSON column. */
final class JdbcFeedbackStore implements FeedbackStore {
  private final Db db;

  JdbcFeedbackStore(Db db) {
    this.db = db;
  }

  @Override
  public void insert(Feedback f) {
    boolean inserted = db.insertIfAbsent(Sql.FEEDBACK_INSERT, p -> {
      p.uuid(f.id().value());
      bindColumns(p, f);
    });
    if (!inserted) {
      throw new ConflictException("feedback " + f.id() + " exists already");
    }
  }

  @Override
  public Optional<Feedback> find(FeedbackId id) {
    return db.queryOne(Sql.FEEDBACK_FIND, p -> p.uuid(id.value()), JdbcFeedbackStore::read);
  }

  @Override
  public void update(Feedback updated) {
    long expected = updated.version() - 1;
    int changed = db.update(Sql.FEEDBACK_UPDATE, p -> {
      bindColumns(p, updated);
      p.uuid(updated.id().value()).number(expected);
    });
    if (changed == 0) {
      long actual = db.queryOne(Sql.FEEDBACK_VERSION, p -> p.uuid(updated.id().value()), r -> r.number("version"))
          .orElseThrow(() -> new NotFoundException("feedback", updated.id()));
      throw ConflictException.staleVersion("feedback", updated.id(), expected, actual);
    }
  }

  @Override
  public Page<Feedback> list(JurisdictionPath scope, Set<FeedbackStatus> statuses, PageRequest page) {
    String pattern = Scopes.subtree(scope);
    List<String> wanted = Scopes.namesOrAll(statuses, FeedbackStatus.values());
    List<Feedback> rows;
    if (page.after().isEmpty()) {
      rows = db.query(Sql.FEEDBACK_LIST_FIRST, p -> p.string(pattern).strings(wanted).integer(page.limit() + 1),
          JdbcFeedbackStore::read);
    } else {
      Cursor after = Cursor.decode(page.after().get(), 2);
      rows = db.query(Sql.FEEDBACK_LIST_AFTER, p -> p.string(pattern).strings(wanted).instant(after.instant(0))
          .uuid(after.uuid(1)).integer(page.limit() + 1), JdbcFeedbackStore::read);
    }
    return Cursor.page(rows, page, f -> Cursor.encode(f.submittedAt().toString(), f.id().toString()));
  }

  /** Binds case_id … version, the columns after the key in {@link Columns#FEEDBACK}. */
  private static void bindColumns(Params p, Feedback f) throws SQLException {
    p.uuid(f.caseId().map(CaseId::value))
        .string(f.unit().key())
        .string(f.from().value())
        .string(f.topic().name())
        .string(f.text())
        .string(f.status().name())
        .string(Codec.replies(f.replies()))
        .instant(f.submittedAt())
        .number(f.version());
  }

  @Override
  public List<Feedback> forCase(CaseId caseId, int max) {
    return db.query(Sql.FEEDBACK_FOR_CASE, p -> p.uuid(caseId.value()).integer(max), JdbcFeedbackStore::read);
  }

  static Feedback read(Row r) throws SQLException {
    return new Feedback(
        new FeedbackId(r.uuid("feedback_id")),
        r.optUuid("case_id").map(CaseId::new),
        JurisdictionPath.fromKey(r.string("unit_key")),
        new AccountId(r.string("from_account")),
        FeedbackTopic.valueOf(r.string("topic")),
        r.string("feedback_text"),
        FeedbackStatus.valueOf(r.string("status")),
        Codec.replies(r.string("replies")),
        r.instant("submitted_at"),
        r.number("version"));
  }
}
