package org.homewatch.core.reports;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.homewatch.model.JurisdictionPath;

/**
 * A report: the figures of the requested unit and of every unit below it, for a period of local days. Immutable;
 * holds aggregates only (unit codes and names, counts and durations): no person, phone, national id or case id.
 *
 * @param request what was asked
 * @param zone the zone whose local days the figures are counted in ({@link ReportService#ZONE})
 * @param generatedAt when the counters were read
 * @param root the requested unit, with the units below it rolled up (commune → district → province)
 */
public record Report(ReportRequest request, ZoneId zone, Instant generatedAt, UnitReport root) {
  /**
   * Refuses null components.
   *
   * @param request what was asked
   * @param zone the zone whose local days the figures are counted in ({@link ReportService#ZONE})
   * @param generatedAt when the counters were read
   * @param root the requested unit, with the units below it rolled up (commune → district → province)
   */
  public Report {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(generatedAt, "generatedAt");
    Objects.requireNonNull(root, "root");
  }

  /**
   * The report of {@code unit} if it is the requested unit or lies below it.
   *
   * @param unit a unit
   * @return its report, or empty if it lies outside the requested unit
   */
  public Optional<UnitReport> find(JurisdictionPath unit) {
    return root.find(unit);
  }
}
