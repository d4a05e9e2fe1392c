package org.homewatch.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.homewatch.ConflictException;
import org.homewatch.model.AlertLifecycle.Transition;
import org.jspecify.annotations.Nullable;

/**
 * A signal that a person needs attention, addressed to the health station of the case's commune.
 *
 * <p>An alert changes only through its named transitions ({@link #acknowledgedBy}, {@link #raisedTo},
 * {@link #withEvidence}, {@link #escalated}, {@link #transferredTo}, {@link #resolved}, {@link #undelivered}),
 * each allowed or refused by {@link AlertLifecycle} and each adding one history event and one version. Storages
 * rebuild stored alerts with {@link #builder()}. A component added later gets a default in {@link Builder}, so
 * that it touches this record and the storages that persist it, and no caller that does not care about it.
 *
 * @param id identifies the alert
 * @param caseId the case it is about
 * @param kind what it is about: vital signs, symptoms, missed declarations, and so on
 * @param severity how bad; raising makes it worse, never better
 * @param status open, acknowledged, or resolved
 * @param openedAt when it opened
 * @param handledBy who acknowledged or resolved it, if anyone
 * @param outcome what was done, once resolved
 * @param history every step of its life, oldest first
 * @param version the optimistic-lock version; each transition adds 1
 * @param responsibleUnit the commune of the case when the alert opened (or the commune it was transferred to);
 *     staff of that commune and of every unit above it may see it
 * @param escalationLevel 0 while the commune has it; each escalation adds 1 and notifies the unit one level up
 * @param acknowledgeBy the deadline the current status runs against: while OPEN, when it escalates if nobody
 *     acknowledges it; while ACKNOWLEDGED (when set by {@link #acknowledgedBy(AccountId, Instant, Instant)}), when
 *     its handler is reminded to resolve it and, after the reminder, when it escalates unresolved
 * @param trigger the declaration that opened or last raised it, if any
 * @param summary a short text for the queue, e.g. "SpO2 93 % ≤ 96 %"
 * @param lastSlotCounted for {@link AlertKind#MISSED_DECLARATIONS}: the opening instant of the latest missed
 *     declaration slot this alert has counted, so that the sweep never counts a slot twice (on any node, after any
 *     restart); empty for other kinds. Added in 0.1 after the first draft: storages persist it like the other
 *     fields (a nullable timestamp column in SQL).
 * @param summaryWording what {@code summary} says, kept as text keys so that a reader of another language gets the
 *     line in theirs; empty where the line is written again from what it summarises (a health alert's findings) or
 *     was stored before wordings were kept. Changing the summary without a wording clears it. Storages persist it
 *     like the other fields (a nullable text column in SQL).
 */
