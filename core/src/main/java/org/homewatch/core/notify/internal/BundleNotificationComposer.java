package org.homewatch.core.notify.internal;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homewatch.ConfigurationException;
import org.homewatch.core.notify.NotificationComposer;
import org.homewatch.model.ContactPoint;
import org.homewatch.spi.notification.Notification;

/**
 * Renders notification templates from the {@code org.homewatch.core.notify.templates} bundle (Vietnamese is the
 * base bundle; English beside it). Placeholders are {@code {name}}; plain replacement, because MessageFormat
 * treats the apostrophes of ordinary text as quotes.
 */
public final class BundleNotificationComposer implements NotificationComposer {
  private static final String BUNDLE = "org.homewatch.core.notify.templates";
  /** Without fallback to the JVM's default locale: Vietnamese (the base bundle) is the fallback. */
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

  @Override
  public Notification compose(String idempotencyKey, ContactPoint recipient, String templateKey, Locale locale,
      Map<String, String> parameters) {
    return new Notification(idempotencyKey, recipient, templateKey, locale, parameters,
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
    try {
      return ResourceBundle.getBundle(BUNDLE, locale, BundleNotificationComposer.class.getClassLoader(), NO_FALLBACK).getString(key);
    } catch (MissingResourceException e) {
      throw new ConfigurationException("no notification text '" + key + "' for " + locale + " in " + BUNDLE, e);
    }
  }
}
