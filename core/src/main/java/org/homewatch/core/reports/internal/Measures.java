package org.homewatch.core.reports.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.homewatch.core.reports.ReportService;

/**
 * The measures the report counters keep, and the form of their dimensions. Each is documented where the report
 * shows it ({@link org.homewatch.core.reports.Figures}); here is what moves it. Stored as text: a measure may be
 * added, never renamed, while stored counters name it.
 */
public final class Measures {
  /** Stock: +1 when a case enters (category, status) in a unit, -1 when it leaves. Dimension CATEGORY/STATUS. */
  public static final String CASES = "CASES";
  /** A case registered. Dimension CATEGORY. Day of {@code createdAt}. */
  public static final String CASE_REGISTERED = "CASE_REGISTERED";
  /** A case's status changed to STATUS after registration. Dimension STATUS. Day of the change. */
  public static final String CASE_ENTERED = "CASE_ENTERED";
  /** A declaration stored. No dimension. Day of {@code submittedAt}. */
  public static final String DECLARATION_RECEIVED = "DECLARATION_RECEIVED";
  /** A declaration stored with its assessment. Dimension SEVERITY. Day of {@code submittedAt}. */
  public static final String ASSESSED = "ASSESSED";
  /** Slots settled for the day ({@link SlotSettler}): dimension EXPECTED, ON_TIME, LATE, MISSED. */
  public static final String SLOTS = "SLOTS";
  /**
   * Stock: cases that had missed their last 2 or more slots in a row when the day was settled. The settling of day
   * d adds the count on d and takes it away again on d + 1, so that the sum up to a day is that day's count.
   */
  public static final String CASES_BEHIND = "CASES_BEHIND";
  /** Marks a commune-day as settled (value 1), so that settling twice counts once. */
  public static final String SLOTS_SETTLED = "SLOTS_SETTLED";
  /** Alerts opened on the day, by KIND/SEVERITY (severity as it is now: a raise moves the count). */
  public static final String ALERT_OPENED = "ALERT_OPENED";
  /** Alerts acknowledged on the day, by KIND/SEVERITY. */
  public static final String ALERT_ACKNOWLEDGED = "ALERT_ACKNOWLEDGED";
  /** Alerts resolved on the day, by KIND/SEVERITY. */
  public static final String ALERT_RESOLVED = "ALERT_RESOLVED";
  /** Resolutions by OUTCOME. */
  public static final String ALERT_OUTCOME = "ALERT_OUTCOME";
  /** Escalations by the LEVEL reached. */
  public static final String ALERT_ESCALATED = "ALERT_ESCALATED";
  /** Time to acknowledge, histogram: dimension LEVEL/BUCKET (bucket index of {@code Durations.BOUNDS_MINUTES}). */
  public static final String TIME_TO_ACKNOWLEDGE = "TIME_TO_ACK";
  /** Time to resolve, histogram: dimension LEVEL/BUCKET. */
  public static final String TIME_TO_RESOLVE = "TIME_TO_RESOLVE";
  /** Feedback: dimension RECEIVED, ANSWERED (first staff reply), CLOSED. */
  public static final String FEEDBACK = "FEEDBACK";
  /** Time from feedback submission to the first staff reply, histogram: dimension BUCKET. */
  public static final String TIME_TO_FIRST_ANSWER = "TIME_TO_ANSWER";
  /** Spot checks: dimension REQUESTED, ANSWERED, FAILED (from the case history). */
  public static final String SPOT_CHECKS = "SPOT_CHECKS";
  /** Stock: active staff accounts scoped to the unit. No dimension. */
  public static final String STAFF_ACCOUNTS = "STAFF_ACCOUNTS";
  /**
   * Audited transactions by a staff account, under the account's scope: dimension the account id (an opaque id,
   * never shown: reports show how many distinct ids there are).
   */
  public static final String STAFF_ACTED = "STAFF_ACTED";
  /** Notifications whose delivery ended: dimension DELIVERED, FAILED. */
  public static final String NOTIFICATIONS = "NOTIFICATIONS";

  /** The measures that are stocks: a report adds up all their days before the period to know where it starts. */
  public static final Set<String> STOCKS = Set.of(CASES, STAFF_ACCOUNTS, CASES_BEHIND);

  private Measures() {}

  public static LocalDate day(Instant at) {
    return LocalDate.ofInstant(at, ReportService.ZONE);
  }

  public static String dim(Object first, Object second) {
    return first + "/" + second;
  }
}
