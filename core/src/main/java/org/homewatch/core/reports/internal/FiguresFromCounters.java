package org.homewatch.core.reports.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.homewatch.core.reports.Durations;
import org.homewatch.core.reports.Figures;
import org.homewatch.model.AlertKind;
import org.homewatch.model.AlertOutcome;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.Severity;

/**
 * Builds {@link Figures} from counter values: {@code flows} summed over the period (or the day), {@code stocks}
 * summed over every day up to its end. A dimension core does not know (written by a newer version) is ignored.
 */
public final class FiguresFromCounters {
  private FiguresFromCounters() {}

  public static Figures figures(CounterTable flows, CounterTable stocks) {
    Map<CaseCategory, Map<CaseStatus, Long>> byCategory = new EnumMap<>(CaseCategory.class);
    for (CaseCategory category : CaseCategory.values()) {
      Map<CaseStatus, Long> byStatus = new EnumMap<>(CaseStatus.class);
      for (CaseStatus status : CaseStatus.values()) {
        byStatus.put(status, stocks.get(Measures.CASES, Measures.dim(category, status)));
      }
      byCategory.put(category, java.util.Collections.unmodifiableMap(byStatus));
    }
    Figures.Cases cases = new Figures.Cases(byCategory,
        byEnum(CaseCategory.class, c -> flows.get(Measures.CASE_REGISTERED, c.name())),
        byEnum(CaseStatus.class, s -> flows.get(Measures.CASE_ENTERED, s.name())));
    Figures.Declarations declarations = new Figures.Declarations(
        flows.get(Measures.DECLARATION_RECEIVED, ""),
        flows.get(Measures.SLOTS, "EXPECTED"), flows.get(Measures.SLOTS, "ON_TIME"),
        flows.get(Measures.SLOTS, "LATE"), flows.get(Measures.SLOTS, "MISSED"),
        stocks.get(Measures.CASES_BEHIND, ""),
        byEnum(Severity.class, s -> flows.get(Measures.ASSESSED, s.name())));
    Figures.Alerts alerts = new Figures.Alerts(
        byKindAndSeverity(flows, Measures.ALERT_OPENED), byKindAndSeverity(flows, Measures.ALERT_ACKNOWLEDGED),
        byKindAndSeverity(flows, Measures.ALERT_RESOLVED),
        byEnum(AlertOutcome.class, o -> flows.get(Measures.ALERT_OUTCOME, o.name())),
        byLevel(flows.dimensions(Measures.ALERT_ESCALATED)),
        histogramsByLevel(flows.dimensions(Measures.TIME_TO_ACKNOWLEDGE)),
        histogramsByLevel(flows.dimensions(Measures.TIME_TO_RESOLVE)));
    long[] answer = new long[Durations.BOUNDS_MINUTES.size() + 1];
    flows.dimensions(Measures.TIME_TO_FIRST_ANSWER).forEach((bucket, n) -> addTo(answer, bucket, n));
    Figures.Feedback feedback = new Figures.Feedback(flows.get(Measures.FEEDBACK, "RECEIVED"),
        flows.get(Measures.FEEDBACK, "ANSWERED"), flows.get(Measures.FEEDBACK, "CLOSED"), Durations.of(answer));
    Figures.SpotChecks spotChecks = new Figures.SpotChecks(flows.get(Measures.SPOT_CHECKS, "REQUESTED"),
        flows.get(Measures.SPOT_CHECKS, "ANSWERED"), flows.get(Measures.SPOT_CHECKS, "FAILED"));
    Figures.Usage usage = new Figures.Usage(stocks.get(Measures.STAFF_ACCOUNTS, ""),
        flows.distinct(Measures.STAFF_ACTED), flows.get(Measures.NOTIFICATIONS, "DELIVERED"),
        flows.get(Measures.NOTIFICATIONS, "FAILED"));
    return new Figures(cases, declarations, alerts, feedback, spotChecks, usage);
  }

  private static <E extends Enum<E>> Map<E, Long> byEnum(Class<E> type, java.util.function.ToLongFunction<E> value) {
    Map<E, Long> map = new EnumMap<>(type);
    for (E e : type.getEnumConstants()) {
      map.put(e, value.applyAsLong(e));
    }
    return map;
  }

  private static Map<AlertKind, Map<Severity, Long>> byKindAndSeverity(CounterTable flows, String measure) {
    Map<AlertKind, Map<Severity, Long>> map = new EnumMap<>(AlertKind.class);
    for (AlertKind kind : AlertKind.values()) {
      map.put(kind, java.util.Collections.unmodifiableMap(
          byEnum(Severity.class, s -> flows.get(measure, Measures.dim(kind, s)))));
    }
    return map;
  }

  private static Map<Integer, Long> byLevel(Map<String, Long> dims) {
    Map<Integer, Long> map = new TreeMap<>();
    dims.forEach((level, n) -> {
      Integer l = parse(level);
      if (l != null && n != 0) {
        map.merge(l, n, Long::sum);
      }
    });
    return map;
  }

  private static Map<Integer, Durations> histogramsByLevel(Map<String, Long> dims) {
    Map<Integer, long[]> buckets = new HashMap<>();
    dims.forEach((levelAndBucket, n) -> {
      int slash = levelAndBucket.indexOf('/');
      Integer level = slash < 0 ? null : parse(levelAndBucket.substring(0, slash));
      if (level != null && n != 0) {
        addTo(buckets.computeIfAbsent(level, l -> new long[Durations.BOUNDS_MINUTES.size() + 1]),
            levelAndBucket.substring(slash + 1), n);
      }
    });
    Map<Integer, Durations> map = new TreeMap<>();
    buckets.forEach((level, counts) -> map.put(level, Durations.of(counts)));
    return map;
  }

  private static void addTo(long[] counts, String bucket, long n) {
    Integer i = parse(bucket);
    if (i != null && i >= 0 && i < counts.length) {
      counts[i] += n;
    }
  }

  private static @org.jspecify.annotations.Nullable Integer parse(String number) {
    try {
      return Integer.valueOf(number);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
