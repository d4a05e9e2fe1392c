package org.homewatch.spi.storage;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.ReportCounter;

/**
 * Report counters, an {@link OptionalStore optional store}: core's reports need it. A counter is a number per
 * (unit, local day, measure, dimension), moved by core in the same transaction as the change it counts, so that a
 * province's report is a read of a few thousand counters rather than an aggregate over millions of rows (DESIGN:
 * "reports come from aggregate tables keyed by (jurisdiction, day)"). A reference-style table on Citus: it is
 * keyed by unit, not by case.
 *
 * <p>Measures and dimensions are opaque to the store. A storage that offers it lists
 * {@code ReportCounterStore.class} in {@link Storage#optionalStores()} and passes the TCK's report-counter contract.
 */
public interface ReportCounterStore extends OptionalStore {

  /**
   * Adds each counter's value to the stored counter with the same key (unit, day, measure, dimension), creating it
   * at 0 first. Several counters with the same key in one call all count. Adds from concurrent transactions to the
   * same key all count (no lost update); the store applies the keys in a fixed order so that two transactions
   * adding to the same keys cannot deadlock each other. A counter whose value comes back to 0 may be kept or
   * removed: readers treat a missing counter as 0.
   *
   * @param increments the amounts to add, each with its key; a negative value subtracts
   */
  void add(Collection<ReportCounter> increments);

  /**
   * Adds like {@link #add}, for a transaction that only counts: the store may keep the adds of concurrent
   * transactions to one key apart (for instance in several rows of the same counter, which every read sums), so that
   * a transaction does not wait, until another one has committed, to add to a counter that one has added to. With one
   * row per key and durable commits that wait lasts until the other commit is on disk, and concurrent submissions
   * of one commune on one day would queue one behind the other. Every read, in this transaction and after it
   * commits, sees the sums as {@link #add} would have left them; adds from concurrent transactions all count.
   *
   * <p>What it gives up: after {@link #add}, a transaction that reads the counter sees the adds of every transaction
   * that added to it before (they have committed, or it would still be waiting); after this method it may not yet
   * see those of transactions still running. A caller that uses a counter to find out whether another transaction
   * got there first (a marker set to 1 and read back) uses {@link #add}. Core adds the counter changes of every
   * transaction with this method, once, just before commit.
   *
   * <p>The default is {@link #add}, which keeps every promise made here.
   *
   * @param increments the amounts to add, each with its key; a negative value subtracts
   */
  default void addConcurrently(Collection<ReportCounter> increments) {
    add(increments);
  }

  /**
   * Sums of the counters of the units inside {@code scope} (the unit itself and every unit below it), over the days
   * from {@code firstDay} to {@code lastDay} included: one counter per (unit, measure, dimension) whose sum is not
   * 0, with {@code day} set to {@code lastDay}. Only the given measures, or all if {@code measures} is empty.
   * Order unspecified.
   *
   * @param scope the unit whose subtree is summed
   * @param firstDay the first local day included
   * @param lastDay the last local day included
   * @param measures the measures wanted; empty for all
   * @return one counter per unit, measure and dimension
   */
  List<ReportCounter> sumByUnit(JurisdictionPath scope, LocalDate firstDay, LocalDate lastDay, Set<String> measures);

  /**
   * Sums of the counters of the units inside {@code scope} over the same days, one counter per (day, measure,
   * dimension) whose sum is not 0, with {@code unit} set to {@code scope}. Only the given measures, or all if
   * {@code measures} is empty. Order unspecified.
   *
   * @param scope the unit whose subtree is summed
   * @param firstDay the first local day included
   * @param lastDay the last local day included
   * @param measures the measures wanted; empty for all
   * @return one counter per day, measure and dimension
   */
  List<ReportCounter> sumByDay(JurisdictionPath scope, LocalDate firstDay, LocalDate lastDay, Set<String> measures);

  /**
   * The counters of exactly {@code unit} (not the units below it) on the days from {@code firstDay} to
   * {@code lastDay}, as stored, with value not 0. Order unspecified. The consistency check compares them with
   * counters recomputed from the raw rows.
   *
   * @param unit the unit, alone
   * @param firstDay the first local day included
   * @param lastDay the last local day included
   * @return the stored counters of that unit
   */
  List<ReportCounter> list(JurisdictionPath unit, LocalDate firstDay, LocalDate lastDay);

  /**
   * Claims a marker: adds {@code marker.value()} (positive) to its counter, like {@link #add}, and says whether this
   * transaction's add is the whole of it, that is whether no transaction claimed the marker before. Claims of the
   * same marker are serialised: a claim waits for an earlier one still running to commit or roll back, so that of
   * transactions claiming a new marker at the same moment exactly one gets {@code true} (and, if it rolls back, a
   * later one may). Core claims a marker first, then writes what it guards in the same transaction, so that work
   * is counted once (the slot settling's commune-days). A marker is only ever claimed, never added to.
   *
   * <p>The default adds with {@link #add} and reads back, which keeps this promise because {@link #add} makes a
   * transaction wait for the earlier adds to the key to commit (never {@link #addConcurrently}: its adds may not
   * wait, and two claims could both read their own 1).
   *
   * @param marker the marker's key and the positive amount to add
   * @return true if the marker's total after this add is {@code marker.value()}
   */
  default boolean claim(ReportCounter marker) {
    add(List.of(marker));
    long total = 0;
    for (ReportCounter c : list(marker.unit(), marker.day(), marker.day())) {
      if (c.measure().equals(marker.measure()) && c.dimension().equals(marker.dimension())) {
        total += c.value();
      }
    }
    return total == marker.value();
  }
}
