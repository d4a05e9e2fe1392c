package org.homewatch.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the line list shows about a case without reading its declarations: kept up to date in the same
 * transaction as each declaration (Sara Alert's lesson: derive a few denormalised fields, do not scan).
 */
public record MonitoringSummary(
    Optional<Instant> lastDeclaredAt,
    Severity latestSeverity,
    Severity worstSeverity,
    long declarationCount) {

  public static final MonitoringSummary NONE =
      new MonitoringSummary(Optional.empty(), Severity.NORMAL, Severity.NORMAL, 0);

  public MonitoringSummary {
    Objects.requireNonNull(lastDeclaredAt, "lastDeclaredAt");
    Objects.requireNonNull(latestSeverity, "latestSeverity");
    Objects.requireNonNull(worstSeverity, "worstSeverity");
  }

  /** The summary after one more declaration, observed at {@code at} and judged {@code severity}. */
  public MonitoringSummary with(Instant at, Severity severity) {
    boolean newer = lastDeclaredAt.map(last -> !at.isBefore(last)).orElse(true);
    return new MonitoringSummary(
        newer ? Optional.of(at) : lastDeclaredAt,
        newer ? severity : latestSeverity,
        Severity.max(worstSeverity, severity),
        declarationCount + 1);
  }
}
