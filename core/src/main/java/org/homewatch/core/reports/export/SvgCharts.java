package org.homewatch.core.reports.export;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.homewatch.core.reports.DayFigures;
import org.homewatch.core.reports.Durations;
import org.homewatch.core.reports.Report;
import org.homewatch.model.Severity;

/**
 * The three charts of the HTML page as inline SVG, each a well-formed XML document of its own (the SVG namespace,
 * escaped texts), so a browser draws it with no script and a test reads it with an XML parser. Every bar carries
 * its figure in {@code data-value} (and its day, severity or level), and a {@code <title>} a browser shows on
 * hover.
 */
final class SvgCharts {
  static final String SVG_NS = "http://www.w3.org/2000/svg";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");
  private static final int HEIGHT = 220;
  private static final int TOP = 20;
  private static final int BOTTOM = 40;
  private static final int LEFT = 50;
  /** Colours of the severities (emergency red, abnormal orange, watch yellow), drawn bottom to top in this order. */
  static final Map<Severity, String> COLOURS = Map.of(Severity.EMERGENCY, "#c0392b", Severity.ABNORMAL, "#e67e22",
      Severity.WATCH, "#f1c40f");
  static final List<Severity> STACK = List.of(Severity.EMERGENCY, Severity.ABNORMAL, Severity.WATCH);

  private SvgCharts() {}

  /** Compliance per day, in percent (0–100); a day with nothing expected has no bar and says so. */
  static String dailyCompliance(Report report, ExportLanguage language) {
    List<DayFigures> days = report.root().days();
    int width = LEFT + 30 * days.size() + 20;
    StringBuilder svg = open(width, "compliance", language == ExportLanguage.ENGLISH ? "Daily compliance (%)"
        : "Tỷ lệ khai báo đúng lịch theo ngày (%)");
    axis(svg, width, 100, "%");
    for (int i = 0; i < days.size(); i++) {
      DayFigures d = days.get(i);
      int x = LEFT + 30 * i + 5;
      Optional<Double> rate = d.figures().declarations().complianceRate();
      if (rate.isPresent()) {
        double percent = rate.get() * 100;
        double h = plotHeight() * percent / 100;
        svg.append(String.format(Locale.ROOT, "<rect class=\"bar\" data-day=\"%s\" data-value=\"%.1f\" x=\"%d\" "
            + "y=\"%.1f\" width=\"20\" height=\"%.1f\" fill=\"#2e86c1\"><title>%s: %.1f %%</title></rect>",
            d.day(), percent, x, TOP + plotHeight() - h, h, d.day(), percent));
      } else {
        svg.append(String.format(Locale.ROOT, "<text class=\"none\" data-day=\"%s\" x=\"%d\" y=\"%d\" "
            + "font-size=\"10\">—</text>", d.day(), x + 6, TOP + plotHeight() - 4));
      }
      label(svg, x + 10, DAY.format(d.day()));
    }
    return svg.append("</svg>").toString();
  }

