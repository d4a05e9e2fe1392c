package org.homewatch.test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.homewatch.spi.notification.AlertChannel;
import org.homewatch.spi.notification.DeliveryResult;
import org.homewatch.spi.notification.Notification;

/**
 * An {@link AlertChannel} that records every notification it was asked to send and answers with scripted results
 * ({@link DeliveryResult#delivered} by default), or throws once on request, to test what happens when a gateway
 * misbehaves. Thread-safe.
 */
public final class RecordingChannel implements AlertChannel {
  private final String name;
  private final List<Notification> sent = new CopyOnWriteArrayList<>();
  private final Deque<DeliveryResult> script = new ArrayDeque<>();
  private volatile boolean throwNext;

  /**
   * A channel registered as {@code name} that delivers everything until told otherwise.
   *
   * @param name the channel's name
   */
  public RecordingChannel(String name) {
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public synchronized DeliveryResult send(Notification notification) {
    sent.add(notification);
    if (throwNext) {
      throwNext = false;
      throw new IllegalStateException("gateway exploded");
    }
    DeliveryResult next = script.pollFirst();
    return next != null ? next : DeliveryResult.delivered("receipt-" + sent.size());
  }

  /**
   * Scripts the results of the next sends, in order; after them, sends are delivered again.
   *
   * @param results the results to return
   */
  public synchronized void answerNext(DeliveryResult... results) {
    script.addAll(List.of(results));
  }

  /** Makes the next send throw, as a misbehaving gateway might. */
  public void throwOnNext() {
    throwNext = true;
  }

  /**
   * Every notification sent so far, oldest first.
   *
   * @return a copy of the list
   */
  public List<Notification> sent() {
    return List.copyOf(sent);
  }

  /**
   * The notifications sent to one address.
   *
   * @param address the recipient's address
   * @return those notifications, oldest first
   */
  public List<Notification> sentTo(String address) {
    return sent.stream().filter(n -> n.recipient().address().equals(address)).toList();
  }
}
