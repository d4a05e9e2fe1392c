package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.homewatch.StorageException;
import org.homewatch.model.Account;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertEvent;
import org.homewatch.model.ContactPoint;
import org.homewatch.model.IsolationCase;
import org.homewatch.spi.notification.DeliveryResult;
import org.homewatch.spi.notification.Notification;
import org.homewatch.spi.storage.OutboxStore;
import org.homewatch.spi.storage.StorageTransaction;
import org.homewatch.spi.storage.Storage.TransactionWork;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A crash between recording that a staff page failed for good and writing it to the person's next contact point
 * must not lose the page (issue 13.7): the failure and its follow-up commit together, or neither does.
 */
class NextContactPointCrashTest {
  private static final String NURSE_SMS = "+84905111222";

  /** A memory storage whose outbox refuses to enqueue while {@code dying} is set, as a node dying there would. */
  private static final class DyingOnEnqueue extends ForwardingStorage {
    final AtomicBoolean dying = new AtomicBoolean();

    DyingOnEnqueue() {
      super(World.memoryStorage());
    }

    @Override
    public <T> T inTransaction(TransactionWork<T> work) {
      return delegate.inTransaction(tx -> work.run(intercepting(StorageTransaction.class, tx, (name, args) ->
          name.equals("outbox") ? intercepting(OutboxStore.class, tx.outbox(), (method, a) -> {
            if (method.equals("enqueue") && dying.get()) {
              throw new StorageException("killed", new IllegalStateException("kill -9"));
            }
            return null;
          }) : null)));
    }
  }

  @Test
  @DisplayName("a node dying while it writes a failed page to the nurse's next contact point loses nothing: the "
      + "page is failed again after its lease and then goes to the next contact point, once, with one failure on "
      + "the alert")
  void crashBetweenFailureAndNextContactPoint() {
    DyingOnEnqueue storage = new DyingOnEnqueue();
    try (World world = new World(storage, b -> {})) {
      Account nurse = world.storage.inTransaction(tx -> tx.accounts().find(world.nurseA.account())).orElseThrow();
      world.storage.inTransaction(tx -> {
        tx.accounts().save(new Account(nurse.id(), nurse.displayName(), nurse.roles(), nurse.scope(),
            List.of(new ContactPoint("test", "nurse-a"), new ContactPoint("sms", NURSE_SMS)), true, true,
            nurse.version() + 1));
        return null;
      });
      IsolationCase c = world.registerF2("Phạm Văn Đức", World.COMMUNE_A);
      Alert alert = world.homewatch.declarations().submit(world.citizen(c), world.declaration(c, World.spo2(95)))
          .alert().orElseThrow();

      world.channel.answerNext(DeliveryResult.permanentFailure("subscriber unknown"));
      storage.dying.set(true);
      try {
        world.homewatch.notifications().dispatch(world.system, 100);
      } catch (RuntimeException died) {
        // the node died here; what it committed is all that counts
      }
      storage.dying.set(false);

      world.clock.advance(Homewatch.Builder.DEFAULT_OUTBOX_LEASE.plus(Duration.ofSeconds(1)));
      world.channel.answerNext(DeliveryResult.permanentFailure("subscriber unknown"));
      for (int i = 0; i < 3; i++) {
        world.homewatch.notifications().dispatch(world.system, 100);
      }

      assertEquals(List.of("alert.opened"), world.sms.sentTo(NURSE_SMS).stream().map(Notification::templateKey)
          .toList(), "the page never reached the next contact point");
      Alert now = world.homewatch.alerts().get(world.nurseA, alert.id());
      assertEquals(1, now.history().stream().filter(e -> e.kind() == AlertEvent.Kind.DELIVERY_FAILED).count());
      assertEquals(0, now.escalationLevel());
    }
  }
}
