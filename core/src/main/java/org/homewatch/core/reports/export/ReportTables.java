package org.homewatch.core.reports.export;

import static org.homewatch.core.reports.export.ReportTable.column;
import static org.homewatch.core.reports.export.ReportTable.row;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.homewatch.core.reports.DayFigures;
import org.homewatch.core.reports.Durations;
import org.homewatch.core.reports.Figures;
import org.homewatch.core.reports.Report;
import org.homewatch.core.reports.UnitReport;
import org.homewatch.core.reports.export.ReportTable.Kind;
import org.homewatch.core.reports.export.ReportTable.Text;
import org.homewatch.model.AlertOutcome;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.Severity;
import org.jspecify.annotations.Nullable;

/**
 * The tables every export writes, in this order: the requested unit day by day ({@code days}), its communes worst
 * first ({@code communes}), time to acknowledge and to resolve by escalation level ({@code acknowledge}), and the
 * outcomes of resolved alerts ({@code outcomes}). Values are the report's own, unrounded (rates as ratios, times
 * in whole minutes); formatting is each export's business.
 */
public final class ReportTables {
  /** People behind by 2+ missed slots at the end of the day (of the period's last day, in the commune table). */
  private static final String BEHIND_VI = "Người bỏ lỡ từ 2 lượt liên tiếp";
  private static final String BEHIND_EN = "People with 2+ missed in a row";

  private ReportTables() {}

  /**
   * The four tables every export writes, in order: by day, by commune, time to acknowledge, outcomes.
   *
   * @param report the report
   * @return the tables
   */
  public static List<ReportTable> of(Report report) {
    return List.of(days(report), communes(report), acknowledge(report), outcomes(report));
  }

  /**
   * The requested unit's figures day by day.
   *
   * @param report the report
   * @return the table
   */
  public static ReportTable days(Report report) {
    List<ReportTable.Column> columns = List.of(
        column("Ngày", "Day", Kind.DATE),
        column("Ca mới", "New cases", Kind.COUNT),
        column("Đang theo dõi (cuối ngày)", "Active at end of day", Kind.COUNT),
        column("Khai báo nhận được", "Declarations received", Kind.COUNT),
        column("Lượt khai báo dự kiến", "Slots expected", Kind.COUNT),
        column("Đúng hạn", "On time", Kind.COUNT),
        column("Trễ", "Late", Kind.COUNT),
        column("Bỏ lỡ", "Missed", Kind.COUNT),
        column("Tỷ lệ tuân thủ", "Compliance", Kind.PERCENT),
        column(BEHIND_VI, BEHIND_EN, Kind.COUNT),
        column("Cảnh báo mới", "Alerts opened", Kind.COUNT),
        column("Cấp cứu", "Emergency", Kind.COUNT),
        column("Bất thường", "Abnormal", Kind.COUNT),
        column("Cần theo dõi", "Watch", Kind.COUNT),
        column("Đã tiếp nhận", "Acknowledged", Kind.COUNT),
        column("Đã xử lý", "Resolved", Kind.COUNT),
        column("Chuyển cấp trên", "Escalations", Kind.COUNT));
    List<List<@Nullable Object>> rows = new ArrayList<>();
    for (DayFigures d : report.root().days()) {
      Figures f = d.figures();
      rows.add(row(d.day(), f.cases().registeredTotal(), f.cases().active(), f.declarations().received(),
          f.declarations().expected(), f.declarations().onTime(), f.declarations().late(),
          f.declarations().missed(), f.declarations().complianceRate().orElse(null),
          f.declarations().peopleWithConsecutiveMissed(), f.alerts().openedTotal(),
          f.alerts().openedWith(Severity.EMERGENCY), f.alerts().openedWith(Severity.ABNORMAL),
          f.alerts().openedWith(Severity.WATCH), f.alerts().acknowledgedTotal(), f.alerts().resolvedTotal(),
          escalations(f)));
    }
    return new ReportTable("days", new Text("Theo ngày — " + report.root().name(),
        "By day — " + report.root().name()), columns, rows);
  }

