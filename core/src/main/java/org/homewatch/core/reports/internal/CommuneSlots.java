package org.homewatch.core.reports.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.homewatch.core.reports.ReportService;
import org.homewatch.core.schedule.DeclarationSchedule;
import org.homewatch.model.AssessedDeclaration;
import org.homewatch.model.CaseId;
import org.homewatch.model.CaseQuery;
import org.homewatch.model.Declaration;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.model.ReportCounter;
import org.homewatch.spi.storage.StorageTransaction;

/**
 * The slot figures of a commune's days, added up from its cases ({@link CaseDaySlots}), and the counters they make.
 * Every case whose responsible commune it is now is read, whatever its status, in pages; a case whose calendar misses
 * the days costs no declaration read, the others one read per page of cases.
 */
public final class CommuneSlots {
  private static final int PAGE = 200;
  /** More declarations than this around a few days is not a person declaring; the rest is not read. */
  private static final int MAX_DECLARATIONS_PER_CASE = 500;

  /**
   * One commune-day.
   *
   * @param closes the latest close of the day's cases: before it, some case's slot of the day could still be
   *     fulfilled, so the day cannot be settled
   */
  public record Day(LocalDate day, long expected, long onTime, long late, long missed, long behind,
      Optional<Instant> closes) {}

  private CommuneSlots() {}

  /** The figures of each of {@code days} (in order) for the commune's cases. */
  public static List<Day> of(StorageTransaction tx, JurisdictionPath commune, List<LocalDate> days,
      Function<IsolationCase, DeclarationSchedule> schedules) {
    if (days.isEmpty()) {
      return List.of();
    }
    LocalDate first = days.get(0);
    LocalDate last = days.get(days.size() - 1);
    Map<LocalDate, long[]> sums = new TreeMap<>();
    Map<LocalDate, Instant> closes = new TreeMap<>();
    days.forEach(d -> sums.put(d, new long[5]));
    // generous instants around the days: observation times near midnight, in any zone a case may have
    Instant from = first.minusDays(CaseDaySlots.DAYS_BEFORE + 1L).atStartOfDay(ReportService.ZONE).toInstant();
    Instant to = last.plusDays(3).atStartOfDay(ReportService.ZONE).toInstant();
    PageRequest page = PageRequest.first(PAGE);
    while (true) {
      Page<IsolationCase> batch = tx.cases().list(CaseQuery.in(commune), page);
      List<IsolationCase> owing = new ArrayList<>();
      for (IsolationCase c : batch.items()) {
        if (overlaps(c, first, last)) {
          owing.add(c);
        }
      }
      Map<CaseId, List<AssessedDeclaration>> declared = owing.isEmpty() ? Map.of() : tx.declarations()
          .observedBetweenForCases(owing.stream().map(IsolationCase::id).toList(), from, to,
              MAX_DECLARATIONS_PER_CASE);
      for (IsolationCase c : owing) {
        DeclarationSchedule schedule = schedules.apply(c);
        Collection<Declaration> ds = declared.getOrDefault(c.id(), List.of()).stream()
            .map(AssessedDeclaration::declaration).toList();
        for (LocalDate d : days) {
          CaseDaySlots.of(c, schedule, d, ds).ifPresent(s -> {
            long[] sum = sums.get(d);
            sum[0] += s.expected();
            sum[1] += s.onTime();
            sum[2] += s.late();
            sum[3] += s.missed();
            sum[4] += s.behind() ? 1 : 0;
            closes.merge(d, s.closes(), (a, b) -> a.isAfter(b) ? a : b);
          });
        }
      }
      if (!batch.hasNext()) {
        break;
      }
      page = page.next(batch);
    }
    List<Day> out = new ArrayList<>(days.size());
    sums.forEach((d, s) -> out.add(new Day(d, s[0], s[1], s[2], s[3], s[4], Optional.ofNullable(closes.get(d)))));
    return out;
  }

  /** The counters a settled day adds: its slots, and its people behind on the day and taken away the day after. */
  public static void counters(JurisdictionPath commune, Day day, Consumer<ReportCounter> out) {
    add(commune, day.day(), Measures.SLOTS, "EXPECTED", day.expected(), out);
    add(commune, day.day(), Measures.SLOTS, "ON_TIME", day.onTime(), out);
    add(commune, day.day(), Measures.SLOTS, "LATE", day.late(), out);
    add(commune, day.day(), Measures.SLOTS, "MISSED", day.missed(), out);
    add(commune, day.day(), Measures.CASES_BEHIND, "", day.behind(), out);
    add(commune, day.day().plusDays(1), Measures.CASES_BEHIND, "", -day.behind(), out);
  }

  private static void add(JurisdictionPath commune, LocalDate day, String measure, String dimension, long value,
      Consumer<ReportCounter> out) {
    if (value != 0) {
      out.accept(new ReportCounter(commune, day, measure, dimension, value));
    }
  }

  /** Whether the case's period (as far as the calendar goes) can hold a slot on the days. */
  private static boolean overlaps(IsolationCase c, LocalDate first, LocalDate last) {
    LocalDate end = c.period().actualEnd().orElse(c.period().plannedEnd());
    return !c.period().start().isAfter(last) && !end.isBefore(first)
        && !c.createdAt().isAfter(last.plusDays(2).atStartOfDay(ReportService.ZONE).toInstant());
  }
}
