package org.homewatch.core.rules;

import java.util.Locale;
import org.homewatch.core.notify.Texts;

/**
 * Homewatch's own texts of findings' message keys, in Vietnamese (the default) and English, from
 * {@code org/homewatch/core/rules/messages_vi.properties} and {@code messages_en.properties} (UTF-8). An instance's
 * texts, with the integrator's overrides and a province's rule messages, are {@code homewatch.texts()}
 * ({@link org.homewatch.core.notify.Texts#ruleMessage}).
 */
public final class RuleMessages {
  /** Vietnamese, the default language. */
  public static final Locale VIETNAMESE = org.homewatch.model.Person.VIETNAMESE;

  private RuleMessages() {}

  /**
   * The text for a key: English for an English locale, Vietnamese otherwise. A key the bundles do not know (a
   * province's own rule) comes back as itself; {@code homewatch.texts()} knows the province's bundle, and
   * {@code Homewatch.builder().build()} refuses a rule set whose keys have no text.
   *
   * @param messageKey the rule's message key
   * @param locale the reader's locale
   * @return the text, or the key itself
   */
  public static String text(String messageKey, Locale locale) {
    return Texts.shipped().ruleMessage(messageKey, locale).orElse(messageKey);
  }

  /**
   * True if both languages have a text for the key.
   *
   * @param messageKey the rule's message key
   * @return whether Homewatch's own bundles have a Vietnamese and an English text for it
   */
  public static boolean isKnown(String messageKey) {
    return Texts.shipped().ruleMessage(messageKey, VIETNAMESE).isPresent()
        && Texts.shipped().ruleMessage(messageKey, Locale.ENGLISH).isPresent();
  }
}
