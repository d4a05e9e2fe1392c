package org.homewatch.core.reports;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.homewatch.model.AlertKind;
import org.homewatch.model.AlertOutcome;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.Severity;

/**
 * The figures of one unit, for a whole period or for one day of it. Every figure counts what happened to cases,
 * alerts, feedback and accounts whose unit lies inside the report's unit (a case's and a feedback's unit is its
 * responsible commune, an alert's the commune of its case, an account's its scope). A day is a local day in
 * {@link ReportService#ZONE}; an event belongs to the day its instant falls on there. All figures are read from the
 * report counters ({@code ReportCounterStore}), which the change that moves them updates in its own transaction;
 * the documentation of each says which change that is.
 *
 * <p>Maps hold every constant of their key type (0 where nothing happened), so that a table has the same columns
 * whatever the data; maps keyed by escalation level hold the levels that occurred.
 *
 * @param cases cases registered, by status and by status entered
 * @param declarations declarations received and judged, and the slots they fill
 * @param alerts alerts opened, acknowledged, escalated and resolved, and how long that took
 * @param feedback citizens' feedback and how long its first answer took
 * @param spotChecks spot checks asked, answered and failed
 * @param usage staff accounts and notifications: whether the system is used
 */
public record Figures(Cases cases, Declarations declarations, Alerts alerts, Feedback feedback,
    SpotChecks spotChecks, Usage usage) {

  /**
   * Cases.
   *
   * @param byCategoryAndStatus cases in each status at the end of the period (or day): every case ever registered
   *     in the unit counted once under its status at that moment, moved when its status changes or when it is
   *     transferred to a commune outside the unit. A stock, not a flow: "active F1 cases at the end of the day".
   * @param registered cases registered in the period (new cases), by category; event: registration, day of
   *     {@code createdAt}
   * @param entered status changes in the period by the status entered (ACTIVE: the period began; COMPLETED,
   *     ESCALATED, TRANSFERRED, CANCELLED: closed so); event: the case's lifecycle transition, day of the change
   */
  public record Cases(Map<CaseCategory, Map<CaseStatus, Long>> byCategoryAndStatus,
      Map<CaseCategory, Long> registered, Map<CaseStatus, Long> entered) {
    /**
     * Copies the maps, with 0 for every constant missing.
     *
     * @param byCategoryAndStatus cases in each status at the end of the period (or day): every case ever registered in
     *     the unit counted once under its status at that moment, moved when its status changes or when it is
     *     transferred to a commune outside the unit
     * @param registered cases registered in the period (new cases), by category
     * @param entered status changes in the period by the status entered (ACTIVE: the period began; COMPLETED,
     *     ESCALATED, TRANSFERRED, CANCELLED: closed so)
     */
    public Cases {
      byCategoryAndStatus = copy(byCategoryAndStatus, CaseCategory.class);
      registered = copy(registered, CaseCategory.class);
      entered = copy(entered, CaseStatus.class);
    }

    /**
     * Cases in {@code status} at the end, all categories.
     *
     * @param status a case status
     * @return the number of cases
     */
    public long inStatus(CaseStatus status) {
      return byCategoryAndStatus.values().stream().mapToLong(m -> m.getOrDefault(status, 0L)).sum();
    }

    /**
     * Cases monitored at the end (ACTIVE), all categories.
     *
     * @return the number of active cases
     */
    public long active() {
      return inStatus(CaseStatus.ACTIVE);
    }

    /**
     * Cases registered in the period, all categories.
     *
     * @return the number of cases
     */
    public long registeredTotal() {
      return registered.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /**
   * Declarations and the slots they fill.
   *
   * @param received declarations stored (a repeated submission of the same id is not counted again); event:
   *     submission, day it was stored
   * @param expected slots of the day (on time + late + missed) of the unit's cases: every window of the case's
   *     schedule on its local day, within its period, from its registration (a slot opening before it is not owed)
   *     to its closing (completed, escalated, transferred out or cancelled: later slots are not owed); event: the
   *     day's settling by the {@code slot-settlement} job ({@link ReportService#settleSlots}), once every slot of the
   *     day is past its grace. 0 for a day not settled yet (today; a day the job did not reach)
   * @param onTime slots fulfilled inside their window; the schedule package's matching ({@code DeclarationMatcher})
   *     decides, by the time the person observed, among the declarations received by the day's close (the end of
   *     the grace of the case's last slot that day); a declaration uploaded later does not change a settled day
   * @param late slots fulfilled after their window closed but within the schedule's grace
   * @param missed slots not fulfilled when the day closed
   * @param peopleWithConsecutiveMissed cases that, at the day's close, had missed their last 2 or more slots in a
   *     row (nothing declared since the earlier of them opened, not even between windows: the run the
   *     missed-declaration sweep counts); for a period, the figure of its last day (a stock, like "today"), so 0
   *     while that day is not settled
   * @param assessedBySeverity declarations judged by the rule set, by the severity of the assessment; event:
   *     the declaration with its assessment stored, day it was stored
   */
  public record Declarations(long received, long expected, long onTime, long late, long missed,
      long peopleWithConsecutiveMissed, Map<Severity, Long> assessedBySeverity) {
    /**
     * Copies the map, with 0 for every severity missing.
     *
     * @param received declarations stored (a repeated submission of the same id is not counted again)
     * @param expected slots whose window closed on that day (on time + late + missed)
     * @param onTime slots fulfilled inside their window
     * @param late slots fulfilled after their window closed but within the schedule's grace
     * @param missed slots without a declaration
     * @param peopleWithConsecutiveMissed cases that, at the day's settling, had missed their last 2 or more slots in a
     *     row
     * @param assessedBySeverity declarations judged by the rule set, by the severity of the assessment
     */
    public Declarations {
      assessedBySeverity = copy(assessedBySeverity, Severity.class);
    }

    /**
     * (on time + late) / expected, or empty when no slot was expected.
     *
     * @return the rate, 0 to 1
     */
    public Optional<Double> complianceRate() {
      return expected == 0 ? Optional.empty() : Optional.of((double) (onTime + late) / expected);
    }
  }

  /**
   * Alerts.
   *
   * @param opened alerts opened, by kind and the severity they opened with; event: alert stored as OPEN
   * @param acknowledged alerts acknowledged, by kind and severity at that moment; event: the acknowledgement
   * @param resolved alerts resolved, by kind and severity at that moment; event: the resolution
   * @param outcomes resolutions by outcome
   * @param escalatedToLevel escalations by the level reached (1 = the district, 2 = the province …); event: the
   *     escalation of an unanswered alert
   * @param toAcknowledge time from opening to acknowledgement of the alerts acknowledged, by the escalation level
   *     the alert had reached when acknowledged
   * @param toResolve time from opening to resolution of the alerts resolved, by the level reached at resolution
   */
  public record Alerts(Map<AlertKind, Map<Severity, Long>> opened, Map<AlertKind, Map<Severity, Long>> acknowledged,
      Map<AlertKind, Map<Severity, Long>> resolved, Map<AlertOutcome, Long> outcomes,
      Map<Integer, Long> escalatedToLevel, Map<Integer, Durations> toAcknowledge,
      Map<Integer, Durations> toResolve) {
    /**
     * Copies the maps, with 0 for every constant missing and levels in order.
     *
     * @param opened alerts opened, by kind and the severity they opened with
     * @param acknowledged alerts acknowledged, by kind and severity at that moment
     * @param resolved alerts resolved, by kind and severity at that moment
     * @param outcomes resolutions by outcome
     * @param escalatedToLevel escalations by the level reached (1 = the district, 2 = the province …)
     * @param toAcknowledge time from opening to acknowledgement of the alerts acknowledged, by the escalation level the
     *     alert had reached when acknowledged
     * @param toResolve time from opening to resolution of the alerts resolved, by the level reached at resolution
     */
    public Alerts {
      opened = copy(opened, AlertKind.class);
      acknowledged = copy(acknowledged, AlertKind.class);
      resolved = copy(resolved, AlertKind.class);
      outcomes = copy(outcomes, AlertOutcome.class);
      escalatedToLevel = Collections.unmodifiableMap(new TreeMap<>(escalatedToLevel));
      toAcknowledge = Collections.unmodifiableMap(new TreeMap<>(toAcknowledge));
      toResolve = Collections.unmodifiableMap(new TreeMap<>(toResolve));
    }

    /**
     * Alerts opened, all kinds and severities.
     *
     * @return the number of alerts
     */
    public long openedTotal() {
      return total(opened);
    }

    /**
     * Alerts acknowledged, all kinds and severities.
     *
     * @return the number of alerts
     */
    public long acknowledgedTotal() {
      return total(acknowledged);
    }

    /**
     * Alerts resolved, all kinds and severities.
     *
     * @return the number of alerts
     */
    public long resolvedTotal() {
      return total(resolved);
    }

    /**
     * Opened alerts of a severity, all kinds.
     *
     * @param severity a severity
     * @return the number of alerts
     */
    public long openedWith(Severity severity) {
      return opened.values().stream().mapToLong(m -> m.getOrDefault(severity, 0L)).sum();
    }

    private static long total(Map<AlertKind, Map<Severity, Long>> byKind) {
      return byKind.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
    }
  }

  /**
   * Citizens' feedback.
   *
   * @param received feedback items sent; event: submission
   * @param answered items answered by staff for the first time; event: the first staff reply
   * @param closed items closed; event: closing
   * @param toFirstAnswer time from submission to the first staff reply
   */
  public record Feedback(long received, long answered, long closed, Durations toFirstAnswer) {}

  /**
   * Spot checks (VHD's surprise check-in), from the case's history.
   *
   * @param requested spot checks asked of people
   * @param answered spot checks the person answered with a passing presence check
   * @param failed spot checks answered with a failed presence check, or left unanswered
   */
  public record SpotChecks(long requested, long answered, long failed) {}

  /**
   * Is the system used? Counts of accounts and notifications, no person behind them.
   *
   * @param staffAccounts staff accounts whose scope lies inside the unit, at the end of the period (or day); event:
   *     account created (a stock)
   * @param staffAccountsActed distinct staff accounts of the unit that did something audited in the period (or day)
   * @param notificationsDelivered notifications a channel accepted; event: outbox delivery
   * @param notificationsFailed notifications that failed for good; event: outbox delivery gave up
   */
  public record Usage(long staffAccounts, long staffAccountsActed, long notificationsDelivered,
      long notificationsFailed) {}

  private static <K extends Enum<K>, V> Map<K, V> copy(Map<K, V> map, Class<K> type) {
    EnumMap<K, V> copy = new EnumMap<>(type);
    copy.putAll(map);
    return Collections.unmodifiableMap(copy);
  }
}
