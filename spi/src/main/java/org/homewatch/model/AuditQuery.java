package org.homewatch.model;

import java.time.Instant;
import java.util.Optional;

/**
 * Which audit events to read: those recorded under a unit of {@code scope} (the unit and everything below it) from
 * {@code from} (inclusive) to {@code to} (exclusive), optionally only one actor's, optionally only those about one
 * target. Served oldest first (at, then id), keyset-paged.
 *
 * <p>"By case" is a target: {@link #aboutCase} reads the events whose target is the case (registration, reads of
 * it, its changes, refusals aimed at it). Events about an alert or a feedback of the case name that alert or
 * feedback as their target.
 *
 * @param scope only events recorded under this unit or a unit below it
 * @param from the first instant included
 * @param to the first instant excluded; after {@code from}
 * @param targetId with {@code targetType}: the id of the record, or any
 * @param actor only events by this account, or every actor
 * @param targetType with {@code targetId}: only events about this record ({@code case}, {@code alert},
 *     {@code account}, ...), or about any
 */
public record AuditQuery(JurisdictionPath scope, Instant from, Instant to, Optional<AccountId> actor,
    Optional<String> targetType, Optional<String> targetId) {

  /**
   * The earliest {@code from} a query may name: the first instant of year 1. Every storage can compare with it (a
   * JDBC driver cannot bind {@link Instant#MIN}, which lies a billion years back).
   */
  public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
  /** The latest {@code to} a query may name: the first instant after year 9999. */
  public static final Instant LATEST = Instant.parse("+10000-01-01T00:00:00Z");

  /**
   * Validates the period and the target, collecting every violation of the period and target pairing.
   *
   * @param scope only events recorded under this unit or a unit below it
   * @param from the first instant included
   * @param to the first instant excluded
   * @param actor only events by this account, or every actor
   * @param targetType with {@code targetId}: only events about this record ({@code case}, {@code alert}, {@code
   *     account}, ...), or about any
   * @param targetId with {@code targetType}: the id of the record, or any
   * @throws org.homewatch.ValidationException if the period is empty or reversed, starts before {@link #EARLIEST} or
   *     ends after {@link #LATEST}, only one of type and id is given, or
   *     either is blank, too long or not plain text
   */
  public AuditQuery {
    Checks.required(scope, "scope");
    Checks.required(from, "from");
    Checks.required(to, "to");
    Checks.required(actor, "actor");
    Checks.required(targetType, "targetType");
    Checks.required(targetId, "targetId");
    new Checks()
        .require(!from.isBefore(EARLIEST), "from", "homewatch.validation.period.bound",
            "the period starts at " + EARLIEST + " at the earliest, was " + from)
        .require(!to.isAfter(LATEST), "to", "homewatch.validation.period.bound",
            "the period ends at " + LATEST + " at the latest, was " + to)
        .require(from.isBefore(to), "to", "homewatch.validation.period",
            "the period ends (" + to + ") after it starts (" + from + ")")
        .require(targetType.isPresent() == targetId.isPresent(), "targetId", "homewatch.validation.required",
            "a target is a type and an id, both or neither")
        .throwIfAny();
    targetType.ifPresent(t -> new Checks().notBlank("targetType", t).maxLength("targetType", t, 64)
        .plainText("targetType", t, false).throwIfAny());
    targetId.ifPresent(t -> new Checks().notBlank("targetId", t).maxLength("targetId", t, 128)
        .plainText("targetId", t, false).throwIfAny());
  }

  /**
   * Every event under {@code scope} in the period.
   *
   * @param scope the unit whose events are wanted
   * @param from the first instant included
   * @param to the first instant excluded
   * @return the query
   */
  public static AuditQuery in(JurisdictionPath scope, Instant from, Instant to) {
    return new AuditQuery(scope, from, to, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * Who looked at or changed this case, in the period ({@code scope} still limits what is served).
   *
   * @param scope the unit that limits what is served, normally the reader's scope
   * @param caseId the case
   * @param from the first instant included
   * @param to the first instant excluded
   * @return the query
   */
  public static AuditQuery aboutCase(JurisdictionPath scope, CaseId caseId, Instant from, Instant to) {
    return in(scope, from, to).about("case", Checks.required(caseId, "caseId").toString());
  }

  /**
   * This query, only events by {@code account}.
   *
   * @param account the actor
   * @return a copy limited to that actor
   */
  public AuditQuery by(AccountId account) {
    return new AuditQuery(scope, from, to, Optional.of(Checks.required(account, "actor")), targetType, targetId);
  }

  /**
   * This query, only events about the record of this type and id.
   *
   * @param type the target's type, e.g. {@code case}, {@code alert}, {@code account}
   * @param id the target's id as text
   * @return a copy limited to that target
   */
  public AuditQuery about(String type, String id) {
    return new AuditQuery(scope, from, to, actor, Optional.of(Checks.required(type, "targetType")),
        Optional.of(Checks.required(id, "targetId")));
  }

  /**
   * Whether an event answers this query.
   *
   * @param event an audit event
   * @return true if its unit, time, actor and target all match
   */
  public boolean matches(AuditEvent event) {
    return scope.contains(event.unit())
        && !event.at().isBefore(from) && event.at().isBefore(to)
        && actor.map(event.actor()::equals).orElse(true)
        && targetType.map(event.targetType()::equals).orElse(true)
        && targetId.map(event.targetId()::equals).orElse(true);
  }
}
