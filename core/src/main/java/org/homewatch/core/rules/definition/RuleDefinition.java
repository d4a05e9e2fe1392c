package org.homewatch.core.rules.definition;

import java.util.List;
import java.util.Objects;
import org.homewatch.model.AlertKind;
import org.homewatch.model.Severity;

/**
 * One rule: when {@code condition} holds for a declaration of a person in one of {@code ageBands} (all bands if
 * empty), a finding of {@code severity} with {@code messageKey} is raised.
 *
 * @param id the rule's id, unique in its set, e.g. {@code moh261.spo2.low}
 * @param severity the severity of its finding, before the risk modifier
 * @param messageKey the key of the text shown to staff
 * @param ageBands the age band ids it applies to; empty for all
 * @param condition what must hold for it to fire
 */
public record RuleDefinition(String id, Severity severity, String messageKey, List<String> ageBands,
    Condition condition) {
  /**
   * Refuses null components; copies the age bands.
   *
   * @param id the rule's id, unique in its set, e.g. {@code moh261.spo2.low}
   * @param severity the severity of its finding, before the risk modifier
   * @param messageKey the key of the text shown to staff
   * @param ageBands the age band ids it applies to
   * @param condition what must hold for it to fire
   */
  public RuleDefinition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(messageKey, "messageKey");
    Objects.requireNonNull(condition, "condition");
    ageBands = List.copyOf(ageBands);
  }

  /**
   * {@link AlertKind#OFF_SITE} for the distance-from-home rule, {@link AlertKind#HEALTH} for every sign.
   *
   * @return the alert kind its findings feed
   */
  public AlertKind kind() {
    return condition instanceof Condition.DistanceFromHome ? AlertKind.OFF_SITE : AlertKind.HEALTH;
  }

  /**
   * Whether the rule applies to a person in this age band.
   *
   * @param ageBandId an age band's id
   * @return true if it applies
   */
  public boolean appliesTo(String ageBandId) {
    return ageBands.isEmpty() || ageBands.contains(ageBandId);
  }

  /**
   * This rule under another id (a province copying a rule of its base).
   *
   * @param newId the new id
   * @return the renamed rule
   */
  public RuleDefinition withId(String newId) {
    return new RuleDefinition(newId, severity, messageKey, ageBands, condition);
  }
}
