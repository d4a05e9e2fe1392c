/**
 * Declaration schedules as data, the slots they produce, and how declarations fulfil them.
 *
 * <p>A {@link org.homewatch.core.schedule.DeclarationSchedule} says when a person declares: daily windows in
 * local time (VHD's 08–12, 14–16, 18–20; the Ministry's morning and afternoon) or every N hours, a grace period
 * after each window, and reminders before a window closes. A {@link org.homewatch.core.schedule.MonitoringPolicy}
 * (JSON, loaded with {@link org.homewatch.core.schedule.MonitoringPolicy#load}) gives per province and per case
 * category the schedule, the duration of monitoring and the missed-declaration thresholds; nothing here is
 * hard-coded beyond the shipped default policy resource.
 *
 * <p>Slots ({@link org.homewatch.core.schedule.Slot}) are computed for any interval by a
 * {@link org.homewatch.core.schedule.SlotCalendar} and never stored ahead of time. Local times become instants
 * by one rule, chosen because it is monotonic (a later local time never gives an earlier instant, so slots stay
 * ordered and never overlap) and because it never shortens a window on the day clocks fall back:
 * <b>a local time means the first instant at which the local clock shows that time or later.</b>
 * <ul>
 *   <li>In a daylight-saving gap (Europe/Berlin, 2021-03-28, 02:00–03:00 does not exist) a window opening or
 *       closing inside the gap opens or closes at the moment the clock jumps (03:00 CEST). A window entirely
 *       inside the gap lasts no time at all: it still counts as a slot and can be fulfilled late, within grace.
 *   <li>In an overlap (2021-10-31, 02:00–03:00 happens twice) a time inside the repeated hour means its first
 *       occurrence; a window spanning the repeated hour is an hour longer that day.
 * </ul>
 *
 * <p>{@link org.homewatch.core.schedule.DeclarationMatcher} assigns declarations to slots (by the time the person
 * observed, which core checks against the server's clock on submission): a declaration fulfils at most one slot;
 * one inside an unfulfilled window fulfils it on time; otherwise, one within the grace period after an
 * unfulfilled window fulfils that slot late; anything else (between windows, or a second one in a window) is
 * unscheduled: still judged by core, it just fulfils nothing. {@link org.homewatch.core.schedule.Compliance}
 * counts per local day.
 *
 * <p>Missed declarations are counted as a <em>run</em>: the slots that opened after the person was last heard from
 * (their latest declaration of any kind, a declaration between windows too) and whose grace has ended. That is
 * what the policy's thresholds (2 → WATCH, 4 → ABNORMAL "not reachable" by default) apply to, and it is read
 * from the case's monitoring summary alone, so that {@link org.homewatch.core.schedule.ScheduleService}'s sweep
 * over a province loads no declaration. A {@code MISSED_DECLARATIONS} alert records the latest slot it counted
 * ({@code Alert.lastSlotCounted}); no slot is ever counted twice ({@link
 * org.homewatch.core.schedule.MissedDeclarations}).
 *
 * <p>Reminders ({@link org.homewatch.core.schedule.Reminders}) are due at each of the schedule's offsets before a
 * window closes, while it is open, unless the person declared since it opened; spot checks
 * ({@link org.homewatch.core.schedule.SpotCheckService}) ask for a declaration with location and a presence
 * check within the province's answer time, fixed on the check when it is asked, and pass only on the verdict of the
 * plugged-in {@link org.homewatch.spi.identity.PresenceVerifier}, never on the app's own claim (each check is a
 * {@link org.homewatch.model.SpotCheck} in the storage's optional {@code SpotCheckStore}). Staff ask for spot
 * checks; a province may also have them asked at random times a day for some categories
 * ({@link org.homewatch.core.schedule.RandomSpotChecks}, off by default). Reminders and spot checks reach the
 * person through the outbox, on the channel set with {@code Homewatch.Builder.personChannel}.
 */
@NullMarked
package org.homewatch.core.schedule;

import org.jspecify.annotations.NullMarked;
