package org.homewatch.spi.notification;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.homewatch.model.ContactPoint;

/**
 * One message for one recipient. Rendered by core from a localised template (Vietnamese by default, English),
 * with the template key and parameters kept so that a channel with its own templates (Zalo ZNS, SMS brand
 * names) can use them instead of {@link #text()}.
 *
 * @param idempotencyKey the same for every retry of this message; pass it to the gateway if it deduplicates
 * @param recipient where to send it; {@link ContactPoint#channel()} names the channel that sends it
 * @param templateKey e.g. {@code alert.opened}
 * @param parameters the values the template was filled with; identifiers and numbers, masked personal data
 * @param text the rendered message in {@code locale}
 * @param locale the language {@code text} is in, the recipient's
 */
public record Notification(
    String idempotencyKey,
    ContactPoint recipient,
    String templateKey,
    Locale locale,
    Map<String, String> parameters,
    String text) {

  /**
   * Refuses null components; copies the parameters into an unmodifiable map sorted by name.
   *
   * @param idempotencyKey the same for every retry of this message
   * @param recipient where to send it
   * @param templateKey e.g. {@code alert.opened}
   * @param locale the language {@code text} is in, the recipient's
   * @param parameters the values the template was filled with
   * @param text the rendered message in {@code locale}
   */
  public Notification {
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(templateKey, "templateKey");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(text, "text");
    parameters = java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
  }
}
