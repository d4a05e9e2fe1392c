package org.homewatch.core.schedule.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import org.homewatch.ConfigurationException;
import org.homewatch.ValidationException;
import org.homewatch.core.notify.NotificationComposer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.homewatch.core.alerts.CaseAlerts;
import org.homewatch.core.audit.AuditLog;
import org.homewatch.core.schedule.MissedDeclarationThreshold;
import org.homewatch.core.schedule.MissedDeclarations;
import org.homewatch.core.schedule.MissedDeclarations.AlertMark;
import org.homewatch.core.schedule.MissedDeclarations.Decision;
import org.homewatch.core.schedule.MissedDeclarations.Open;
import org.homewatch.core.schedule.MissedDeclarations.Raise;
import org.homewatch.core.schedule.PolicyRules;
import org.homewatch.core.schedule.Slot;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertId;
import org.homewatch.model.AlertKind;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.Principal;
import org.homewatch.model.Wording;
import org.homewatch.spi.storage.StorageTransaction;

/**
 * Carries out the sweep's decision for one case inside the caller's transaction: opens a
 * {@code MISSED_DECLARATIONS} alert or raises the open one, marks the latest slot counted on it, notifies staff
 * (through the outbox) when the alert is new or got worse, and audits.
 *
 * <p>A new alert's id is derived from the case and the first slot it counts, so two nodes sweeping the same case
 * at once try to insert the same id and the second fails with a conflict instead of opening a second alert; a
 * raise is an optimistic update, which the slower node loses the same way.
 */
public final class MissedDeclarationAlerts {
  private static final DateTimeFormatter SLOT_TIME = DateTimeFormatter.ofPattern("dd/MM HH:mm");

  /** What the sweep did for one case. */
  public enum Outcome {
    NOTHING,
    OPENED,
    RAISED
  }

  private final CaseAlerts alerts;
  private final AuditLog audit;

  private final NotificationComposer composer;
  private final Locale locale;

  /** @param locale the deployment's language, in which a threshold's summary must have a text to be kept as a key */
  public MissedDeclarationAlerts(CaseAlerts alerts, AuditLog audit, NotificationComposer composer, Locale locale) {
    this.alerts = alerts;
    this.audit = audit;
    this.composer = composer;
    this.locale = locale;
  }

  /** The id of the alert that opens with {@code firstCounted} as its first missed slot. */
  public static AlertId alertIdFor(IsolationCase c, Slot firstCounted) {
    String name = "homewatch:missed-declarations:" + c.id() + ":" + firstCounted.opens();
    return new AlertId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
  }

  /** What the sweep would do for the case, reading its alerts and writing nothing. */
  public Decision decide(StorageTransaction tx, IsolationCase c, PolicyRules rules, List<Slot> run) {
    return decide(tx, c, rules, run, tx.alerts().findActive(c.id(), AlertKind.MISSED_DECLARATIONS));
  }

  private static Decision decide(StorageTransaction tx, IsolationCase c, PolicyRules rules, List<Slot> run,
      Optional<Alert> active) {
    Optional<Instant> countedByResolved = Optional.empty();
    if (active.isEmpty()) {
      countedByResolved = tx.alerts().listForCase(c.id()).stream()
          .filter(a -> a.kind() == AlertKind.MISSED_DECLARATIONS)
          .flatMap(a -> a.lastSlotCounted().stream())
          .max(Comparator.naturalOrder());
    }
    return MissedDeclarations.decide(rules, run,
        active.map(a -> new AlertMark(a.severity(), a.lastSlotCounted())), countedByResolved);
  }

  /** Decides for the case on what is stored now, and carries the decision out. */
  public Outcome apply(StorageTransaction tx, Principal principal, IsolationCase c, PolicyRules rules,
      List<Slot> run, Instant now) {
    Optional<Alert> active = tx.alerts().findActive(c.id(), AlertKind.MISSED_DECLARATIONS);
    Decision decision = decide(tx, c, rules, run, active);
    if (decision instanceof Open open) {
      return open(tx, principal, c, open, now);
    }
    if (decision instanceof Raise raise) {
      return raise(tx, principal, c, active.orElseThrow(), raise, now);
    }
    return Outcome.NOTHING;
  }

  private Outcome open(StorageTransaction tx, Principal principal, IsolationCase c, Open open, Instant now) {
    AlertId id = alertIdFor(c, open.counted().get(0));
    MissedDeclarationThreshold t = open.threshold();
    Wording summary = summary(t, open.counted().size(), open.lastCounted(), c);
    if (alerts.openCountingSlots(tx, c, id, t.severity(), summary, open.lastCounted().opens(), now).isEmpty()) {
      return Outcome.NOTHING;
    }
    audit.record(tx, principal, "alert.open", "alert", id, c.responsibleUnit(), Map.of("case", c.id().toString(),
        "kind", AlertKind.MISSED_DECLARATIONS.name(), "severity", t.severity().name(),
        "consecutive", Integer.toString(open.counted().size())));
    return Outcome.OPENED;
  }

  private Outcome raise(StorageTransaction tx, Principal principal, IsolationCase c, Alert current, Raise raise,
      Instant now) {
    Wording summary = summary(raise.threshold(), raise.consecutive(), raise.lastCounted(), c);
    alerts.addCountedSlots(tx, c, current, raise.severity(), summary, raise.lastCounted().opens(), now);
    audit.record(tx, principal, "alert.raise", "alert", current.id(), c.responsibleUnit(),
        Map.of("case", c.id().toString(), "kind", AlertKind.MISSED_DECLARATIONS.name(),
            "severity", raise.severity().name(), "consecutive", Integer.toString(raise.consecutive())));
    return Outcome.RAISED;
  }

  /**
   * The threshold's own summary (the policy's text), how many were missed, and the last missed window by its name
   * ("chiều 16/08 14:00"; an hourly window, named by its time, keeps its name) in the case's zone, kept as a wording
   * so that each staff member reads it in their language.
   */
  private Wording summary(MissedDeclarationThreshold t, int consecutive, Slot last, IsolationCase c) {
    return Wording.text("summary.missed", Map.of("summary", keyOrAsWritten(t.summary()),
        "count", Wording.literal(Integer.toString(consecutive)), "window", keyOrAsWritten("window." + last.window(),
            last.window()),
        "at", Wording.literal(SLOT_TIME.format(last.opens().atZone(c.zone())))));
  }

  /**
   * A threshold's summary is a text key where the texts have one (the shipped policy's {@code missed.twoInARow});
   * otherwise the policy's own words, as written, in every language.
   */
  private Wording keyOrAsWritten(String summary) {
    return keyOrAsWritten(summary, summary);
  }

  private Wording keyOrAsWritten(String key, String asWritten) {
    try {
      composer.text(key, locale);
      return Wording.text(key);
    } catch (ConfigurationException | ValidationException noText) {
      return Wording.literal(asWritten);
    }
  }
}
