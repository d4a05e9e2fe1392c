package org.homewatch.core.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.homewatch.ConfigurationException;
import org.homewatch.core.notify.Texts;
import org.homewatch.core.rules.JsonRuleSet;
import org.homewatch.core.rules.RuleSet;
import org.homewatch.core.rules.definition.RuleDefinition;
import org.homewatch.model.Person;

/**
 * At build time: every rule of a JSON rule set has a text for its message key in Vietnamese and in English, so that
 * no SMS or queue line shows a raw key such as {@code gialai.rules.sore_eyes}. A rule set that is not a
 * {@link JsonRuleSet} does not tell its keys and is not checked.
 */
public final class RuleMessagesCheck {
  private RuleMessagesCheck() {}

  /**
   * @throws ConfigurationException naming every rule whose key has no text, the languages missing, and the fix
   */
  public static void check(RuleSet ruleSet, Texts texts, List<String> ruleMessageBundles) {
    if (!(ruleSet instanceof JsonRuleSet json)) {
      return;
    }
    Map<String, String> missing = new TreeMap<>();
    for (RuleDefinition rule : json.definition().rules()) {
      for (Locale language : List.of(Person.VIETNAMESE, Locale.ENGLISH)) {
        if (texts.ruleMessage(rule.messageKey(), language).isEmpty()) {
          missing.merge(rule.id() + " (" + rule.messageKey() + ")", language.getLanguage(), (a, b) -> a + ", " + b);
        }
      }
    }
    if (!missing.isEmpty()) {
      throw new ConfigurationException("the rule set " + json.ref() + " has rules whose message has no text: "
          + missing + "; give the province's texts with builder.ruleMessages(\"<bundle base name>\") "
          + (ruleMessageBundles.isEmpty() ? "" : "(given: " + ruleMessageBundles + ") ")
          + "holding each key in <bundle>.properties (Vietnamese) and <bundle>_en.properties (English)");
    }
  }
}
