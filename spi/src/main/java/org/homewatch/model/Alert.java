package org.homewatch.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A signal that a person needs attention, addressed to the health station of the case's commune.
 *
 * @param responsibleUnit the commune of the case when the alert opened; staff of that commune and of every unit
 *     above it may see it
 * @param escalationLevel 0 while the commune has it; each escalation adds 1 and notifies the unit one level up
 * @param acknowledgeBy when it escalates if nobody acknowledged it
 * @param trigger the declaration that opened or last raised it, if any
 * @param summary a short text for the queue, e.g. "SpO2 93 % ≤ 96 %"
 * @param lastSlotCounted for {@link AlertKind#MISSED_DECLARATIONS}: the opening instant of the latest missed
 *     declaration slot this alert has counted, so that the sweep never counts a slot twice (on any node, after any
 *     restart); empty for other kinds. Added in 0.1 after the first draft: storages persist it like the other
 *     fields (a nullable timestamp column in SQL).
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
    Optional<Instant> lastSlotCounted) {

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
    history = List.copyOf(history);
    if (escalationLevel < 0 || version < 0) {
      throw new IllegalArgumentException("escalation level and version must not be negative");
    }
  }

  /** An alert that counts no missed slot (every kind but {@link AlertKind#MISSED_DECLARATIONS}). */
  public Alert(AlertId id, CaseId caseId, AlertKind kind, Severity severity, AlertStatus status,
      JurisdictionPath responsibleUnit, int escalationLevel, Instant openedAt, Instant acknowledgeBy,
      Optional<DeclarationId> trigger, String summary, Optional<AccountId> handledBy, Optional<AlertOutcome> outcome,
      List<AlertEvent> history, long version) {
    this(id, caseId, kind, severity, status, responsibleUnit, escalationLevel, openedAt, acknowledgeBy, trigger,
        summary, handledBy, outcome, history, version, Optional.empty());
  }

  /** The unit currently expected to act: the commune, or the unit {@code escalationLevel} levels above it. */
  public JurisdictionPath currentlyResponsible() {
    JurisdictionPath unit = responsibleUnit;
    for (int i = 0; i < escalationLevel && !unit.isProvince(); i++) {
      unit = unit.parent();
    }
    return unit;
  }

  /** A builder-like copy: the next version with one more history event. */
  public Alert next(Severity newSeverity, AlertStatus newStatus, int newEscalationLevel, Instant newAcknowledgeBy,
      Optional<DeclarationId> newTrigger, String newSummary, Optional<AccountId> newHandledBy,
      Optional<AlertOutcome> newOutcome, AlertEvent event) {
    List<AlertEvent> longer = new ArrayList<>(history);
    longer.add(event);
    return new Alert(id, caseId, kind, newSeverity, newStatus, responsibleUnit, newEscalationLevel, openedAt,
        newAcknowledgeBy, newTrigger, newSummary, newHandledBy, newOutcome, longer, version + 1, lastSlotCounted);
  }

  /** The same version, now having counted missed slots up to the one opening at {@code slotOpens}. */
  public Alert countedThrough(Instant slotOpens) {
    return new Alert(id, caseId, kind, severity, status, responsibleUnit, escalationLevel, openedAt, acknowledgeBy,
        trigger, summary, handledBy, outcome, history, version, Optional.of(slotOpens));
  }

  /** The same version, addressed to another commune (the case was transferred there; its open alerts follow). */
  public Alert addressedTo(JurisdictionPath newUnit) {
    return new Alert(id, caseId, kind, severity, status, newUnit, escalationLevel, openedAt, acknowledgeBy,
        trigger, summary, handledBy, outcome, history, version, lastSlotCounted);
  }

  public Alert atVersion(long newVersion) {
    return new Alert(id, caseId, kind, severity, status, responsibleUnit, escalationLevel, openedAt, acknowledgeBy,
        trigger, summary, handledBy, outcome, history, newVersion, lastSlotCounted);
  }
}
