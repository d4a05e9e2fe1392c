package org.homewatch.core.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.homewatch.model.JurisdictionPath;

/**
 * The report for the Department of Information and Communications (Sở TT&amp;TT): is the system used? It holds
 * unit codes and names, dates and counts only — by construction no name, phone, national id, account id or case
 * id can appear in it (none of its types can carry one), and a test serialises it to check.
 *
 * @param request what was asked
 * @param zone the zone of the local days
 * @param generatedAt when the counters were read
 * @param stations one line per health station (commune) in the unit, ordered by code
 * @param days one line per day of the period, for the whole unit
 */
public record UsageReport(ReportRequest request, ZoneId zone, Instant generatedAt, List<Station> stations,
    List<Day> days) {
  /**
   * Refuses null components; copies the lists.
   *
   * @param request what was asked
   * @param zone the zone of the local days
   * @param generatedAt when the counters were read
   * @param stations one line per health station (commune) in the unit, ordered by code
   * @param days one line per day of the period, for the whole unit
   */
  public UsageReport {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(generatedAt, "generatedAt");
    stations = List.copyOf(stations);
    days = List.copyOf(days);
  }

  /**
   * A health station's use of the system over the period.
   *
   * @param unit the commune
   * @param name its name
   * @param staffAccounts staff accounts scoped to the commune at the end of the period
   * @param staffAccountsActed how many of them did something audited in the period
   * @param declarations declarations received from the commune's cases
   */
  public record Station(JurisdictionPath unit, String name, long staffAccounts, long staffAccountsActed,
      long declarations) {}

  /**
   * One day in the whole unit.
   *
   * @param day the local day
   * @param declarations declarations received
   * @param staffAccountsActed distinct staff accounts that did something audited that day
   * @param notificationsDelivered notifications a channel accepted
   * @param notificationsFailed notifications that failed for good
   */
  public record Day(LocalDate day, long declarations, long staffAccountsActed, long notificationsDelivered,
      long notificationsFailed) {}
}
