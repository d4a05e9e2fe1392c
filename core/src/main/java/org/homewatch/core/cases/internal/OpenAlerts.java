package org.homewatch.core.cases.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homewatch.core.alerts.AlertPolicy;
import org.homewatch.core.alerts.internal.AlertRaiser;
import org.homewatch.core.audit.AuditLog;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertEvent;
import org.homewatch.model.AlertKind;
import org.homewatch.model.AlertOutcome;
import org.homewatch.model.AlertStatus;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.Principal;
import org.homewatch.spi.storage.StorageTransaction;

/** What happens to a case's unresolved alerts when the case closes or moves. */
public final class OpenAlerts {
  private final AlertPolicy policy;
  private final AlertRaiser raiser;
  private final AuditLog audit;

  public OpenAlerts(AlertPolicy policy, AlertRaiser raiser, AuditLog audit) {
    this.policy = policy;
    this.raiser = raiser;
    this.audit = audit;
  }

  /** The kinds of the case's alerts not yet resolved. */
  public List<String> kindsOpen(StorageTransaction tx, IsolationCase c) {
    List<String> open = new ArrayList<>();
    for (AlertKind kind : AlertKind.values()) {
      tx.alerts().findActive(c.id(), kind).ifPresent(a -> open.add(kind.name()));
    }
    return open;
  }

  /** Resolves every unresolved alert of the case with {@code outcome}, by the principal closing the case. */
  public void resolveAll(StorageTransaction tx, Principal principal, IsolationCase c, AlertOutcome outcome,
      String note, Instant now) {
    for (AlertKind kind : AlertKind.values()) {
      Optional<Alert> active = tx.alerts().findActive(c.id(), kind);
      if (active.isPresent()) {
        Alert a = active.get();
        tx.alerts().update(a.next(a.severity(), AlertStatus.RESOLVED, a.escalationLevel(), a.acknowledgeBy(),
            a.trigger(), a.summary(), Optional.of(principal.account()), Optional.of(outcome),
            new AlertEvent(now, AlertEvent.Kind.RESOLVED, Optional.of(principal.account()), outcome + ": " + note)));
        audit.record(tx, principal, "alert.resolve", "alert", a.id(), a.responsibleUnit(),
            Map.of("outcome", outcome.name(), "case", c.id().toString()));
      }
    }
  }

  /**
   * Re-addresses the case's unresolved alerts to its new commune: back to OPEN at level 0 with a fresh deadline,
   * and the new commune's staff notified, because nobody there has taken them yet.
   */
  public void follow(StorageTransaction tx, Principal principal, IsolationCase moved, Instant now) {
    for (AlertKind kind : AlertKind.values()) {
      Optional<Alert> active = tx.alerts().findActive(moved.id(), kind);
      if (active.isPresent()) {
        Alert a = active.get();
        Alert followed = a.addressedTo(moved.responsibleUnit()).next(a.severity(), AlertStatus.OPEN, 0,
            now.plus(policy.acknowledgeWithin(a.severity())), a.trigger(), a.summary(), Optional.empty(),
            Optional.empty(), new AlertEvent(now, AlertEvent.Kind.TRANSFERRED, Optional.of(principal.account()),
                a.responsibleUnit() + " → " + moved.responsibleUnit()));
        raiser.notifyAndStore(tx, moved, followed, false, "alert.opened", now);
        audit.record(tx, principal, "alert.transfer", "alert", a.id(), moved.responsibleUnit(),
            Map.of("from", a.responsibleUnit().toString(), "case", moved.id().toString()));
      }
    }
  }
}
