package org.homewatch.core.notify.internal;

import java.util.Locale;
import java.util.Map;
import org.homewatch.core.notify.NotificationComposer;
import org.homewatch.core.notify.Texts;
import org.homewatch.model.ContactPoint;
import org.homewatch.model.Wording;
import org.homewatch.spi.notification.Notification;

/**
 * Renders notification templates from {@link Texts} (the integrator's overrides, then the
 * {@code org.homewatch.core.notify.templates} bundle: Vietnamese is the base bundle, English beside it).
 * Placeholders are {@code {name}} ({@link Texts#render(String, Locale, Map)}).
 */
public final class BundleNotificationComposer implements NotificationComposer {

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
    return texts.render(key, locale, parameters);
  }

  @Override
  public String render(Wording wording, Locale locale) {
    return texts.render(wording, locale);
  }

  @Override
  public String text(String key, Locale locale) {
    return texts.template(key, locale);
  }
}
