package org.homewatch.core.feedback.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.homewatch.core.notify.NotificationComposer;
import org.homewatch.core.notify.StaffNotifier;
import org.homewatch.model.ContactPoint;
import org.homewatch.model.Feedback;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.Wording;
import org.homewatch.spi.notification.Notification;
import org.homewatch.spi.storage.OutboxMessage;
import org.homewatch.model.OutboxMessageId;
import org.homewatch.spi.storage.StorageTransaction;

/**
 * The messages a feedback thread sends, through the outbox in the caller's transaction: the on-duty staff of the
 * unit are told of new feedback (and of a citizen's follow-up), the person of the case is told that the station
 * answered. The texts carry the topic and the case reference, never the feedback's own text: an SMS is read on a
 * lock screen, and the app shows the thread.
 */
public final class FeedbackNotices {
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("dd/MM HH:mm");

  private final StaffNotifier staff;
  private final NotificationComposer composer;
  private final String personChannel;
  private final Locale locale;

  public FeedbackNotices(StaffNotifier staff, NotificationComposer composer, String personChannel, Locale locale) {
    this.staff = staff;
    this.composer = composer;
    this.personChannel = personChannel;
    this.locale = locale;
  }

  /**
   * Tells the unit's on-duty staff (or the nearest unit above with someone on duty) about the thread's state, each
   * in their own language.
   */
  public int toStaff(StorageTransaction tx, Feedback feedback, IsolationCase c, String templateKey, Instant now) {
    return staff.notifyStaffIn(tx, feedback.unit(), c.responsibleUnit(),
        "feedback:" + feedback.id() + ":" + feedback.version(), templateKey, reader -> Map.of(
            "topic", topic(feedback, reader),
            "person", c.person().maskedName(),
            "caseRef", c.id().toString().substring(0, 8),
            "feedbackId", feedback.id().toString()), now).messages();
  }

  /**
   * Tells the person of the case that the station answered (or closed the thread), once per version, in the
   * person's own language: the outbox id is derived from the feedback and its version.
   */
  public void toPerson(StorageTransaction tx, Feedback feedback, IsolationCase c, String templateKey, Instant now) {
    String key = "homewatch:feedback:" + feedback.id() + ":" + feedback.version();
    OutboxMessageId id = new OutboxMessageId(UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)));
    if (tx.outbox().find(id).isPresent()) {
      return;
    }
    Locale reader = c.person().locale();
    Notification n = composer.compose(key, new ContactPoint(personChannel, c.person().phone().e164()), templateKey,
        reader, Map.of("topic", topic(feedback, reader), "caseRef", c.id().toString().substring(0, 8)));
    tx.outbox().enqueue(OutboxMessage.pending(id, c.responsibleUnit(), n, now));
  }

  /**
   * The alert line of a FEEDBACK alert, as a wording each staff member reads in their language: the topic, and
   * since when the person has been waiting (the case's zone).
   */
  public Wording overdueSummary(Feedback feedback, IsolationCase c, Instant waitingSince) {
    return Wording.text("feedback.overdueSummary", Map.of(
        "topic", Wording.text("feedbackTopic." + feedback.topic().name()),
        "since", Wording.literal(LOCAL.format(waitingSince.atZone(c.zone())))));
  }

  /**
   * What a FEEDBACK alert's resolution says: the feedback was answered, or answered and closed.
   */
  public Wording resolutionNote(boolean closed) {
    return Wording.text(closed ? "history.feedbackClosed" : "history.feedbackAnswered");
  }

  private String topic(Feedback feedback, Locale reader) {
    return composer.text("feedbackTopic." + feedback.topic().name(), reader);
  }

  /**
   * Where a notice to the person still waiting in the outbox must go now: the phone of the feedback's case as it is
   * (13.4: a corrected phone), if it is not where the notice was written to. Staff notices and others: empty.
   */
  public java.util.Optional<ContactPoint> redirect(StorageTransaction tx, Notification n) {
    String prefix = "homewatch:feedback:";
    String key = n.idempotencyKey();
    if (!key.startsWith(prefix) || !n.recipient().channel().equals(personChannel)
        || key.length() < prefix.length() + 36) {
      return java.util.Optional.empty();
    }
    org.homewatch.model.FeedbackId id;
    try {
      id = new org.homewatch.model.FeedbackId(UUID.fromString(key.substring(prefix.length(), prefix.length() + 36)));
    } catch (IllegalArgumentException notOurs) {
      return java.util.Optional.empty();
    }
    return tx.feedback().find(id).flatMap(Feedback::caseId).flatMap(caseId -> tx.cases().find(caseId))
        .map(c -> new ContactPoint(personChannel, c.person().phone().e164()))
        .filter(now -> !now.equals(n.recipient()));
  }
}
