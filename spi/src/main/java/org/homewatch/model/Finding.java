package org.homewatch.model;

import java.util.List;
import java.util.Objects;

/**
 * One rule that fired on a declaration.
 *
 * @param severity how bad the rule judges it
 * @param ruleId the rule's id in its rule set, e.g. {@code moh261.spo2}
 * @param kind the alert kind the finding feeds: {@link AlertKind#HEALTH} for signs, {@link AlertKind#OFF_SITE}
 *     for a declaration made away from home
 * @param messageKey the text shown to staff, in the message bundle (Vietnamese and English)
 * @param evidence the values and thresholds that made it fire
 */
public record Finding(String ruleId, Severity severity, AlertKind kind, String messageKey, List<Evidence> evidence) {
  /**
   * Refuses null components; copies the evidence.
   *
   * @param ruleId the rule's id in its rule set, e.g. {@code moh261.spo2}
   * @param severity how bad the rule judges it
   * @param kind the alert kind the finding feeds: {@link AlertKind#HEALTH} for signs, {@link AlertKind#OFF_SITE} for a
   *     declaration made away from home
   * @param messageKey the text shown to staff, in the message bundle (Vietnamese and English)
   * @param evidence the values and thresholds that made it fire
   */
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(messageKey, "messageKey");
    evidence = List.copyOf(evidence);
  }
}
