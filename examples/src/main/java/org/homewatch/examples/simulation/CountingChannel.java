package org.homewatch.examples.simulation;

import java.util.concurrent.atomic.AtomicLong;
import org.homewatch.spi.notification.AlertChannel;
import org.homewatch.spi.notification.DeliveryResult;
import org.homewatch.spi.notification.Notification;

/** An SMS gateway that delivers everything and only counts: thousands of messages are not worth printing. */
final class CountingChannel implements AlertChannel {
  private final String name;
  private final AtomicLong sent = new AtomicLong();

  CountingChannel(String name) {
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public DeliveryResult send(Notification notification) {
    sent.incrementAndGet();
    return DeliveryResult.delivered();
  }

  long sent() {
    return sent.get();
  }
}
