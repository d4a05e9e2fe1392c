package org.homewatch.examples.portal;

import org.homewatch.spi.notification.AlertChannel;
import org.homewatch.spi.notification.DeliveryResult;
import org.homewatch.spi.notification.Notification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The portal's stand-in for an SMS gateway: it logs which template went out and pretends it was delivered. It
 * logs neither the number nor the text, because a real portal's log is no place for personal health data.
 */
final class LoggingSmsChannel implements AlertChannel {
  private static final Logger log = LoggerFactory.getLogger(LoggingSmsChannel.class);

  @Override
  public String name() {
    return "sms";
  }

  @Override
  public DeliveryResult send(Notification notification) {
    log.info("demo SMS {} sent ({})", notification.templateKey(), notification.idempotencyKey());
    return DeliveryResult.delivered("demo");
  }
}
