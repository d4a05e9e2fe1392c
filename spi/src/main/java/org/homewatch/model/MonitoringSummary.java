package org.homewatch.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the line list shows about a case without reading its declarations: kept up to date in the same
 * transaction as each declaration (Sara Alert's lesson: derive a few denormalised fields, do not scan).
 *
 * @param lastDeclaredAt when the latest declaration was observed; empty before the first
 * @param latestSeverity the severity of the latest declaration observed
 * @param worstSeverity the worst severity of any declaration of the case
 * @param declarationCount how many declarations were recorded
 */
public record MonitoringSummary(
    Optional<Instant> lastDeclaredAt,
    Severity latestSeverity,
    Severity worstSeverity,
    long declarationCount) {

  /** The summary of a case that has not declared yet. */
  public static final MonitoringSummary NONE =
      new MonitoringSummary(Optional.empty(), Severity.NORMAL, Severity.NORMAL, 0);

  /**
   * Refuses null components.
   *
   * @param lastDeclaredAt when the latest declaration was observed
   * @param latestSeverity the severity of the latest declaration observed
   * @param worstSeverity the worst severity of any declaration of the case
   * @param declarationCount how many declarations were recorded
   */
  public MonitoringSummary {
    Objects.requireNonNull(lastDeclaredAt, "lastDeclaredAt");
    Objects.requireNonNull(latestSeverity, "latestSeverity");
    Objects.requireNonNull(worstSeverity, "worstSeverity");
  }

  /**
   * The summary after one more declaration, observed at {@code at} and judged {@code severity}.
   *
   * @param at when the declaration was observed; an older one changes only the counts and the worst severity
   * @param severity how it was judged
   * @return the new summary
   */
  public MonitoringSummary with(Instant at, Severity severity) {
    boolean newer = lastDeclaredAt.map(last -> !at.isBefore(last)).orElse(true);
    return new MonitoringSummary(
        newer ? Optional.of(at) : lastDeclaredAt,
        newer ? severity : latestSeverity,
        Severity.max(worstSeverity, severity),
        declarationCount + 1);
  }
}