  /** Alerts opened per day, stacked by the severity they opened with. */
  static String alertsBySeverity(Report report, ExportLanguage language) {
    List<DayFigures> days = report.root().days();
    long max = 1;
    for (DayFigures d : days) {
      long total = STACK.stream().mapToLong(s -> d.figures().alerts().openedWith(s)).sum();
      max = Math.max(max, total);
    }
    int width = LEFT + 30 * days.size() + 120;
    StringBuilder svg = open(width, "alerts", language == ExportLanguage.ENGLISH
        ? "Alerts opened per day, by severity" : "Cảnh báo mới theo ngày, theo mức độ");
    axis(svg, width - 100, max, "");
    for (int i = 0; i < days.size(); i++) {
      DayFigures d = days.get(i);
      int x = LEFT + 30 * i + 5;
      double base = TOP + plotHeight();
      for (Severity s : STACK) {
        long n = d.figures().alerts().openedWith(s);
        double h = plotHeight() * (double) n / max;
        base -= h;
        svg.append(String.format(Locale.ROOT, "<rect class=\"bar\" data-day=\"%s\" data-severity=\"%s\" "
            + "data-value=\"%d\" x=\"%d\" y=\"%.1f\" width=\"20\" height=\"%.1f\" fill=\"%s\"><title>%s %s: %d"
            + "</title></rect>", d.day(), s, n, x, base, h, COLOURS.get(s), d.day(), s, n));
      }
      label(svg, x + 10, DAY.format(d.day()));
    }
    int lx = width - 95;
    for (int i = 0; i < STACK.size(); i++) {
      Severity s = STACK.get(i);
      svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>"
          + "<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>", lx, TOP + 16 * i, COLOURS.get(s), lx + 14,
          TOP + 16 * i + 9, escape(severityName(s, language))));
    }
    return svg.append("</svg>").toString();
  }

  /** Median and 90th percentile of the time to acknowledge, in minutes, by escalation level. */
  static String timeToAcknowledge(Report report, ExportLanguage language) {
    Map<Integer, Durations> byLevel = report.root().period().alerts().toAcknowledge();
    long max = 1;
    for (Durations d : byLevel.values()) {
      max = Math.max(max, d.p90().map(Duration::toMinutes).orElse(0L));
      max = Math.max(max, d.median().map(Duration::toMinutes).orElse(0L));
    }
    int width = LEFT + 80 * Math.max(1, byLevel.size()) + 140;
    StringBuilder svg = open(width, "acknowledge", language == ExportLanguage.ENGLISH
        ? "Time to acknowledge by level (minutes): median and 90th percentile"
        : "Thời gian tiếp nhận theo cấp (phút): trung vị và P90");
    axis(svg, width - 120, max, "");
    int i = 0;
    for (Map.Entry<Integer, Durations> e : byLevel.entrySet()) {
      int x = LEFT + 80 * i + 10;
      bar(svg, x, e.getKey(), "median", e.getValue().median(), max, "#5dade2");
      bar(svg, x + 26, e.getKey(), "p90", e.getValue().p90(), max, "#1b4f72");
      label(svg, x + 23, ReportTables.levelName(e.getKey()).in(language));
      i++;
    }
    int lx = width - 115;
    svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"#5dade2\"/>"
        + "<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>", lx, TOP, lx + 14, TOP + 9,
        language == ExportLanguage.ENGLISH ? "median" : "trung vị"));
    svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"#1b4f72\"/>"
        + "<text x=\"%d\" y=\"%d\" font-size=\"11\">P90</text>", lx, TOP + 16, lx + 14, TOP + 25));
    return svg.append("</svg>").toString();
  }

  private static void bar(StringBuilder svg, int x, int level, String measure, Optional<Duration> value, long max,
      String colour) {
    long minutes = value.map(Duration::toMinutes).orElse(0L);
    double h = plotHeight() * (double) minutes / max;
    svg.append(String.format(Locale.ROOT, "<rect class=\"bar\" data-level=\"%d\" data-measure=\"%s\" "
        + "data-value=\"%d\" x=\"%d\" y=\"%.1f\" width=\"24\" height=\"%.1f\" fill=\"%s\"><title>%s: %d min"
        + "</title></rect>", level, measure, minutes, x, TOP + plotHeight() - h, h, colour, measure, minutes));
  }

  static String severityName(Severity s, ExportLanguage language) {
    if (language == ExportLanguage.ENGLISH) {
      return s.name().charAt(0) + s.name().substring(1).toLowerCase(Locale.ROOT);
    }
    return switch (s) {
      case EMERGENCY -> "Cấp cứu";
      case ABNORMAL -> "Bất thường";
      case WATCH -> "Cần theo dõi";
      default -> "Bình thường";
    };
  }

  private static int plotHeight() {
    return HEIGHT - TOP - BOTTOM;
  }

  private static StringBuilder open(int width, String id, String title) {
    StringBuilder svg = new StringBuilder(4096);
    svg.append(String.format(Locale.ROOT, "<svg xmlns=\"%s\" id=\"chart-%s\" width=\"%d\" height=\"%d\" "
        + "viewBox=\"0 0 %d %d\" role=\"img\" font-family=\"sans-serif\"><title>%s</title>", SVG_NS, id, width,
        HEIGHT, width, HEIGHT, escape(title)));
    return svg;
  }

  private static void axis(StringBuilder svg, int width, long max, String unit) {
    int base = TOP + plotHeight();
    svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#555\"/>", LEFT,
        base, width - 10, base));
    svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#555\"/>", LEFT,
        TOP, LEFT, base));
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"end\">%d%s"
        + "</text><text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"end\">0</text>", LEFT - 4, TOP + 4, max,
        unit, LEFT - 4, base));
  }

  private static void label(StringBuilder svg, int x, String text) {
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"9\" text-anchor=\"middle\">%s</text>",
        x, TOP + plotHeight() + 14, escape(text)));
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
