package org.homewatch.storage.jdbc.internal;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.homewatch.ConflictException;
import org.homewatch.model.ContactPoint;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.OutboxMessageId;
import org.homewatch.spi.notification.Notification;
import org.homewatch.spi.storage.OutboxMessage;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.spi.storage.FailedDeliveryStore;
import org.homewatch.spi.storage.OutboxStore;

/**
 * The outbox in {@code hw_outbox}. Leasing locks the due rows with {@code FOR UPDATE SKIP LOCKED} (a concurrent
 * dispatcher skips them instead of queueing behind them) and claims each with an UPDATE that re-checks that it is
 * still free, so that even a dispatcher whose lock came too late cannot take a message someone else holds. Only
 * messages whose {@code unit_key} lies inside the caller's scope are candidates (the same subtree {@code LIKE} as the
 * line lists). Renewal and completion are fenced by owner and attempts in their WHERE clause.
 */
final class JdbcOutboxStore implements OutboxStore, FailedDeliveryStore {
  private final Db db;

  JdbcOutboxStore(Db db) {
    this.db = db;
  }

  @Override
  public void enqueue(OutboxMessage m) {
    Notification n = m.notification();
    // A fixed message id (a reminder for one case, slot and offset) makes a second enqueue a conflict: the caller
    // learns that another node wrote it first, instead of the person getting the reminder twice.
    boolean inserted = db.insertIfAbsent(Sql.OUTBOX_INSERT, p -> p.uuid(m.id().value())
        .string(n.idempotencyKey())
        .string(n.recipient().channel())
        .string(n.recipient().address())
        .string(n.templateKey())
        .string(n.locale().toLanguageTag())
        .string(Codec.stringMap(n.parameters()))
        .string(n.text())
        .string(m.status().name())
        .integer(m.attempts())
        .instant(m.createdAt())
        .instant(m.nextAttemptAt())
        .string(m.leaseOwner())
        .instant(m.leaseUntil())
        .string(m.lastError())
        .string(m.unit().key()));
    if (!inserted) {
      throw new ConflictException("outbox message " + m.id() + " exists already");
    }
  }

  @Override
  public List<OutboxMessage> lease(String owner, JurisdictionPath scope, Instant now, Instant leaseUntil, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    List<UUID> candidates = db.query(Sql.OUTBOX_LEASE_CANDIDATES,
        p -> p.instant(now).instant(now).string(Scopes.subtree(scope)).integer(limit), r -> r.uuid("message_id"));
    List<OutboxMessage> leased = new ArrayList<>(candidates.size());
    for (UUID id : candidates) {
      int claimed = db.update(Sql.OUTBOX_CLAIM,
          p -> p.string(owner).instant(leaseUntil).uuid(id).instant(now).instant(now));
      if (claimed == 1) {
        find(new OutboxMessageId(id)).ifPresent(leased::add);
      }
    }
    return leased;
  }

  @Override
  public boolean renew(OutboxMessageId id, String owner, int attempts, Instant now, Instant leaseUntil) {
    return db.update(Sql.OUTBOX_RENEW, p -> p.instant(leaseUntil).uuid(id.value()).string(owner).integer(attempts)
        .instant(now)) == 1;
  }

  @Override
  public boolean complete(OutboxMessageId id, String owner, int attempts, OutboxMessage.Status status,
      Instant nextAttemptAt, Optional<String> error) {
    return db.update(Sql.OUTBOX_COMPLETE, p -> p.string(status.name()).instant(nextAttemptAt).string(error)
        .uuid(id.value()).string(owner).integer(attempts)) == 1;
  }

  @Override
  public Optional<OutboxMessage> find(OutboxMessageId id) {
    return db.queryOne(Sql.OUTBOX_FIND, p -> p.uuid(id.value()), JdbcOutboxStore::read);
  }

  @Override
  public long count(OutboxMessage.Status status) {
    return db.queryOne(Sql.OUTBOX_COUNT, p -> p.string(status.name()), r -> r.numberAt(1)).orElse(0L);
  }

  @Override
  public Page<OutboxMessage> failed(JurisdictionPath scope, PageRequest page) {
    String failed = OutboxMessage.Status.FAILED.name();
    String subtree = Scopes.subtree(scope);
    List<OutboxMessage> rows;
    if (page.after().isEmpty()) {
      rows = db.query(Sql.OUTBOX_FAILED_FIRST, p -> p.string(failed).string(subtree).integer(page.limit() + 1),
          JdbcOutboxStore::read);
    } else {
      Cursor after = Cursor.decode(page.after().get(), 2);
      rows = db.query(Sql.OUTBOX_FAILED_AFTER, p -> p.string(failed).string(subtree).instant(after.instant(0))
          .uuid(after.uuid(1)).integer(page.limit() + 1), JdbcOutboxStore::read);
    }
    return Cursor.page(rows, page, m -> Cursor.encode(m.createdAt().toString(), m.id().value().toString()));
  }

  @Override
  public boolean requeue(OutboxMessageId id, Instant now) {
    return db.update(Sql.OUTBOX_REQUEUE, p -> p.string(OutboxMessage.Status.PENDING.name()).instant(now)
        .uuid(id.value()).string(OutboxMessage.Status.FAILED.name())) == 1;
  }

  private static OutboxMessage read(Row r) throws SQLException {
    Notification notification = new Notification(
        r.string("idempotency_key"),
        new ContactPoint(r.string("channel"), r.string("address")),
        r.string("template_key"),
        Locale.forLanguageTag(r.string("locale")),
        Codec.stringMap(r.string("parameters")),
        r.string("message_text"));
    return new OutboxMessage(
        new OutboxMessageId(r.uuid("message_id")),
        notification,
        JurisdictionPath.fromKey(r.string("unit_key")),
        OutboxMessage.Status.valueOf(r.string("status")),
        r.integer("attempts"),
        r.instant("created_at"),
        r.instant("next_attempt_at"),
        r.optString("lease_owner"),
        r.optInstant("lease_until"),
        r.optString("last_error"));
  }
}
