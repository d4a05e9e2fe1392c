package org.homewatch.core.reports.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.homewatch.core.reports.CounterCheck;
import org.homewatch.core.schedule.DeclarationSchedule;
import org.homewatch.model.Alert;
import org.homewatch.model.AssessedDeclaration;
import org.homewatch.model.CaseQuery;
import org.homewatch.model.Feedback;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.model.ReportCounter;
import org.homewatch.spi.storage.ReportCounterStore;
import org.homewatch.spi.storage.StorageTransaction;

/**
 * Recomputes a commune's counters from its raw rows with the same functions that count the changes
 * ({@link CounterChanges}), and compares them with the stored ones.
 */
public final class Recount {
  /** The measures the raw rows determine. */
  static final Set<String> FLOWS = Set.of(Measures.CASE_REGISTERED, Measures.CASE_ENTERED, Measures.SPOT_CHECKS,
      Measures.DECLARATION_RECEIVED, Measures.ASSESSED, Measures.ALERT_OPENED, Measures.ALERT_ACKNOWLEDGED,
      Measures.ALERT_RESOLVED, Measures.ALERT_OUTCOME, Measures.ALERT_ESCALATED, Measures.TIME_TO_ACKNOWLEDGE,
      Measures.TIME_TO_RESOLVE, Measures.FEEDBACK, Measures.TIME_TO_FIRST_ANSWER, Measures.SLOTS,
      Measures.CASES_BEHIND, Measures.SLOTS_SETTLED);
  static final Set<String> STOCKS = Set.of(Measures.CASES);
  private static final int PAGE = 200;

  private Recount() {}

  /**
   * Recomputes the commune's counters and lists the differences. Slots are recomputed for the days the store marks
   * as settled (the day before the period too, whose people behind are taken away on its first day), with the
   * settling's own function; a day not settled has no slot counters to compare.
   */
  public static CounterCheck check(StorageTransaction tx, JurisdictionPath commune, LocalDate firstDay,
      LocalDate lastDay, Function<IsolationCase, DeclarationSchedule> schedules) {
    Map<String, Long> recomputedFlows = new TreeMap<>();
    Map<String, Long> recomputedStocks = new TreeMap<>();
    Consumer<ReportCounter> sink = c -> {
      if (!c.unit().equals(commune)) {
        return;
      }
      if (STOCKS.contains(c.measure())) {
        recomputedStocks.merge(key(c.measure(), c.dimension(), null), c.value(), Long::sum);
      } else if (FLOWS.contains(c.measure()) && !c.day().isBefore(firstDay) && !c.day().isAfter(lastDay)) {
        recomputedFlows.merge(key(c.measure(), c.dimension(), c.day()), c.value(), Long::sum);
      }
    };
    int cases = 0;
    PageRequest page = PageRequest.first(PAGE);
    while (true) {
      Page<IsolationCase> batch = tx.cases().list(CaseQuery.in(commune), page);
      for (IsolationCase c : batch.items()) {
        cases++;
        recount(tx, c, sink);
      }
      if (!batch.hasNext()) {
        break;
      }
      page = page.next(batch);
    }
    PageRequest feedbackPage = PageRequest.first(PAGE);
    while (true) {
      Page<Feedback> batch = tx.feedback().list(commune, Set.of(), feedbackPage);
      batch.items().forEach(f -> CounterChanges.feedbackChanged(null, f, sink));
      if (!batch.hasNext()) {
        break;
      }
      feedbackPage = feedbackPage.next(batch);
    }
    ReportCounterStore store = CountingTransaction.counterStore(tx);
    List<LocalDate> settled = new ArrayList<>(SlotSettler.settledDays(store, commune, firstDay.minusDays(1), lastDay));
    settled.sort(Comparator.naturalOrder());
    for (CommuneSlots.Day day : CommuneSlots.of(tx, commune, settled, schedules)) {
      sink.accept(new ReportCounter(commune, day.day(), Measures.SLOTS_SETTLED, "", 1));
      CommuneSlots.counters(commune, day, sink);
    }
    Map<String, Long> storedFlows = new TreeMap<>();
    for (ReportCounter c : store.list(commune, firstDay, lastDay)) {
      if (FLOWS.contains(c.measure())) {
        storedFlows.merge(key(c.measure(), c.dimension(), c.day()), c.value(), Long::sum);
      }
    }
    Map<String, Long> storedStocks = new TreeMap<>();
    for (ReportCounter c : store.sumByUnit(commune, ReportAssembler.BEGINNING, LocalDate.of(9999, 12, 31), STOCKS)) {
      if (c.unit().equals(commune)) {
        storedStocks.merge(key(c.measure(), c.dimension(), null), c.value(), Long::sum);
      }
    }
    List<CounterCheck.Difference> differences = new ArrayList<>();
    compare(storedFlows, recomputedFlows, differences);
    compare(storedStocks, recomputedStocks, differences);
    differences.sort(Comparator.comparing(CounterCheck.Difference::measure)
        .thenComparing(CounterCheck.Difference::dimension)
        .thenComparing(d -> d.day().orElse(LocalDate.MIN)));
    return new CounterCheck(commune, firstDay, lastDay, cases, differences);
  }

  private static void recount(StorageTransaction tx, IsolationCase c, Consumer<ReportCounter> sink) {
    CounterChanges.caseChanged(null, c, sink);
    PageRequest page = PageRequest.first(PAGE);
    while (true) {
      Page<AssessedDeclaration> batch = tx.declarations().listForCase(c.id(), page);
      batch.items().forEach(d -> CounterChanges.declarationStored(c.responsibleUnit(), d, sink));
      if (!batch.hasNext()) {
        break;
      }
      page = page.next(batch);
    }
    for (Alert a : tx.alerts().listForCase(c.id())) {
      CounterChanges.alertChanged(null, a, sink);
    }
  }

  private static void compare(Map<String, Long> stored, Map<String, Long> recomputed,
      List<CounterCheck.Difference> into) {
    Set<String> keys = new java.util.TreeSet<>(stored.keySet());
    keys.addAll(recomputed.keySet());
    for (String key : keys) {
      long s = stored.getOrDefault(key, 0L);
      long r = recomputed.getOrDefault(key, 0L);
      if (s != r) {
        String[] parts = key.split("\\|", -1);
        into.add(new CounterCheck.Difference(parts[0], parts[1],
            parts[2].isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(parts[2])), s, r));
      }
    }
  }

  private static String key(String measure, String dimension, @org.jspecify.annotations.Nullable LocalDate day) {
    return measure + "|" + dimension + "|" + (day == null ? "" : day.toString());
  }
}
