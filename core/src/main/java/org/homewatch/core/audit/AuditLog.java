package org.homewatch.core.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.homewatch.core.access.Operation;
import org.homewatch.model.AuditEvent;
import org.homewatch.model.AuditEventId;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.Principal;
import org.homewatch.spi.storage.StorageTransaction;

/**
 * Writes audit events inside the caller's transaction, so that an action and its audit record commit together.
 * Details hold identifiers and counts only, never personal data in clear. A public operation is recorded under its
 * {@link Operation#auditAction()}; the actions given as text are the consequences of an operation (an alert
 * opened, a case flagged for review) and refusals.
 */
public final class AuditLog {
  private final Clock clock;

  /**
   * An audit log stamping events with {@code clock}'s time.
   *
   * @param clock the time events are recorded at
   */
  public AuditLog(Clock clock) {
    this.clock = clock;
  }

  /**
   * Appends an event to the audit trail, in the caller's transaction.
   *
   * @param tx the caller's transaction; the event commits or rolls back with its change
   * @param actor who acted
   * @param action what was done, e.g. {@code case.read}
   * @param targetType the kind of record acted on, e.g. {@code case}
   * @param targetId the id of that record
   * @param unit the unit the event is listed under
   * @param details identifiers and counts; never personal data in clear
   */
  public void record(StorageTransaction tx, Principal actor, String action, String targetType, Object targetId,
      JurisdictionPath unit, Map<String, String> details) {
    tx.audit().append(event(actor, action, targetType, targetId, unit, details));
  }

  /**
   * The event {@link #record} would append, for a caller that appends many in one call.
   *
   * @param actor who acted
   * @param action what was done
   * @param targetType the kind of record acted on
   * @param targetId the id of that record
   * @param unit the unit the event is listed under
   * @param details identifiers and counts; never personal data in clear
   * @return the event, time-ordered, not yet appended
   */
  public AuditEvent event(Principal actor, String action, String targetType, Object targetId, JurisdictionPath unit,
      Map<String, String> details) {
    Instant now = clock.instant();
    return new AuditEvent(AuditEventId.timeOrdered(now), now, actor.account(), action, targetType,
        String.valueOf(targetId), unit, details);
  }

  /**
   * Appends an event without details to the audit trail, in the caller's transaction.
   *
   * @param tx the caller's transaction
   * @param actor who acted
   * @param action what was done, e.g. {@code case.read}
   * @param targetType the kind of record acted on
   * @param targetId the id of that record
   * @param unit the unit the event is listed under
   */
  public void record(StorageTransaction tx, Principal actor, String action, String targetType, Object targetId,
      JurisdictionPath unit) {
    record(tx, actor, action, targetType, targetId, unit, Map.of());
  }

  /**
   * Records {@code operation} under its {@link Operation#auditAction() action}.
   *
   * @param tx the caller's transaction
   * @param actor who acted
   * @param operation what was done
   * @param targetType the kind of record acted on
   * @param targetId the id of that record
   * @param unit the unit the event is listed under
   * @param details identifiers and counts; never personal data in clear
   */
  public void record(StorageTransaction tx, Principal actor, Operation operation, String targetType,
      Object targetId, JurisdictionPath unit, Map<String, String> details) {
    record(tx, actor, operation.auditAction(), targetType, targetId, unit, details);
  }

  /**
   * Records {@code operation}, without details, under its {@link Operation#auditAction() action}.
   *
   * @param tx the caller's transaction
   * @param actor who acted
   * @param operation what was done
   * @param targetType the kind of record acted on
   * @param targetId the id of that record
   * @param unit the unit the event is listed under
   */
  public void record(StorageTransaction tx, Principal actor, Operation operation, String targetType,
      Object targetId, JurisdictionPath unit) {
    record(tx, actor, operation.auditAction(), targetType, targetId, unit, Map.of());
  }

  /**
   * The event {@link #record} would append for {@code operation}, for a caller that appends many in one call.
   *
   * @param actor who acted
   * @param operation what was done
   * @param targetType the kind of record acted on
   * @param targetId the id of that record
   * @param unit the unit the event is listed under
   * @param details identifiers and counts; never personal data in clear
   * @return the event, time-ordered, not yet appended
   */
  public AuditEvent event(Principal actor, Operation operation, String targetType, Object targetId,
      JurisdictionPath unit, Map<String, String> details) {
    return event(actor, operation.auditAction(), targetType, targetId, unit, details);
  }
}
