package org.homewatch.core.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.homewatch.core.jobs.BackgroundJob;
import org.homewatch.core.jobs.JobReport;
import org.homewatch.model.Alert;
import org.homewatch.model.AlertKind;
import org.homewatch.model.AlertQuery;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Principal;
import org.homewatch.model.Severity;
import org.homewatch.spi.notification.AlertChannel;
import org.homewatch.spi.notification.DeliveryResult;
import org.homewatch.spi.notification.Notification;
import org.homewatch.spi.storage.OutboxMessage;
import org.homewatch.spi.storage.Storage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Metrics} on a Micrometer {@link MeterRegistry}: the only class of core that touches Micrometer, created
 * through {@link #create} only when an integrator gave a registry. The README's "Metrics" table lists every meter.
 *
 * <p>Events (declarations, submissions, acknowledgements, deliveries, job batches) are counted and timed where they
 * happen, on the node they happen on; a monitoring backend sums the nodes. States (outbox messages pending or failed
 * for good, open alerts by kind, severity and escalation level) are gauges read from storage, because only storage
 * knows them for all nodes and across restarts; one read serves every gauge for {@link #SNAPSHOT_TTL}, so a scrape
 * every few seconds costs a few counting queries a half-minute.
 */
public final class MicrometerMetrics implements Metrics {
  private static final Logger log = LoggerFactory.getLogger(MicrometerMetrics.class);
  /** How long one read of the storage serves the gauges. */
  static final Duration SNAPSHOT_TTL = Duration.ofSeconds(30);
  /** The most open alerts one snapshot counts (20 pages); more are a crisis a dashboard shows anyway. */
  private static final int MAX_ALERTS_COUNTED = 20 * PageRequest.MAX_LIMIT;

  private final MeterRegistry registry;
  private final Storage storage;
  private final Clock clock;
  private final Optional<JurisdictionPath> alertScope;
  private final Set<Meter.Id> registered = ConcurrentHashMap.newKeySet();
  private final Map<String, Long> openAlerts = new ConcurrentHashMap<>();
  private @Nullable Snapshot snapshot;

  private MicrometerMetrics(MeterRegistry registry, Storage storage, Clock clock,
      Optional<JurisdictionPath> alertScope) {
    this.registry = registry;
    this.storage = storage;
    this.clock = clock;
    this.alertScope = alertScope;
    for (OutboxMessage.Status status : List.of(OutboxMessage.Status.PENDING, OutboxMessage.Status.FAILED)) {
      remember(Gauge.builder("homewatch.outbox.messages", this, m -> m.outboxCount(status))
          .tag("status", status.name().toLowerCase(java.util.Locale.ROOT))
          .description("Outbox messages waiting to be sent (pending) or given up on (failed), from storage")
          .register(registry));
    }
    if (alertScope.isPresent()) {
      for (AlertKind kind : AlertKind.values()) {
        for (Severity severity : List.of(Severity.ABNORMAL, Severity.EMERGENCY)) {
          openAlertGauge(kind, severity, 0);
        }
      }
    }
  }

  /**
   * The metrics on {@code registry}; typed {@code Object} so that a caller's signature need not name Micrometer.
   *
   * @param alertScope the units whose open alerts the gauges count; empty: no open-alert gauges
   */
  public static Metrics create(Object registry, Storage storage, Clock clock, Optional<JurisdictionPath> alertScope) {
    return new MicrometerMetrics((MeterRegistry) registry, storage, clock, alertScope);
  }

  @Override
  public void declarationJudged(Severity severity) {
    remember(Counter.builder("homewatch.declarations").tag("severity", severity.name())
        .description("Declarations stored, by the severity they were judged").register(registry)).increment();
  }

  @Override
  public void submission(boolean batch, SubmissionOutcome outcome, Duration elapsed) {
    remember(Timer.builder("homewatch.declarations.submission")
        .tags("call", batch ? "submitAll" : "submit", "outcome", outcome.name().toLowerCase(java.util.Locale.ROOT))
        .description("Time to submit declarations, judge them and open alerts, per call").register(registry))
        .record(elapsed);
  }

  @Override
  public void acknowledged(AlertKind kind, Severity severity, Duration sinceOpened) {
    remember(Timer.builder("homewatch.alerts.acknowledgement").tags("kind", kind.name(), "severity", severity.name())
        .description("Time from an alert's opening to its acknowledgement").register(registry))
        .record(sinceOpened.isNegative() ? Duration.ZERO : sinceOpened);
  }

  @Override
  public AlertChannel observed(AlertChannel channel) {
    return new AlertChannel() {
      @Override
      public String name() {
        return channel.name();
      }

      @Override
      public DeliveryResult send(Notification notification) {
        long start = System.nanoTime();
        String outcome = "error";
        try {
          DeliveryResult result = channel.send(notification);
          outcome = result instanceof DeliveryResult.Delivered ? "delivered"
              : result instanceof DeliveryResult.RetryLater ? "retry" : "permanent-failure";
          return result;
        } finally {
          remember(Timer.builder("homewatch.outbox.delivery").tags("channel", channel.name(), "outcome", outcome)
              .description("Time a channel took to deliver one notification, by how it ended").register(registry))
              .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
      }

      @Override
      public String toString() {
        return channel.toString();
      }
    };
  }

  @Override
  public BackgroundJob observed(BackgroundJob job) {
    return new BackgroundJob() {
      @Override
      public String name() {
        return job.name();
      }

      @Override
      public JobReport runBatch(Principal principal, PageRequest page) {
        long start = System.nanoTime();
        String outcome = "error";
        try {
          JobReport report = job.runBatch(principal, page);
          outcome = "success";
          remember(DistributionSummary.builder("homewatch.jobs.batch.size").tag("job", job.name())
              .description("Items one batch of a background job examined").register(registry))
              .record(report.examined());
          return report;
        } finally {
          remember(Timer.builder("homewatch.jobs.batch").tags("job", job.name(), "outcome", outcome)
              .description("Time one batch of a background job took").register(registry))
              .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
      }

      @Override
      public String toString() {
        return job.toString();
      }
    };
  }

  @Override
  public void close() {
    registered.forEach(registry::remove);
    registered.clear();
  }

  private <M extends Meter> M remember(M meter) {
    registered.add(meter.getId());
    return meter;
  }

  private void openAlertGauge(AlertKind kind, Severity severity, int level) {
    String key = key(kind, severity, level);
    openAlerts.putIfAbsent(key, 0L);
    remember(Gauge.builder("homewatch.alerts.open", this, m -> m.current().alerts().getOrDefault(key, 0L))
        .tags(Tags.of("kind", kind.name(), "severity", severity.name(), "level", Integer.toString(level)))
        .description("Alerts not yet resolved, by kind, severity and escalation level (0: commune), from storage")
        .register(registry));
  }

  /** NaN until storage has answered once: a gauge must not claim an empty outbox it has not seen. */
  private double outboxCount(OutboxMessage.Status status) {
    Long count = current().outbox().get(status);
    return count == null ? Double.NaN : count;
  }

  private static String key(AlertKind kind, Severity severity, int level) {
    return kind + "/" + severity + "/" + level;
  }

  /** The last snapshot, read again from storage when older than {@link #SNAPSHOT_TTL}. */
  private synchronized Snapshot current() {
    Instant now = clock.instant();
    if (snapshot == null || !now.isBefore(snapshot.readAt().plus(SNAPSHOT_TTL))) {
      try {
        snapshot = read(now);
      } catch (RuntimeException e) {
        // A gauge must not break a scrape; the storage's health indicator reports the outage.
        log.warn("metrics: reading counts from storage failed", LogSafe.withoutMessages(e));
        if (snapshot == null) {
          snapshot = new Snapshot(now, Map.of(), Map.of());
        }
      }
    }
    return snapshot;
  }

  private Snapshot read(Instant now) {
    Map<OutboxMessage.Status, Long> outbox = new HashMap<>();
    storage.useTransaction(tx -> {
      outbox.put(OutboxMessage.Status.PENDING, tx.outbox().count(OutboxMessage.Status.PENDING));
      outbox.put(OutboxMessage.Status.FAILED, tx.outbox().count(OutboxMessage.Status.FAILED));
    });
    Map<String, Long> alerts = new HashMap<>();
    if (alertScope.isPresent()) {
      PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
      int counted = 0;
      while (counted < MAX_ALERTS_COUNTED) {
        PageRequest request = page;
        Page<Alert> batch = storage.inTransaction(tx -> tx.alerts().list(AlertQuery.active(alertScope.get()), request));
        for (Alert alert : batch.items()) {
          String key = key(alert.kind(), alert.severity(), alert.escalationLevel());
          if (!openAlerts.containsKey(key)) {
            openAlertGauge(alert.kind(), alert.severity(), alert.escalationLevel());
          }
          alerts.merge(key, 1L, Long::sum);
        }
        counted += batch.items().size();
        if (!batch.hasNext()) {
          break;
        }
        page = page.next(batch);
      }
    }
    return new Snapshot(now, outbox, alerts);
  }

  private record Snapshot(Instant readAt, Map<OutboxMessage.Status, Long> outbox, Map<String, Long> alerts) {}
}
