package org.homewatch.core.reports.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.homewatch.core.schedule.DeclarationSchedule;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.ReportCounter;
import org.homewatch.spi.storage.ReportCounterStore;
import org.homewatch.spi.storage.StorageTransaction;

/**
 * Settles the slots of a commune's days into counters, in the caller's transaction, once.
 *
 * <p>Once, also on several nodes at once: a settled commune-day carries a {@link Measures#SLOTS_SETTLED} marker of
 * value 1. The days already marked are skipped; the others are computed, then their markers are claimed
 * ({@code ReportCounterStore.claim}) <em>before</em> anything else is written. Claims of one marker are serialised
 * by the store, so of two transactions claiming the same day the later one waits, then finds it claimed: it throws
 * {@link LostRace} and its transaction rolls back, counting nothing (the TCK's {@code claimingAMarkerOnce}). The
 * markers and the day's counters commit together or not at all, so a process killed in the middle leaves the days
 * unsettled, and the next run settles them.
 */
public final class SlotSettler {
  private SlotSettler() {}

  /** Another transaction settled one of the days first; this one must roll back. */
  public static final class LostRace extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LostRace(JurisdictionPath commune, LocalDate day) {
      super("the slots of " + commune + " on " + day + " were settled by another transaction", null, false, false);
    }
  }

  /**
   * Settles those of {@code candidates} (in order) that are not settled yet and whose every slot is over at
   * {@code now}.
   *
   * @return the days settled, with their figures
   * @throws LostRace if another transaction settled one of them meanwhile (roll back)
   */
  public static List<CommuneSlots.Day> settle(StorageTransaction tx, JurisdictionPath commune,
      List<LocalDate> candidates, Instant now, Function<IsolationCase, DeclarationSchedule> schedules) {
    if (candidates.isEmpty()) {
      return List.of();
    }
    ReportCounterStore store = CountingTransaction.counterStore(tx);
    Set<LocalDate> settled = settledDays(store, commune, candidates.get(0), candidates.get(candidates.size() - 1));
    List<LocalDate> open = candidates.stream().filter(d -> !settled.contains(d)).toList();
    List<CommuneSlots.Day> days = new ArrayList<>();
    for (CommuneSlots.Day day : CommuneSlots.of(tx, commune, open, schedules)) {
      // a case's slot of the day can still be fulfilled: the day is not over for this commune yet
      if (day.closes().map(c -> !c.isAfter(now)).orElse(true)) {
        days.add(day);
      }
    }
    if (days.isEmpty()) {
      return List.of();
    }
    // in day order, so that two settlers of overlapping days claim in the same order and cannot deadlock
    for (CommuneSlots.Day d : days) {
      if (!store.claim(new ReportCounter(commune, d.day(), Measures.SLOTS_SETTLED, "", 1))) {
        throw new LostRace(commune, d.day());
      }
    }
    List<ReportCounter> counters = new ArrayList<>();
    days.forEach(d -> CommuneSlots.counters(commune, d, counters::add));
    if (!counters.isEmpty()) {
      store.add(counters);
    }
    return days;
  }

  /** The days from {@code first} to {@code last} the commune has settled. */
  public static Set<LocalDate> settledDays(ReportCounterStore store, JurisdictionPath commune, LocalDate first,
      LocalDate last) {
    Set<LocalDate> days = new HashSet<>();
    for (ReportCounter c : store.list(commune, first, last)) {
      if (c.measure().equals(Measures.SLOTS_SETTLED) && c.value() > 0) {
        days.add(c.day());
      }
    }
    return days;
  }
}
