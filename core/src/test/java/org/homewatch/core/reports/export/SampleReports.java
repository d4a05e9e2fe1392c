package org.homewatch.core.reports.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.homewatch.core.reports.DayFigures;
import org.homewatch.core.reports.Durations;
import org.homewatch.core.reports.Figures;
import org.homewatch.core.reports.Report;
import org.homewatch.core.reports.ReportRequest;
import org.homewatch.core.reports.ReportService;
import org.homewatch.core.reports.UnitReport;
import org.homewatch.model.AlertKind;
import org.homewatch.model.AlertOutcome;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.JurisdictionScheme;
import org.homewatch.model.Severity;

/**
 * A hand-made report of Gia Lai with known figures: Chư Sê district and three of its communes, two days.
 * Thị trấn Chư Sê complies worst (50 %), Ia Tiêm best (90 %), Chư Pơng expected nothing (no rate) but escalated.
 */
final class SampleReports {
  static final JurisdictionPath PROVINCE = JurisdictionPath.of(JurisdictionScheme.GSO_2021, "64");
  static final JurisdictionPath CHU_SE = PROVINCE.child("633");
  static final LocalDate DAY1 = LocalDate.of(2021, 8, 16);
  static final LocalDate DAY2 = LocalDate.of(2021, 8, 17);

  private SampleReports() {}

  /** Figures with the given counts; acknowledgement at the commune in the bucket of {@code ackMinutes}. */
  static Figures figures(long registered, long active, long received, long expected, long onTime, long late,
      long emergency, long abnormal, long watch, long escalations, int ackMinutes, long acknowledged) {
    Map<CaseCategory, Map<CaseStatus, Long>> stock = new EnumMap<>(CaseCategory.class);
    stock.put(CaseCategory.F2, Map.of(CaseStatus.ACTIVE, active));
    Map<AlertKind, Map<Severity, Long>> opened = new EnumMap<>(AlertKind.class);
    opened.put(AlertKind.HEALTH, Map.of(Severity.EMERGENCY, emergency, Severity.ABNORMAL, abnormal,
        Severity.WATCH, watch));
    long[] buckets = new long[Durations.BOUNDS_MINUTES.size() + 1];
    buckets[Durations.bucketOf(java.time.Duration.ofMinutes(ackMinutes))] = acknowledged;
    long[] late2 = new long[Durations.BOUNDS_MINUTES.size() + 1];
    late2[Durations.bucketOf(java.time.Duration.ofMinutes(ackMinutes * 4L))] = escalations;
    Map<Integer, Durations> toAck = escalations > 0 ? Map.of(0, Durations.of(buckets), 1, Durations.of(late2))
        : Map.of(0, Durations.of(buckets));
    Figures.Cases cases = new Figures.Cases(stock, Map.of(CaseCategory.F2, registered), Map.of());
    Figures.Declarations declarations = new Figures.Declarations(received, expected, onTime, late,
        expected - onTime - late, (expected - onTime - late) / 2, Map.of(Severity.NORMAL, received));
    Figures.Alerts alerts = new Figures.Alerts(opened, Map.of(AlertKind.HEALTH, Map.of(Severity.ABNORMAL,
        acknowledged)), Map.of(), Map.of(AlertOutcome.TREATED_AT_HOME, acknowledged), escalations > 0
        ? Map.of(1, escalations) : Map.of(), toAck, Map.of());
    return new Figures(cases, declarations, alerts, new Figures.Feedback(0, 0, 0, Durations.none()),
        new Figures.SpotChecks(0, 0, 0), new Figures.Usage(1, 1, 0, 0));
  }

  static UnitReport commune(String code, String name, Figures day1, Figures day2, Figures period) {
    return new UnitReport(CHU_SE.child(code), name, period, List.of(new DayFigures(DAY1, day1),
        new DayFigures(DAY2, day2)), List.of());
  }

  static Report province() {
    UnitReport thiTran = commune("23941", "Thị trấn Chư Sê",
        figures(10, 10, 15, 30, 10, 5, 1, 2, 0, 2, 20, 3),
        figures(0, 10, 15, 30, 8, 2, 0, 1, 1, 0, 15, 1),
        figures(10, 10, 30, 60, 18, 7, 1, 3, 1, 2, 20, 4));
    UnitReport iaTiem = commune("23944", "Xã Ia Tiêm",
        figures(5, 5, 27, 30, 26, 1, 0, 1, 0, 0, 5, 1),
        figures(0, 5, 27, 30, 27, 0, 0, 0, 2, 0, 5, 0),
        figures(5, 5, 54, 60, 53, 1, 0, 1, 2, 0, 5, 1));
    UnitReport chuPong = commune("23945", "Xã Chư Pơng",
        figures(0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 60, 0),
        figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 60, 0),
        figures(0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 60, 0));
    Figures day1 = figures(15, 15, 42, 60, 36, 6, 1, 4, 0, 3, 20, 4);
    Figures day2 = figures(0, 15, 42, 60, 35, 2, 0, 1, 3, 0, 15, 1);
    Figures period = figures(15, 15, 84, 120, 71, 8, 1, 5, 3, 3, 20, 5);
    UnitReport district = new UnitReport(CHU_SE, "Huyện Chư Sê", period,
        List.of(new DayFigures(DAY1, day1), new DayFigures(DAY2, day2)), List.of(thiTran, iaTiem, chuPong));
    UnitReport province = new UnitReport(PROVINCE, "Tỉnh Gia Lai", period,
        List.of(new DayFigures(DAY1, day1), new DayFigures(DAY2, day2)), List.of(district));
    return new Report(ReportRequest.of(PROVINCE, DAY1, DAY2), ReportService.ZONE,
        Instant.parse("2021-08-18T01:00:00Z"), province);
  }
}
