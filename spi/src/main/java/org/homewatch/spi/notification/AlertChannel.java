package org.homewatch.spi.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Delivers notifications through one medium. Registered on the builder under {@link #name()}; a notification
 * goes to the channel named by its recipient's {@link org.homewatch.model.ContactPoint#channel()}.
 *
 * <p><b>Threading:</b> {@link #send} may be called from several dispatcher threads at once; implementations must
 * be thread-safe. <b>When:</b> only after the transaction that wrote the notification committed, never inside
 * it. <b>Errors:</b> {@code send} must not throw for a delivery failure; it returns {@link
 * DeliveryResult.RetryLater} or {@link DeliveryResult.PermanentFailure}. If it throws anyway, the dispatcher
 * treats it as {@code RetryLater} and logs it. <b>Duplicates:</b> a message may be sent again after a crash
 * between delivery and the record of it; pass {@link Notification#idempotencyKey()} to gateways that
 * deduplicate.
 */
public interface AlertChannel {

  /**
   * The name contact points use to choose this channel, e.g. {@code sms}. Lower-case, unique per Homewatch.
   *
   * @return the channel's name; never changes for an instance
   */
  String name();

  /**
   * Hands one notification to the medium. Must not throw for a delivery failure; see the threading and error rules
   * above.
   *
   * @param notification the message and its recipient; its {@code recipient().channel()} is this channel's name
   * @return delivered, retry later, or permanent failure
   */
  DeliveryResult send(Notification notification);

  /**
   * A channel that accepts everything and sends nothing (for demos and for switching a medium off).
   *
   * @param name the name to register the channel under
   * @return a channel whose every {@code send} returns delivered
   */
  static AlertChannel noop(String name) {
    Objects.requireNonNull(name, "name");
    return new AlertChannel() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public DeliveryResult send(Notification notification) {
        return DeliveryResult.delivered("noop");
      }

      @Override
      public String toString() {
        return "noop(" + name + ")";
      }
    };
  }

  /**
   * A channel named {@code name} that hands each notification to every one of {@code channels} (e.g. an SMS
   * gateway and a call-centre log). The result is the worst of theirs: permanent failure if any failed
   * permanently, otherwise retry if any asked to retry, otherwise delivered. A retry re-sends to all, so members
   * should honour the idempotency key.
   *
   * @param name the name to register the composite under
   * @param channels the members, at least one, in the order they are tried
   * @return the composite channel
   * @throws IllegalArgumentException if {@code channels} is empty
   */
  static AlertChannel composite(String name, List<AlertChannel> channels) {
    Objects.requireNonNull(name, "name");
    List<AlertChannel> members = List.copyOf(channels);
    if (members.isEmpty()) {
      throw new IllegalArgumentException("a composite channel needs at least one member");
    }
    return new AlertChannel() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public DeliveryResult send(Notification notification) {
        List<String> receipts = new ArrayList<>();
        DeliveryResult worst = null;
        for (AlertChannel member : members) {
          DeliveryResult result;
          try {
            result = member.send(notification);
          } catch (RuntimeException e) {
            result = DeliveryResult.retryLater(member.name() + " threw " + e);
          }
          if (result instanceof DeliveryResult.Delivered delivered) {
            delivered.receipt().ifPresent(receipts::add);
          } else if (worst == null || result instanceof DeliveryResult.PermanentFailure) {
            worst = worst instanceof DeliveryResult.PermanentFailure ? worst : result;
          }
        }
        return worst != null ? worst : new DeliveryResult.Delivered(
            receipts.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.join(",", receipts)));
      }

      @Override
      public String toString() {
        return "composite(" + name + ", " + members + ")";
      }
    };
  }
}
