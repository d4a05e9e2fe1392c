package org.homewatch.core.internal;

import java.time.Duration;
import org.homewatch.core.jobs.BackgroundJob;
import org.homewatch.model.AlertKind;
import org.homewatch.model.Severity;
import org.homewatch.spi.notification.AlertChannel;

/**
 * What Homewatch tells a metrics registry, in its own words and without any metrics library's types: this interface
 * is loaded whether or not Micrometer is on the class path. {@link #NONE} does nothing; the Micrometer-backed
 * implementation ({@code MicrometerMetrics}) is loaded only when an integrator gives a registry, so core runs
 * without the Micrometer jar.
 *
 * <p>Callers pass only enums, counts and durations: no tag can carry a name, phone number or id.
 */
public interface Metrics {
  /** No metrics: every method does nothing. */
  Metrics NONE = new Metrics() {};

  /** How one call to submit declarations ended. */
  enum SubmissionOutcome {
    ACCEPTED, DUPLICATE, REFUSED
  }

  /** A new declaration was stored and judged {@code severity} (a retried upload is not counted again). */
  default void declarationJudged(Severity severity) {}

  /** A submit call ({@code batch}: submitAll) took {@code elapsed} and ended with {@code outcome}. */
  default void submission(boolean batch, SubmissionOutcome outcome, Duration elapsed) {}

  /** An alert of this kind and severity was acknowledged {@code sinceOpened} after it opened. */
  default void acknowledged(AlertKind kind, Severity severity, Duration sinceOpened) {}

  /** The channel as the dispatcher should use it: timed per delivery, or itself. */
  default AlertChannel observed(AlertChannel channel) {
    return channel;
  }

  /** The job as a scheduler should run it: each batch timed and its size recorded, or itself. */
  default BackgroundJob observed(BackgroundJob job) {
    return job;
  }

  /** Removes the meters this instance registered (the registry may outlive Homewatch). */
  default void close() {}
}
