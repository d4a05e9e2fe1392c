package org.homewatch.core.notify.internal;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homewatch.core.notify.NotificationComposer;
import org.homewatch.core.notify.Texts;
import org.homewatch.model.ContactPoint;
import org.homewatch.spi.notification.Notification;

/**
 * Renders notification templates from {@link Texts} (the integrator's overrides, then the
 * {@code org.homewatch.core.notify.templates} bundle: Vietnamese is the base bundle, English beside it).
 * Placeholders are {@code {name}}; plain replacement, because MessageFormat treats the apostrophes of ordinary text
 * as quotes.
 */
public final class BundleNotificationComposer implements NotificationComposer {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

  private final Texts texts;

  public BundleNotificationComposer(Texts texts) {
    this.texts = texts;
  }

  public BundleNotificationComposer() {
    this(Texts.shipped());
  }

  @Override
  public Notification compose(String idempotencyKey, ContactPoint recipient, String templateKey, Locale locale,
      Map<String, String> parameters) {
    return new Notification(idempotencyKey, recipient, templateKey, Texts.language(locale), parameters,
        render(templateKey, locale, parameters));
  }

  @Override
  public String render(String key, Locale locale, Map<String, String> parameters) {
    String template = text(key, locale);
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = parameters.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }

  @Override
  public String text(String key, Locale locale) {
    return texts.template(key, locale);
  }
}
