package org.homewatch.spring.boot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.homewatch.model.Alert;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.spi.storage.OutboxMessage;
import org.homewatch.spi.storage.Storage;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * Homewatch's health, from storage: whether it answers, how many outbox messages wait (the outbox's lag: the
 * storage SPI counts messages, it has no "oldest pending" query) and how many failed for good, and the alerts
 * overdue for escalation inside {@code homewatch.scope}. DOWN when storage does not answer, when more messages
 * wait than {@code homewatch.health.max-outbox-pending}, or when an alert has been overdue longer than
 * {@code homewatch.health.max-overdue} (escalation runs every half minute, so it is not running). Messages failed
 * for good are reported, not DOWN: each is already an alert's DELIVERY_FAILED entry for the health station. The
 * details are counts only, never a person or an id.
 */
public class HomewatchHealthIndicator extends AbstractHealthIndicator {
  /** The most overdue alerts one check reads. */
  static final int OVERDUE_LIMIT = 1000;

  private final Storage storage;
  private final Clock clock;
  private final Optional<JurisdictionPath> scope;
  private final HomewatchProperties.Health limits;

  /**
   * An indicator reading {@code storage}.
   *
   * @param storage the storage Homewatch runs on
   * @param clock the time overdue alerts are measured against
   * @param scope where overdue alerts are looked for; empty: nowhere
   * @param limits when the indicator reports DOWN
   */
  public HomewatchHealthIndicator(Storage storage, Clock clock, Optional<JurisdictionPath> scope,
      HomewatchProperties.Health limits) {
    super("Homewatch storage did not answer");
    this.storage = storage;
    this.clock = clock;
    this.scope = scope;
    this.limits = limits;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    Instant now = clock.instant();
    long[] outbox = new long[2];
    List<Alert> overdue = storage.inTransaction(tx -> {
      outbox[0] = tx.outbox().count(OutboxMessage.Status.PENDING);
      outbox[1] = tx.outbox().count(OutboxMessage.Status.FAILED);
      return scope.map(s -> tx.alerts().dueForEscalation(s, now, OVERDUE_LIMIT)).orElse(List.of());
    });
    Duration longestOverdue = overdue.stream().map(a -> Duration.between(a.acknowledgeBy(), now))
        .max(Duration::compareTo).orElse(Duration.ZERO);
    builder.up()
        .withDetail("outboxPending", outbox[0])
        .withDetail("outboxFailed", outbox[1])
        .withDetail("overdueAlerts", overdue.size() >= OVERDUE_LIMIT ? OVERDUE_LIMIT + "+" : overdue.size())
        .withDetail("longestOverdue", longestOverdue.toString());
    if (outbox[0] > limits.getMaxOutboxPending()) {
      builder.down().withDetail("reason", "more outbox messages wait than " + limits.getMaxOutboxPending()
          + ": delivery is not keeping up");
    } else if (longestOverdue.compareTo(limits.getMaxOverdue()) > 0) {
      builder.down().withDetail("reason", "an alert has been overdue for " + longestOverdue
          + ": escalation is not running");
    }
  }
}
