package org.homewatch.core.schedule.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.homewatch.core.notify.NotificationComposer;
import org.homewatch.core.schedule.Reminder;
import org.homewatch.model.ContactPoint;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.OutboxMessageId;
import org.homewatch.spi.notification.Notification;
import org.homewatch.spi.storage.OutboxMessage;
import org.homewatch.spi.storage.StorageTransaction;

/**
 * Writes messages to the person (reminders, spot-check requests) into the outbox, each at most once: its outbox
 * id is derived from what it is about (case, slot and offset; case and request time), and nothing is written if a
 * message with that id exists. Each is written in the person's own language ({@link
 * org.homewatch.model.Person#locale()}).
 */
public final class PersonMessages {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final NotificationComposer composer;
  private final String channel;

  /**
   * @param channel the alert channel that reaches people by phone number (e.g. {@code sms}, {@code zalo})
   */
  public PersonMessages(NotificationComposer composer, String channel) {
    this.composer = composer;
    this.channel = channel;
  }

  /** @return true if written, false if this reminder was written before */
  public boolean enqueueOnce(StorageTransaction tx, IsolationCase c, Reminder r, Instant now) {
    return enqueueOnce(tx, c, key(c, r), "reminder.declare", Map.of(
        "window", r.slot().window(),
        "closes", TIME.format(r.slot().closes().atZone(c.zone())),
        "caseRef", c.id().toString().substring(0, 8)), now);
  }

  /** Asks the person for an immediate check-in, once per request. */
  public boolean askForSpotCheck(StorageTransaction tx, IsolationCase c, Instant requestedAt, Instant answerBy,
      Instant now) {
    return enqueueOnce(tx, c, "homewatch:spot-check:" + c.id() + ":" + requestedAt, "spotcheck.request", Map.of(
        "deadline", TIME.format(answerBy.atZone(c.zone())),
        "caseRef", c.id().toString().substring(0, 8)), now);
  }

  private boolean enqueueOnce(StorageTransaction tx, IsolationCase c, String key, String template,
      Map<String, String> parameters, Instant now) {
    OutboxMessageId id = new OutboxMessageId(UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)));
    if (tx.outbox().find(id).isPresent()) {
      return false;
    }
    Locale locale = c.person().locale();
    Notification n = composer.compose(key, new ContactPoint(channel, c.person().phone().e164()), template, locale,
        parameters);
    tx.outbox().enqueue(OutboxMessage.pending(id, c.responsibleUnit(), n, now));
    return true;
  }

  private static String key(IsolationCase c, Reminder r) {
    return "homewatch:reminder:" + c.id() + ":" + r.slot().opens() + ":" + r.beforeClose();
  }

  /**
   * Where a reminder or spot-check request still waiting in the outbox must go now: the person's phone as the case
   * holds it (13.4: a corrected phone), if it is not where the message was written to. Other messages: empty.
   */
  public java.util.Optional<ContactPoint> redirect(StorageTransaction tx, Notification n) {
    String key = n.idempotencyKey();
    String prefix = key.startsWith(REMINDER) ? REMINDER : key.startsWith(SPOT_CHECK) ? SPOT_CHECK : null;
    if (prefix == null || !n.recipient().channel().equals(channel) || key.length() < prefix.length() + 36) {
      return java.util.Optional.empty();
    }
    UUID caseId;
    try {
      caseId = UUID.fromString(key.substring(prefix.length(), prefix.length() + 36));
    } catch (IllegalArgumentException notOurs) {
      return java.util.Optional.empty();
    }
    return tx.cases().find(new org.homewatch.model.CaseId(caseId))
        .map(c -> new ContactPoint(channel, c.person().phone().e164()))
        .filter(now -> !now.equals(n.recipient()));
  }

  private static final String REMINDER = "homewatch:reminder:";
  private static final String SPOT_CHECK = "homewatch:spot-check:";
}
