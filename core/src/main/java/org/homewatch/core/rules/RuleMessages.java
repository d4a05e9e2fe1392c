package org.homewatch.core.rules;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of findings' message keys, in Vietnamese (the default) and English, from
 * {@code org/homewatch/core/rules/messages_vi.properties} and {@code messages_en.properties} (UTF-8).
 */
public final class RuleMessages {
  private static final String BUNDLE = "org.homewatch.core.rules.messages";
  /** The default language of findings' texts. */
  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private RuleMessages() {}

  /**
   * The text for a key: English for an English locale, Vietnamese otherwise. A key the bundles do not know (a
   * province's own rule) comes back as itself, so a screen shows something rather than failing.
   *
   * @param messageKey a finding's message key
   * @param locale the reader's locale
   * @return the text, or the key itself if unknown
   */
  public static String text(String messageKey, Locale locale) {
    Locale chosen = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : VIETNAMESE;
    try {
      return ResourceBundle.getBundle(BUNDLE, chosen, RuleMessages.class.getClassLoader(),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
          .getString(messageKey);
    } catch (MissingResourceException e) {
      return messageKey;
    }
  }

  /**
   * True if both languages have a text for the key.
   *
   * @param messageKey a finding's message key
   * @return true if known in Vietnamese and in English
   */
  public static boolean isKnown(String messageKey) {
    return !text(messageKey, VIETNAMESE).equals(messageKey) && !text(messageKey, Locale.ENGLISH).equals(messageKey);
  }
}