public record Alert(
    AlertId id,
    CaseId caseId,
    AlertKind kind,
    Severity severity,
    AlertStatus status,
    JurisdictionPath responsibleUnit,
    int escalationLevel,
    Instant openedAt,
    Instant acknowledgeBy,
    Optional<DeclarationId> trigger,
    String summary,
    Optional<AccountId> handledBy,
    Optional<AlertOutcome> outcome,
    List<AlertEvent> history,
    long version,
    Optional<Instant> lastSlotCounted,
    Optional<Wording> summaryWording) {

  /**
   * Refuses null components and a negative level or version; copies the history.
   *
   * @param id identifies the alert
   * @param caseId the case it is about
   * @param kind what it is about: vital signs, symptoms, missed declarations, and so on
   * @param severity how bad
   * @param status open, acknowledged, or resolved
   * @param responsibleUnit the commune of the case when the alert opened (or the commune it was transferred to)
   * @param escalationLevel 0 while the commune has it
   * @param openedAt when it opened
   * @param acknowledgeBy the deadline the current status runs against: while OPEN, when it escalates if nobody
   *     acknowledges it
   * @param trigger the declaration that opened or last raised it, if any
   * @param summary a short text for the queue, e.g. "SpO2 93 % ≤ 96 %"
   * @param handledBy who acknowledged or resolved it, if anyone
   * @param outcome what was done, once resolved
   * @param history every step of its life, oldest first
   * @param version the optimistic-lock version
   * @param lastSlotCounted for {@link AlertKind#MISSED_DECLARATIONS}: the opening instant of the latest missed
   *     declaration slot this alert has counted, so that the sweep never counts a slot twice (on any node, after any
   *     restart)
   * @param summaryWording what {@code summary} says, kept as text keys, if kept
   * @throws IllegalArgumentException if the escalation level or version is negative
   */
  public Alert {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(responsibleUnit, "responsibleUnit");
    Objects.requireNonNull(openedAt, "openedAt");
    Objects.requireNonNull(acknowledgeBy, "acknowledgeBy");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(handledBy, "handledBy");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(lastSlotCounted, "lastSlotCounted");
    Objects.requireNonNull(summaryWording, "summaryWording");
    history = List.copyOf(history);
    if (escalationLevel < 0 || version < 0) {
      throw new IllegalArgumentException("escalation level and version must not be negative");
    }
  }

  /**
   * A new alert: OPEN at the commune (level 0), version 0, with its OPENED event.
   *
   * @param id the new alert's id
   * @param caseId the case it is about
   * @param kind what it is about
   * @param severity how bad
   * @param commune the case's commune, which must acknowledge it
   * @param at when it opened
   * @param acknowledgeBy when it escalates if nobody acknowledges it
   * @param trigger the declaration that caused it, if any
   * @param summary a short text for the queue
   * @return the new alert
   */
  public static Alert opened(AlertId id, CaseId caseId, AlertKind kind, Severity severity,
      JurisdictionPath commune, Instant at, Instant acknowledgeBy, Optional<DeclarationId> trigger, String summary) {
    return opened(id, caseId, kind, severity, commune, at, acknowledgeBy, trigger, summary, Optional.empty());
  }

  /**
   * A new alert whose summary is also kept as a wording, so that readers of other languages get it in theirs.
   *
   * @param id the new alert's id
   * @param caseId the case it is about
   * @param kind what it is about
   * @param severity how bad
   * @param commune the case's commune, which must acknowledge it
   * @param at when it opened
   * @param acknowledgeBy when it escalates if nobody acknowledges it
   * @param trigger the declaration that caused it, if any
   * @param summary a short text for the queue, in the deployment's language
   * @param summaryWording what {@code summary} says, as text keys, if kept
   * @return the new alert
   */
  public static Alert opened(AlertId id, CaseId caseId, AlertKind kind, Severity severity,
      JurisdictionPath commune, Instant at, Instant acknowledgeBy, Optional<DeclarationId> trigger, String summary,
      Optional<Wording> summaryWording) {
    return builder().id(id).caseId(caseId).kind(kind).severity(severity).status(AlertStatus.OPEN)
        .responsibleUnit(commune).escalationLevel(0).openedAt(at).acknowledgeBy(acknowledgeBy).trigger(trigger)
        .summary(summary).summaryWording(summaryWording)
        .history(List.of(new AlertEvent(at, AlertEvent.Kind.OPENED, Optional.empty(), severity + ": " + summary,
            OptionalInt.of(0), AlertEventWordings.opened(severity, summaryWording))))
        .version(0).build();
  }

  /**
   * The unit currently expected to act: the commune, or the unit {@code escalationLevel} levels above it.
   *
   * @return the commune, or a district or province above it
   */
  public JurisdictionPath currentlyResponsible() {
    JurisdictionPath unit = responsibleUnit;
    for (int i = 0; i < escalationLevel && !unit.isProvince(); i++) {
      unit = unit.parent();
    }
    return unit;
  }

  /**
   * The staff notifications about this alert that could not be delivered, oldest first.
   *
   * @return the failed deliveries' events; empty if none failed
   */
  public List<AlertEvent> undeliveredNotifications() {
    return history.stream().filter(e -> e.kind() == AlertEvent.Kind.DELIVERY_FAILED).toList();
  }

  // ---- transitions: each one is checked by AlertLifecycle, adds one event and one version ----

  /**
   * {@code by} takes the alert: it stops escalating. A colleague may take over an acknowledged alert. The deadline
   * stays as it was; core uses {@link #acknowledgedBy(AccountId, Instant, Instant)}.
   *
   * @param by the staff member taking it
   * @param at when
   * @return the acknowledged alert, one version on
   * @throws ConflictException if it is resolved
   */
  public Alert acknowledgedBy(AccountId by, Instant at) {
    return acknowledgedBy(by, at, acknowledgeBy);
  }

  /**
   * {@code by} takes the alert and must resolve it by {@code resolveBy}, or is reminded then (and after the
   * reminder, the unit above is paged). A colleague taking over gets a fresh deadline: they take the duty too.
   *
   * @param by the staff member taking it
   * @param at when
   * @param resolveBy when the handler is reminded if it is still not resolved
   * @return the acknowledged alert, one version on
   * @throws ConflictException if it is resolved
   */
  public Alert acknowledgedBy(AccountId by, Instant at, Instant resolveBy) {
    // nothing to say beyond who took it (the event's account): no detail, no wording
    return step(Transition.ACKNOWLEDGE, at, Optional.of(by), "", Optional.empty(),
        b -> b.handledBy(Optional.of(by)).outcome(Optional.empty()).acknowledgeBy(resolveBy));
  }

  /**
   * Acknowledged but not resolved by its deadline: its handler is reminded, and has until {@code newDeadline}
   * before the alert escalates unresolved.
   *
   * @param newDeadline when it escalates if still not resolved
   * @param detail what the history records about the reminder
   * @param at when the reminder was sent
   * @return the reminded alert, one version on
   * @throws ConflictException unless it is acknowledged
   */
  public Alert remindedToResolve(Instant newDeadline, String detail, Instant at) {
    return remindedToResolve(newDeadline, detail, Optional.empty(), at);
  }

  /**
   * Acknowledged but not resolved by its deadline, with what the history records also kept as a wording.
   *
   * @param newDeadline when it escalates if still not resolved
   * @param detail what the history records about the reminder, in the deployment's language
   * @param wording what {@code detail} says, as text keys, if kept
   * @param at when the reminder was sent
   * @return the reminded alert, one version on
   * @throws ConflictException unless it is acknowledged
   */
  public Alert remindedToResolve(Instant newDeadline, String detail, Optional<Wording> wording, Instant at) {
    return step(Transition.REMIND_TO_RESOLVE, at, Optional.empty(), detail, wording,
        b -> b.acknowledgeBy(newDeadline));
  }

  /**
   * Acknowledged, reminded, and still not resolved: it is OPEN again at {@code level}, with nobody handling it,
   * and the unit there must acknowledge it by {@code newDeadline}.
   *
   * @param level the new escalation level, not below the current one
   * @param newDeadline when the unit at that level must acknowledge it
   * @param why what the history records, e.g. who did not resolve it since when
   * @param at when
   * @return the open alert at {@code level}, one version on
   * @throws ConflictException also if {@code level} is below the current level
   */
  public Alert escalatedUnresolved(int level, Instant newDeadline, String why, Instant at) {
    return escalatedUnresolved(level, newDeadline, why, Optional.empty(), at);
  }

  /**
   * Escalated unresolved, with what the history records also kept as a wording.
   *
   * @param level the new escalation level, not below the current one
   * @param newDeadline when the unit at that level must acknowledge it
   * @param why what the history records, in the deployment's language
   * @param wording what {@code why} says, as text keys, if kept
   * @param at when
   * @return the open alert at {@code level}, one version on
   * @throws ConflictException also if {@code level} is below the current level
   */
  public Alert escalatedUnresolved(int level, Instant newDeadline, String why, Optional<Wording> wording,
      Instant at) {
    if (level < escalationLevel) {
      throw new ConflictException("alert " + id + " is at level " + escalationLevel + " and cannot escalate to "
          + level);
    }
    return step(Transition.ESCALATE_UNRESOLVED, at, Optional.empty(), why, wording, b -> b.escalationLevel(level)
        .acknowledgeBy(newDeadline).handledBy(Optional.empty()));
  }

  /**
   * Whether its handler was reminded since the alert was last acknowledged (the next missed deadline escalates).
   *
   * @return true if a reminder came after the latest acknowledgement
   */
  public boolean remindedSinceAcknowledged() {
    for (int i = history.size() - 1; i >= 0; i--) {
      AlertEvent.Kind k = history.get(i).kind();
      if (k == AlertEvent.Kind.REMINDED) {
        return true;
      }
      if (k == AlertEvent.Kind.ACKNOWLEDGED) {
        return false;
      }
    }
    return false;
  }

  /**
   * Since when the unit that has it now has had it unacknowledged: its opening, its last escalation or transfer,
   * or a raise that reopened it after an acknowledgement. The escalation notice says "not acknowledged since" this,
   * not since the alert first opened.
   *
   * @return the instant the current unit's wait began
   */
  public Instant atCurrentLevelSince() {
    return unacknowledgedSince(history.size());
  }

  /**
   * For an alert that just escalated: since when the level it left had it unacknowledged (or, escalated unresolved,
   * since it reached that level). What the escalation notice tells the unit above.
   *
   * @return the instant the previous level's wait began
   */
  public Instant beforeLastEscalationSince() {
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i).kind() == AlertEvent.Kind.ESCALATED) {
        return unacknowledgedSince(i);
      }
    }
    return atCurrentLevelSince();
  }

  private Instant unacknowledgedSince(int events) {
    Instant since = openedAt;
    boolean acknowledged = false;
    for (AlertEvent e : history.subList(0, events)) {
      switch (e.kind()) {
        case OPENED, ESCALATED, TRANSFERRED -> {
          since = e.at();
          acknowledged = false;
        }
        case ACKNOWLEDGED -> acknowledged = true;
        case RAISED -> {
          if (acknowledged) {
            since = e.at();
            acknowledged = false;
          }
        }
        default -> { }
      }
    }
    return since;
  }

  /**
   * Worse news: the alert takes the new severity, summary and trigger, and is OPEN again with {@code newDeadline}.
   *
   * @param worse the new severity, worse than the current one
   * @param newSummary the new text for the queue
   * @param newTrigger the declaration that made it worse, if any
   * @param newDeadline when it escalates if nobody acknowledges it
   * @param at when
   * @return the raised alert, open again, one version on
   * @throws ConflictException also if {@code worse} is not worse than the current severity
   */
  public Alert raisedTo(Severity worse, String newSummary, Optional<DeclarationId> newTrigger, Instant newDeadline,
      Instant at) {
    return raisedTo(worse, newSummary, Optional.empty(), newTrigger, newDeadline, at);
  }

  /**
   * Worse news, with the new summary also kept as a wording (or none: the old wording goes with the old summary).
   *
   * @param worse the new severity, worse than the current one
   * @param newSummary the new text for the queue
   * @param newWording what {@code newSummary} says, as text keys, if kept
   * @param newTrigger the declaration that made it worse, if any
   * @param newDeadline when it escalates if nobody acknowledges it
   * @param at when
   * @return the raised alert, open again, one version on
   * @throws ConflictException also if {@code worse} is not worse than the current severity
   */
  public Alert raisedTo(Severity worse, String newSummary, Optional<Wording> newWording,
      Optional<DeclarationId> newTrigger, Instant newDeadline, Instant at) {
    if (!worse.isWorseThan(severity)) {
      throw new ConflictException("alert " + id + " is " + severity + " already; raising needs a worse severity, not "
          + worse);
    }
    return step(Transition.RAISE, at, Optional.empty(), severity + " → " + worse + ": " + newSummary,
        AlertEventWordings.raised(severity, worse, newWording), b -> b.severity(worse).summary(newSummary).summaryWording(newWording).trigger(newTrigger)
            .acknowledgeBy(newDeadline).outcome(Optional.empty()));
  }

  /**
   * More evidence of the same severity: the summary changes, the status and deadline stay, nobody is paged.
   *
   * @param newSummary the new text for the queue
   * @param at when
   * @return the alert with the new summary, one version on
   * @throws ConflictException if it is resolved
   */
  public Alert withEvidence(String newSummary, Instant at) {
    return withEvidence(newSummary, Optional.empty(), at);
  }

  /**
   * More evidence of the same severity, with the new summary also kept as a wording (or none: the old wording goes
   * with the old summary).
   *
   * @param newSummary the new text for the queue
   * @param newWording what {@code newSummary} says, as text keys, if kept
   * @param at when
   * @return the alert with the new summary, one version on
   * @throws ConflictException if it is resolved
   */
  public Alert withEvidence(String newSummary, Optional<Wording> newWording, Instant at) {
    return step(Transition.ADD_EVIDENCE, at, Optional.empty(), severity + " → " + severity + ": " + newSummary,
        AlertEventWordings.raised(severity, severity, newWording), b -> b.summary(newSummary).summaryWording(newWording));
  }

  /**
   * Nobody answered (or nobody could be reached) at the unit that had it: it goes to {@code level} with a new
   * deadline. At the province the level stays and the province is told again.
   *
   * @param level the new escalation level, not below the current one
   * @param newDeadline when the unit at that level must acknowledge it
   * @param why what the history records, e.g. nobody on duty
   * @param at when
   * @return the escalated alert, one version on
   * @throws ConflictException also if {@code level} is below the current level
   */
  public Alert escalated(int level, Instant newDeadline, String why, Instant at) {
    return escalated(level, newDeadline, why, Optional.empty(), at);
  }

  /**
   * Escalated, with what the history records also kept as a wording.
   *
   * @param level the new escalation level, not below the current one
   * @param newDeadline when the unit at that level must acknowledge it
   * @param why what the history records, in the deployment's language
   * @param wording what {@code why} says, as text keys, if kept
   * @param at when
   * @return the escalated alert, one version on
   * @throws ConflictException also if {@code level} is below the current level
   */
  public Alert escalated(int level, Instant newDeadline, String why, Optional<Wording> wording, Instant at) {
    if (level < escalationLevel) {
      throw new ConflictException("alert " + id + " is at level " + escalationLevel + " and cannot escalate to "
          + level);
    }
    return step(Transition.ESCALATE, at, Optional.empty(), why, wording, b -> b.escalationLevel(level)
        .acknowledgeBy(newDeadline));
  }

  /**
   * The case moved to {@code commune}: the alert is that commune's, OPEN at level 0 with {@code newDeadline},
   * because nobody there has taken it yet.
   *
   * @param commune the case's new commune
   * @param newDeadline when the new commune must acknowledge it
   * @param by who moved the case
   * @param at when
   * @return the transferred alert, one version on
   * @throws ConflictException if it is resolved
   */
  public Alert transferredTo(JurisdictionPath commune, Instant newDeadline, AccountId by, Instant at) {
    // unit codes read the same in every language
    String detail = responsibleUnit + " → " + commune;
    return step(Transition.TRANSFER, at, Optional.of(by), detail, AlertEventWordings.literal(detail),
        b -> b.responsibleUnit(commune).escalationLevel(0).acknowledgeBy(newDeadline).handledBy(Optional.empty())
            .outcome(Optional.empty()));
  }

  /**
   * Closed by {@code by} with what was done about it.
   *
   * @param by who closed it
   * @param how what was done about it
   * @param note free text for the history; blank for none
   * @param at when
   * @return the resolved alert, one version on
   * @throws ConflictException if it is resolved already
   */
  public Alert resolved(AccountId by, AlertOutcome how, String note, Instant at) {
    // a note staff typed reads the same in every language: a literal
    return resolved(by, how, note, AlertEventWordings.literal(note.strip()), at);
  }

  /**
   * Closed by {@code by} with what was done about it, the note also kept as a wording (core's own notes, such as
   * "the case was closed", are text keys; a note staff typed is a literal).
   *
   * @param by who closed it
   * @param how what was done about it
   * @param note the note for the history, in the deployment's language; blank for none
   * @param noteWording what {@code note} says, as text keys, if kept
   * @param at when
   * @return the resolved alert, one version on
   * @throws ConflictException if it is resolved already
   */
  public Alert resolved(AccountId by, AlertOutcome how, String note, Optional<Wording> noteWording, Instant at) {
    return step(Transition.RESOLVE, at, Optional.of(by), how + (note.isBlank() ? "" : ": " + note.strip()),
        AlertEventWordings.resolved(how, note.isBlank(), noteWording),
        b -> b.handledBy(Optional.of(by)).outcome(Optional.of(how)));
  }

  /**
   * A staff notification about the alert failed for good; {@code what} says to whom and why (no contact data).
   *
   * @param what to whom and why it failed, without the contact point
   * @param at when the failure was recorded
   * @return the alert with the event added, one version on
   * @throws ConflictException if it is resolved
   */
  public Alert undelivered(String what, Instant at) {
    return undelivered(what, Optional.empty(), at);
  }

  /**
   * A staff notification about the alert failed for good, with what the history records also kept as a wording.
   *
   * @param what to whom and why it failed, without the contact point, in the deployment's language
   * @param wording what {@code what} says, as text keys, if kept; no contact data either
   * @param at when the failure was recorded
   * @return the alert with the event added, one version on
   * @throws ConflictException if it is resolved
   */
  public Alert undelivered(String what, Optional<Wording> wording, Instant at) {
    return step(Transition.NOTE_UNDELIVERED, at, Optional.empty(), what, wording, b -> {});
  }

  // ---- not transitions: bookkeeping on the same version ----

  /**
   * The same version, now having counted missed slots up to the one opening at {@code slotOpens}.
   *
   * @param slotOpens the opening instant of the latest missed slot counted
   * @return a copy at the same version
   */
  public Alert countedThrough(Instant slotOpens) {
    return toBuilder().lastSlotCounted(Optional.of(slotOpens)).build();
  }

  /**
   * The same alert at another version (several transitions in one transaction are stored as one version).
   *
   * @param newVersion the version to carry
   * @return a copy at {@code newVersion}
   */
  public Alert atVersion(long newVersion) {
    return toBuilder().version(newVersion).build();
  }

  private Alert step(Transition transition, Instant at, Optional<AccountId> by, String detail,
      Optional<Wording> wording, Consumer<Builder> change) {
    AlertStatus to = AlertLifecycle.requireAllowed(id, status, transition);
    Builder next = toBuilder().status(to).version(version + 1);
    change.accept(next);
    Alert changed = next.build();
    // the event keeps the level the alert stands at after it, so that reports read levels from the history alone
    List<AlertEvent> longer = new ArrayList<>(history.size() + 1);
    longer.addAll(history);
    longer.add(new AlertEvent(at, transition.event(), by, detail, OptionalInt.of(changed.escalationLevel()),
        wording));
    return changed.toBuilder().history(longer).build();
  }

  /**
   * A builder with every component unset (optional ones empty, level and version 0).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding every component of this alert.
   *
   * @return a new builder with this alert's components
   */
  public Builder toBuilder() {
    return new Builder().id(id).caseId(caseId).kind(kind).severity(severity).status(status)
        .responsibleUnit(responsibleUnit).escalationLevel(escalationLevel).openedAt(openedAt)
        .acknowledgeBy(acknowledgeBy).trigger(trigger).summary(summary).handledBy(handledBy).outcome(outcome)
        .history(history).version(version).lastSlotCounted(lastSlotCounted).summaryWording(summaryWording);
  }

  /**
   * Builds an alert component by component, for storages reading one back and for tests. Optional components
   * default to empty, the history to none, level and version to 0; the others must be set. Not thread-safe.
   */
  public static final class Builder {
    private @Nullable AlertId id;
    private @Nullable CaseId caseId;
    private @Nullable AlertKind kind;
    private @Nullable Severity severity;
    private @Nullable AlertStatus status;
    private @Nullable JurisdictionPath responsibleUnit;
    private int escalationLevel;
    private @Nullable Instant openedAt;
    private @Nullable Instant acknowledgeBy;
    private Optional<DeclarationId> trigger = Optional.empty();
    private @Nullable String summary;
    private Optional<AccountId> handledBy = Optional.empty();
    private Optional<AlertOutcome> outcome = Optional.empty();
    private List<AlertEvent> history = List.of();
    private long version;
    private Optional<Instant> lastSlotCounted = Optional.empty();
    private Optional<Wording> summaryWording = Optional.empty();

    private Builder() {}

    /**
     * Sets the alert's id.
     *
     * @param value the alert's id
     * @return this builder
     */
    public Builder id(AlertId value) {
      id = value;
      return this;
    }

    /**
     * Sets the case the alert is about.
     *
     * @param value the case the alert is about
     * @return this builder
     */
    public Builder caseId(CaseId value) {
      caseId = value;
      return this;
    }

    /**
     * Sets the alert's kind.
     *
     * @param value the alert's kind
     * @return this builder
     */
    public Builder kind(AlertKind value) {
      kind = value;
      return this;
    }

    /**
     * Sets the alert's severity.
     *
     * @param value the alert's severity
     * @return this builder
     */
    public Builder severity(Severity value) {
      severity = value;
      return this;
    }

    /**
     * Sets the alert's status.
     *
     * @param value the alert's status
     * @return this builder
     */
    public Builder status(AlertStatus value) {
      status = value;
      return this;
    }

    /**
     * Sets the unit responsible for the alert, at level 0.
     *
     * @param value the unit responsible for the alert, at level 0
     * @return this builder
     */
    public Builder responsibleUnit(JurisdictionPath value) {
      responsibleUnit = value;
      return this;
    }

    /**
     * Sets the escalation level, 0 or more.
     *
     * @param value the escalation level, 0 or more
     * @return this builder
     */
    public Builder escalationLevel(int value) {
      escalationLevel = value;
      return this;
    }

    /**
     * Sets when the alert opened.
     *
     * @param value when the alert opened
     * @return this builder
     */
    public Builder openedAt(Instant value) {
      openedAt = value;
      return this;
    }

    /**
     * Sets the deadline the current status runs against.
     *
     * @param value the deadline the current status runs against
     * @return this builder
     */
    public Builder acknowledgeBy(Instant value) {
      acknowledgeBy = value;
      return this;
    }

    /**
     * Sets the declaration that opened or last raised it.
     *
     * @param value the declaration that opened or last raised it
     * @return this builder
     */
    public Builder trigger(Optional<DeclarationId> value) {
      trigger = value;
      return this;
    }

    /**
     * Sets the short text for the queue.
     *
     * @param value the short text for the queue
     * @return this builder
     */
    public Builder summary(String value) {
      summary = value;
      return this;
    }

    /**
     * Sets who acknowledged or resolved it.
     *
     * @param value who acknowledged or resolved it
     * @return this builder
     */
    public Builder handledBy(Optional<AccountId> value) {
      handledBy = value;
      return this;
    }

    /**
     * Sets what was done, once resolved.
     *
     * @param value what was done, once resolved
     * @return this builder
     */
    public Builder outcome(Optional<AlertOutcome> value) {
      outcome = value;
      return this;
    }

    /**
     * Sets the history, oldest first.
     *
     * @param value the history, oldest first
     * @return this builder
     */
    public Builder history(List<AlertEvent> value) {
      history = value;
      return this;
    }

    /**
     * Sets the optimistic-lock version, 0 or more.
     *
     * @param value the optimistic-lock version, 0 or more
     * @return this builder
     */
    public Builder version(long value) {
      version = value;
      return this;
    }

    /**
     * Sets the latest missed slot counted, for missed-declaration alerts.
     *
     * @param value the latest missed slot counted, for missed-declaration alerts
     * @return this builder
     */
    public Builder lastSlotCounted(Optional<Instant> value) {
      lastSlotCounted = value;
      return this;
    }

    /**
     * Sets what the summary says, as text keys.
     *
     * @param value what the summary says, as text keys, if kept
     * @return this builder
     */
    public Builder summaryWording(Optional<Wording> value) {
      summaryWording = value;
      return this;
    }

    /**
     * @return the alert
     * @throws NullPointerException naming the first required component not set
     */
    public Alert build() {
      return new Alert(id, caseId, kind, severity, status, responsibleUnit, escalationLevel, openedAt,
          acknowledgeBy, trigger, summary, handledBy, outcome, history, version, lastSlotCounted, summaryWording);
    }
  }
}
