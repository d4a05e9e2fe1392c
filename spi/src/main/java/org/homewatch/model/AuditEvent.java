package org.homewatch.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One audited action: who did what to which record, in which jurisdiction, when. Reads of personal data are
 * audited as well as writes. Details hold identifiers and counts, never personal data in clear.
 *
 * @param id identifies the event; time-ordered
 * @param at when it happened
 * @param actor who did it ({@link AccountId#SYSTEM} for background work)
 * @param targetId the id of the record acted on
 * @param unit the unit the record belongs to, under which the event is listed
 * @param details identifiers and counts about the action; never personal data in clear
 * @param action e.g. {@code case.register}, {@code case.read}, {@code alert.acknowledge}, {@code access.denied}
 * @param targetType e.g. {@code case}, {@code alert}
 */
public record AuditEvent(
    AuditEventId id,
    Instant at,
    AccountId actor,
    String action,
    String targetType,
    String targetId,
    JurisdictionPath unit,
    Map<String, String> details) {

  /**
   * Refuses null components; copies the details into an unmodifiable map sorted by key.
   *
   * @param id identifies the event
   * @param at when it happened
   * @param actor who did it ({@link AccountId#SYSTEM} for background work)
   * @param action e.g. {@code case.register}, {@code case.read}, {@code alert.acknowledge}, {@code access.denied}
   * @param targetType e.g. {@code case}, {@code alert}
   * @param targetId the id of the record acted on
   * @param unit the unit the record belongs to, under which the event is listed
   * @param details identifiers and counts about the action
   */
  public AuditEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(targetType, "targetType");
    Objects.requireNonNull(targetId, "targetId");
    Objects.requireNonNull(unit, "unit");
    details = java.util.Collections.unmodifiableMap(new TreeMap<>(details));
  }
}
