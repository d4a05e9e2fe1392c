package org.homewatch.core;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.homewatch.model.IsolationCase;
import org.homewatch.spi.storage.OutboxMessage;

/**
 * A day's work without a meter registry, run by {@link MetricsOptionalTest} in a class loader that has no
 * Micrometer: registration, an abnormal declaration, delivery and acknowledgement, the background jobs.
 */
public final class MetricsFreeScenario implements Callable<String> {
  @Override
  public String call() {
    try (World world = new World()) {
      IsolationCase c = world.registerF2("Hoàng Văn Bình", World.COMMUNE_A);
      var alert = world.homewatch.declarations().submit(world.citizen(c), world.declaration(c, World.spo2(93)))
          .alert().orElseThrow();
      ManualScheduledExecutor executor = new ManualScheduledExecutor();
      try (BackgroundScheduler ignored = BackgroundScheduler.builder().executor(executor).principal(world.system)
          .standardJobs(world.homewatch).start()) {
        executor.advance(Duration.ZERO);
      }
      world.homewatch.alerts().acknowledge(world.nurseA, alert.id(), alert.version());
      return "pending=" + world.outbox(OutboxMessage.Status.PENDING) + " delivered="
          + world.outbox(OutboxMessage.Status.DELIVERED);
    }
  }
}
