package org.homewatch.spring.boot;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.homewatch.spi.notification.AlertChannel;
import org.homewatch.spi.notification.AlertChannelProvider;
import org.homewatch.spi.notification.DeliveryResult;
import org.homewatch.spi.notification.Notification;

/**
 * A channel plugin for the starter's tests, found by name like any provider: {@code recording}, configured with
 * {@code name} (the channel's name, default sms) and {@code delay} (how long each send takes, ISO-8601).
 */
public final class RecordingChannelProvider implements AlertChannelProvider {
  /** What every recording channel sent, in order: the recipient's address. */
  static final List<String> SENT = new CopyOnWriteArrayList<>();
  /** Counted down when a send begins. */
  static volatile CountDownLatch started = new CountDownLatch(1);
  /** Sends that ran to their end (not interrupted). */
  static final List<String> FINISHED = new CopyOnWriteArrayList<>();

  @Override
  public String name() {
    return "recording";
  }

  @Override
  public AlertChannel create(Map<String, String> config) {
    String name = config.getOrDefault("name", "sms");
    Duration delay = Duration.parse(config.getOrDefault("delay", "PT0S"));
    return new AlertChannel() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public DeliveryResult send(Notification notification) {
        started.countDown();
        try {
          Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return DeliveryResult.retryLater("interrupted");
        }
        SENT.add(notification.recipient().address());
        FINISHED.add(notification.recipient().address());
        return DeliveryResult.delivered();
      }
    };
  }
}
