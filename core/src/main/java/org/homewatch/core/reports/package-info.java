/**
 * Reports on how home monitoring is going: {@link org.homewatch.core.reports.ReportService}, reached as
 * {@code homewatch.reports()}.
 *
 * <h2>The model</h2>
 * A {@link org.homewatch.core.reports.ReportRequest} names a unit of either GSO scheme and a period of local days
 * (at most a year, last day not before the first). A {@link org.homewatch.core.reports.Report} is an immutable
 * tree: the requested unit's {@link org.homewatch.core.reports.UnitReport} with its figures for the period and day
 * by day, and below it its districts and communes with their figures for the period (commune → district → province:
 * a unit's figures add up its parts' and its own). {@link org.homewatch.core.reports.Figures} documents every figure:
 * what it counts, the event that moves it, and the day it is counted on. The report for the Department of
 * Information and Communications is a {@link org.homewatch.core.reports.UsageReport}: counts per health station and
 * per day, and nothing a person could be recognised by.
 *
 * <h2>Days and zone</h2>
 * A day is a local day in {@link org.homewatch.core.reports.ReportService#ZONE} (Asia/Ho_Chi_Minh, the zone of
 * every unit of both schemes). An event is counted on the day its instant falls on there: a case's registration on
 * the day of its {@code createdAt}, a status change or a spot check on the day of its history entry, a declaration
 * on the day of its {@code submittedAt}, an alert's opening, acknowledgement, escalation and resolution on the days
 * of those events in its history, feedback on the days it was sent, first answered and closed.
 *
 * <h2>Counters, not rows</h2>
 * Reports read the report counters ({@link org.homewatch.spi.storage.ReportCounterStore}): numbers per (unit, day,
 * measure, dimension). With reports on, every transaction core runs is watched, and the writes it makes (a case
 * inserted or updated, a declaration stored, an alert, feedback, an account saved, an audited action, a notification
 * delivered) are turned into counter changes that are added just before it commits, in the same transaction: a
 * change and its counters commit together or not at all. A stock (cases by category and status, staff accounts) is
 * kept as its daily net changes and read as their sum up to a day. Waiting times are kept as histograms
 * ({@link org.homewatch.core.reports.Durations}: the bucket bounds and the precision they give are documented there).
 * {@link org.homewatch.core.reports.ReportService#checkCounters} recomputes a commune's counters from its raw rows
 * and lists the differences; {@code HomewatchJobs.counterCheck} runs it commune after commune in the background.
 *
 * <h2>Choices where the issue is silent</h2>
 * <ul>
 *   <li>Alerts by kind and severity show the severity an alert has now: when evidence raises an alert, its counts
 *       move from the old severity to the new one (on the days they were counted), so a day's "alerts by severity"
 *       is what those alerts turned out to be.
 *   <li>The day-by-day series is the requested unit's; the units below it get the period's figures (a province's
 *       month day by day for every commune would be as many rows as the raw tables the counters replace). Ask a
 *       report of a district or commune for its days.
 *   <li>Staff accounts are accounts holding a staff role (enroller, monitor, supervisor, report viewer,
 *       administrator) that are active, counted under their scope; "acted" means did something audited (refusals
 *       excluded). The counters keep a digest of the account id, never the id, so distinct accounts can be counted
 *       without a login name (which may be an e-mail address or a phone number) in the report tables.
 *   <li>Slots (expected, on time, late, missed) and people behind by 2+ missed slots become figures by the passing
 *       of time, not by a write, so a job settles them: {@code HomewatchJobs.slotSettlement}
 *       ({@link org.homewatch.core.reports.ReportService#settleSlots}) settles a commune-day once its day is over in
 *       {@link org.homewatch.core.reports.ReportService#ZONE} and every slot of it, of every case of the commune,
 *       is past its grace. On time and late are the schedule package's (window, then grace; by observation time);
 *       the declarations counted are those the server had received by the day's close, so a settled day is a
 *       function of the stored rows and the consistency check recomputes it exactly. A commune-day counts once,
 *       ever: a marker counter is claimed in the same transaction as the day's counters, and of two nodes settling
 *       at once the later one rolls back; a process killed in the middle commits nothing and the next run settles
 *       the day. A day nobody settled is caught up by a later run within
 *       {@value org.homewatch.core.reports.ReportService#SETTLE_LOOKBACK_DAYS} days (by hand with a longer look
 *       back after that). A case counts under its commune at settling time, with every status: a slot is owed from
 *       the case's registration to its closing, within its period.
 *   <li>Escalations and waiting times are filed by the level the alert stood at after the step (each history event
 *       keeps it): a repeat page at the province stays at the province's level.
 * </ul>
 */
@NullMarked
package org.homewatch.core.reports;

import org.jspecify.annotations.NullMarked;
