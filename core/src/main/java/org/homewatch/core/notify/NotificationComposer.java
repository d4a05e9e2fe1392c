package org.homewatch.core.notify;

import java.util.Locale;
import java.util.Map;
import org.homewatch.model.ContactPoint;
import org.homewatch.spi.notification.Notification;

/**
 * The notify capability's port for the texts of notifications: other capabilities (alert summaries, messages to
 * people in quarantine) compose their notifications through it, from the templates in
 * {@code org.homewatch.core.notify.templates} (Vietnamese the base, English beside it). Built by {@code Homewatch}
 * only.
 */
public interface NotificationComposer {

  /**
   * A notification to {@code recipient}, with the template {@code templateKey} rendered in {@code locale}.
   *
   * @param idempotencyKey the same for every retry of the message
   * @param recipient where to send it
   * @param templateKey the template, e.g. {@code alert.opened}
   * @param locale the recipient's language
   * @param parameters the values for the template's placeholders; identifiers, numbers and masked personal data only
   * @return the notification
   * @throws org.homewatch.ConfigurationException if the bundle has no such template
   */
  Notification compose(String idempotencyKey, ContactPoint recipient, String templateKey, Locale locale,
      Map<String, String> parameters);

  /**
   * The template {@code key} in {@code locale} with its {@code {name}} placeholders filled from parameters.
   *
   * @param key the template's key
   * @param locale the language
   * @param parameters the values for the placeholders
   * @return the rendered text
   */
  String render(String key, Locale locale, Map<String, String> parameters);

  /**
   * What a wording says in {@code locale} ({@link Texts#render(org.homewatch.model.Wording, Locale)}).
   *
   * @param wording what to say
   * @param locale the language
   * @return the rendered text
   * @throws org.homewatch.ConfigurationException if no bundle has a text for one of its keys
   */
  String render(org.homewatch.model.Wording wording, Locale locale);

  /**
   * A single text of the bundle, e.g. a severity's name.
   *
   * @param key the text's key
   * @param locale the language
   * @return the text
   * @throws org.homewatch.ConfigurationException if the bundle has no such text
   */
  String text(String key, Locale locale);
}
