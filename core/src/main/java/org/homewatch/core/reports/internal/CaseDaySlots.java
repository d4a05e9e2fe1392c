package org.homewatch.core.reports.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.homewatch.core.schedule.DeclarationMatcher;
import org.homewatch.core.schedule.DeclarationSchedule;
import org.homewatch.core.schedule.Slot;
import org.homewatch.core.schedule.SlotCalendar;
import org.homewatch.core.schedule.SlotFulfilment;
import org.homewatch.core.schedule.TimedDeclaration;
import org.homewatch.model.CaseChange;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.Declaration;
import org.homewatch.model.IsolationCase;
import org.jspecify.annotations.Nullable;

/**
 * How one case kept its slots of one local day, as settled: a pure function of the case, its schedule and its
 * declarations, so that the settling job and the consistency check cannot count differently.
 *
 * <p>The slots are the case's {@link SlotCalendar} (its period, nothing before it was registered) cut at the moment a
 * closed case was closed (a case completed at 10:00 owed nothing in the afternoon). They are matched by
 * {@link DeclarationMatcher}, the schedule package's one definition of on time (inside the window) and late (after
 * it closed, within the schedule's grace), over the day and the two days before it, so that a declaration taken
 * late for the day before is not taken for this day; the case's own compliance view matches over its whole period,
 * and the two agree unless a chain of declarations each taken late reaches back more than two days (only a schedule
 * whose grace runs past midnight into the next day's windows can make one). The declarations are those the server had received by the
 * day's <em>close</em>: the end of the grace of the case's last slot that day. That is when the day's standing was
 * known and the missed-declaration sweep acted on it; a declaration uploaded later from an offline phone, observed in
 * time, still counts in the case's own compliance view but does not change a settled day. So the result depends on
 * the stored rows only, never on when the job ran.
 *
 * @param expected the case's slots that day
 * @param onTime fulfilled inside their window
 * @param late fulfilled within grace
 * @param missed not fulfilled when the day closed
 * @param behind at the day's close the person had missed their last 2 or more slots in a row (nothing declared, not
 *     even between windows, since the earlier of them opened; the slots may reach back into the day before)
 * @param closes the day's close for this case: the end of the grace of its last slot that day
 */
public record CaseDaySlots(int expected, int onTime, int late, int missed, boolean behind, Instant closes) {
  /** The run of missed slots from which a person counts as behind ("2+ consecutive missed slots"). */
  public static final int BEHIND_FROM = 2;
  /** Days before the settled one whose slots are matched too: grace is under a day, so two are enough. */
  static final int DAYS_BEFORE = 2;

  /**
   * A declaration as settling sees it.
   *
   * @param declaration its id and observation time, by which it is matched
   * @param receivedAt when the server received it
   */
  public record Received(TimedDeclaration declaration, Instant receivedAt) {
    /** The parts of a stored declaration settling uses. */
    static Received of(Declaration d) {
      return new Received(TimedDeclaration.of(d), d.submittedAt());
    }
  }

  /**
   * The case's slots of {@code day}, or empty if it owed none that day.
   *
   * @param declarations the case's declarations observed around the day (others are ignored)
   */
  public static Optional<CaseDaySlots> of(IsolationCase c, DeclarationSchedule schedule, LocalDate day,
      Collection<Declaration> declarations) {
    return of(SlotCalendar.forCase(c, schedule), closedAt(c), day,
        declarations.stream().map(Received::of).toList());
  }

  /**
   * The slots of {@code day} in a calendar, cut at {@code closedAt} if given, or empty if none was owed that day.
   *
   * @param declarations the declarations observed around the day (others are ignored)
   */
  public static Optional<CaseDaySlots> of(SlotCalendar calendar, @Nullable Instant closedAt, LocalDate day,
      Collection<Received> declarations) {
    if (day.isBefore(calendar.firstDay()) || day.isAfter(calendar.lastDay())) {
      return Optional.empty();
    }
    List<Slot> slots = new ArrayList<>();
    for (LocalDate d = day.minusDays(DAYS_BEFORE); !d.isAfter(day); d = d.plusDays(1)) {
      for (Slot s : calendar.slotsOn(d)) {
        if (closedAt == null || s.opens().isBefore(closedAt)) {
          slots.add(s);
        }
      }
    }
    if (slots.isEmpty() || !slots.get(slots.size() - 1).localDate().equals(day)) {
      return Optional.empty();
    }
    Instant closes = slots.get(slots.size() - 1).graceEnds();
    List<TimedDeclaration> known = new ArrayList<>();
    Instant lastHeard = null;
    for (Received r : declarations) {
      Instant observed = r.declaration().at();
      if (r.receivedAt().isBefore(closes) && observed.isBefore(closes)) {
        known.add(r.declaration());
        lastHeard = lastHeard == null || observed.isAfter(lastHeard) ? observed : lastHeard;
      }
    }
    int expected = 0;
    int onTime = 0;
    int late = 0;
    int missed = 0;
    for (SlotFulfilment f : DeclarationMatcher.match(slots, known, closes).slots()) {
      if (!f.slot().localDate().equals(day)) {
        continue;
      }
      expected++;
      switch (f.status()) {
        case ON_TIME -> onTime++;
        case LATE -> late++;
        // every slot of the day is over at its close, so none is pending
        default -> missed++;
      }
    }
    // the run of missed slots as the sweep counts it: slots over by then that opened after the last declaration
    int run = 0;
    for (Slot s : slots) {
      if (s.isOverAt(closes) && (lastHeard == null || s.opens().isAfter(lastHeard))) {
        run++;
      }
    }
    return Optional.of(new CaseDaySlots(expected, onTime, late, missed, run >= BEHIND_FROM, closes));
  }

  /** When a closed case was closed (its last closing change), or null while it is not closed. */
  static @Nullable Instant closedAt(IsolationCase c) {
    CaseStatus status = c.status();
    if (status == CaseStatus.ACTIVE || status == CaseStatus.PENDING) {
      return null;
    }
    List<CaseChange> history = c.history();
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i).kind().name().equals(status.name())) {
        return history.get(i).at();
      }
    }
    return null;
  }
}