  /**
   * The communes of the report, worst first (see the package documentation for the order).
   *
   * @param report the report
   * @return the table
   */
  public static ReportTable communes(Report report) {
    List<ReportTable.Column> columns = List.of(
        column("Mã xã", "Commune code", Kind.TEXT),
        column("Xã, phường, thị trấn", "Commune", Kind.TEXT),
        column("Quận, huyện", "District", Kind.TEXT),
        column("Đang theo dõi", "Active cases", Kind.COUNT),
        column("Ca mới", "New cases", Kind.COUNT),
        column("Khai báo nhận được", "Declarations received", Kind.COUNT),
        column("Tỷ lệ tuân thủ", "Compliance", Kind.PERCENT),
        column(BEHIND_VI, BEHIND_EN, Kind.COUNT),
        column("Cảnh báo mới", "Alerts opened", Kind.COUNT),
        column("Cấp cứu", "Emergency", Kind.COUNT),
        column("Chuyển cấp trên", "Escalations", Kind.COUNT),
        column("Trung vị tiếp nhận tại xã (phút)", "Median to acknowledge at the commune (min)", Kind.MINUTES),
        column("P90 tiếp nhận tại xã (phút)", "90th percentile to acknowledge at the commune (min)", Kind.MINUTES));
    Map<JurisdictionPath, String> names = new HashMap<>();
    collectNames(report.root(), names);
    List<UnitReport> communes = new ArrayList<>(report.root().communes());
    communes.sort(WORST_FIRST);
    List<List<@Nullable Object>> rows = new ArrayList<>();
    for (UnitReport c : communes) {
      Figures f = c.period();
      Durations atStation = f.alerts().toAcknowledge().getOrDefault(0, Durations.none());
      rows.add(row(c.unit().code(), c.name(), names.getOrDefault(c.unit().parent(), c.unit().parent().code()),
          f.cases().active(), f.cases().registeredTotal(), f.declarations().received(),
          f.declarations().complianceRate().orElse(null), f.declarations().peopleWithConsecutiveMissed(),
          f.alerts().openedTotal(), f.alerts().openedWith(Severity.EMERGENCY), escalations(f),
          minutes(atStation.median()),
          minutes(atStation.p90())));
    }
    return new ReportTable("communes", new Text("Theo xã (kém nhất trước)", "By commune (worst first)"), columns,
        rows);
  }

  /** Lowest compliance first (none after any), then most escalations, most alerts, then code. */
  static final Comparator<UnitReport> WORST_FIRST = Comparator
      .comparing((UnitReport u) -> u.period().declarations().complianceRate().orElse(Double.POSITIVE_INFINITY))
      .thenComparing(u -> -escalations(u.period()))
      .thenComparing(u -> -u.period().alerts().openedTotal())
      .thenComparing(u -> u.unit().code());

  /**
   * The time to acknowledge and to resolve alerts, by the escalation level reached.
   *
   * @param report the report
   * @return the table
   */
  public static ReportTable acknowledge(Report report) {
    List<ReportTable.Column> columns = List.of(
        column("Cấp", "Level", Kind.TEXT),
        column("Số cảnh báo đã tiếp nhận", "Alerts acknowledged", Kind.COUNT),
        column("Trung vị tiếp nhận (phút)", "Median to acknowledge (min)", Kind.MINUTES),
        column("P90 tiếp nhận (phút)", "90th percentile to acknowledge (min)", Kind.MINUTES),
        column("Số cảnh báo đã xử lý", "Alerts resolved", Kind.COUNT),
        column("Trung vị xử lý (phút)", "Median to resolve (min)", Kind.MINUTES),
        column("P90 xử lý (phút)", "90th percentile to resolve (min)", Kind.MINUTES));
    Figures.Alerts alerts = report.root().period().alerts();
    TreeSet<Integer> levels = new TreeSet<>(alerts.toAcknowledge().keySet());
    levels.addAll(alerts.toResolve().keySet());
    List<List<@Nullable Object>> rows = new ArrayList<>();
    for (int level : levels) {
      Durations ack = alerts.toAcknowledge().getOrDefault(level, Durations.none());
      Durations res = alerts.toResolve().getOrDefault(level, Durations.none());
      rows.add(row(levelName(level).vi() + " / " + levelName(level).en(), ack.count(), minutes(ack.median()),
          minutes(ack.p90()), res.count(), minutes(res.median()), minutes(res.p90())));
    }
    return new ReportTable("acknowledge", new Text("Thời gian tiếp nhận và xử lý theo cấp",
        "Time to acknowledge and to resolve by level"), columns, rows);
  }

  /**
   * The resolved alerts by outcome.
   *
   * @param report the report
   * @return the table
   */
  public static ReportTable outcomes(Report report) {
    List<ReportTable.Column> columns = List.of(column("Kết quả", "Outcome", Kind.TEXT),
        column("Số cảnh báo", "Alerts", Kind.COUNT));
    List<List<@Nullable Object>> rows = new ArrayList<>();
    report.root().period().alerts().outcomes().forEach((outcome, n) -> rows.add(row(outcome.name(), n)));
    return new ReportTable("outcomes", new Text("Kết quả xử lý cảnh báo", "Outcomes of resolved alerts"), columns,
        rows);
  }

  /**
   * The escalation level's name: 0 the commune health station, 1 the district, 2 the province.
   *
   * @param level 0, 1, 2 or more
   * @return the name in both languages
   */
  public static Text levelName(int level) {
    return switch (level) {
      case 0 -> new Text("Xã", "Commune");
      case 1 -> new Text("Huyện", "District");
      case 2 -> new Text("Tỉnh", "Province");
      default -> new Text("Cấp " + level, "Level " + level);
    };
  }

  static long escalations(Figures f) {
    return f.alerts().escalatedToLevel().values().stream().mapToLong(Long::longValue).sum();
  }

  static @Nullable Long minutes(Optional<Duration> d) {
    return d.map(Duration::toMinutes).orElse(null);
  }

  private static void collectNames(UnitReport unit, Map<JurisdictionPath, String> names) {
    names.put(unit.unit(), unit.name());
    unit.parts().forEach(p -> collectNames(p, names));
  }

}
