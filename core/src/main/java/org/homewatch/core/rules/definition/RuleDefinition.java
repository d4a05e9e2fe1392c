package org.homewatch.core.rules.definition;

import java.util.List;
import java.util.Objects;
import org.homewatch.model.AlertKind;
import org.homewatch.model.Severity;

/**
 * One rule: when {@code condition} holds for a declaration of a person in one of {@code ageBands} (all bands if
 * empty), a finding of {@code severity} with {@code messageKey} is raised.
 */
public record RuleDefinition(String id, Severity severity, String messageKey, List<String> ageBands,
    Condition condition) {
  public RuleDefinition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(messageKey, "messageKey");
    Objects.requireNonNull(condition, "condition");
    ageBands = List.copyOf(ageBands);
  }

  /** {@link AlertKind#OFF_SITE} for the distance-from-home rule, {@link AlertKind#HEALTH} for every sign. */
  public AlertKind kind() {
    return condition instanceof Condition.DistanceFromHome ? AlertKind.OFF_SITE : AlertKind.HEALTH;
  }

  public boolean appliesTo(String ageBandId) {
    return ageBands.isEmpty() || ageBands.contains(ageBandId);
  }

  public RuleDefinition withId(String newId) {
    return new RuleDefinition(newId, severity, messageKey, ageBands, condition);
  }
}
