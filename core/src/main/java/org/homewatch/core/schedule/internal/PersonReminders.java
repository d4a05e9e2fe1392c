package org.homewatch.core.schedule.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.homewatch.core.notify.internal.NotificationComposer;
import org.homewatch.core.schedule.Reminder;
import org.homewatch.model.ContactPoint;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.OutboxMessageId;
import org.homewatch.spi.notification.Notification;
import org.homewatch.spi.storage.OutboxMessage;
import org.homewatch.spi.storage.StorageTransaction;

/**
 * Writes reminders to the person into the outbox, each at most once: its outbox id is derived from the case, the
 * slot and the reminder offset, and nothing is written if a message with that id exists.
 */
public final class PersonReminders {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final NotificationComposer composer;
  private final String channel;
  private final Locale locale;

  /**
   * @param channel the alert channel that reaches people by phone number (e.g. {@code sms}, {@code zalo})
   */
  public PersonReminders(NotificationComposer composer, String channel, Locale locale) {
    this.composer = composer;
    this.channel = channel;
    this.locale = locale;
  }

  public static OutboxMessageId messageIdFor(IsolationCase c, Reminder r) {
    return new OutboxMessageId(UUID.nameUUIDFromBytes(key(c, r).getBytes(StandardCharsets.UTF_8)));
  }

  /** @return true if written, false if this reminder was written before */
  public boolean enqueueOnce(StorageTransaction tx, IsolationCase c, Reminder r, Instant now) {
    OutboxMessageId id = messageIdFor(c, r);
    if (tx.outbox().find(id).isPresent()) {
      return false;
    }
    Notification n = composer.compose(key(c, r), new ContactPoint(channel, c.person().phone().e164()),
        "reminder.declare", locale, Map.of(
            "window", r.slot().window(),
            "closes", TIME.format(r.slot().closes().atZone(c.zone())),
            "caseRef", c.id().toString().substring(0, 8)));
    tx.outbox().enqueue(new OutboxMessage(id, n, OutboxMessage.Status.PENDING, 0, now, now, Optional.empty(),
        Optional.empty(), Optional.empty()));
    return true;
  }

  private static String key(IsolationCase c, Reminder r) {
    return "homewatch:reminder:" + c.id() + ":" + r.slot().opens() + ":" + r.beforeClose();
  }
}
