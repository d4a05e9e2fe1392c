package org.homewatch.core.reports.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.homewatch.core.reports.Figures;
import org.homewatch.core.reports.Report;
import org.jspecify.annotations.Nullable;

/**
 * Writes a report as one self-contained HTML page: the key figures, three inline SVG charts (daily compliance,
 * alerts by severity per day, time to acknowledge by level) and the tables of {@link ReportTables}, the communes
 * worst first. Styles are inline; there is no script, no web font and no link to anything, so the page opens the
 * same offline, from an e-mail, or printed.
 */
public final class HtmlExport {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private HtmlExport() {}

  /**
   * Writes the page to {@code folder/<prefix>.html} (the folder created if missing) and returns the file.
   *
   * @param report the report to write
   * @param folder the folder to write into, created if missing
   * @param prefix the file's name without its extension
   * @param language the language of the page
   * @return the written file
   * @throws ExportException naming the folder if it cannot be created or written
   */
  public static Path write(Report report, Path folder, String prefix, ExportLanguage language) {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(prefix, "prefix");
    String page = render(report, language);
    try {
      Files.createDirectories(folder);
      Path file = folder.resolve(prefix + ".html");
      Files.writeString(file, page, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new ExportException(folder, e);
    }
  }

  /**
   * The page as text.
   *
   * @param report the report
   * @param language the language of the page
   * @return the HTML page, self-contained (inline SVG, no external resource)
   */
  public static String render(Report report, ExportLanguage language) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(language, "language");
    boolean en = language == ExportLanguage.ENGLISH;
    String title = (en ? "Home monitoring report — " : "Báo cáo theo dõi cách ly tại nhà — ") + report.root().name();
    StringBuilder html = new StringBuilder(64 * 1024);
    html.append("<!DOCTYPE html>\n<html lang=\"").append(en ? "en" : "vi").append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n<title>").append(SvgCharts.escape(title)).append("</title>\n")
        .append("<style>body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;"
            + "margin:1em 0}th,td{border:1px solid #bbb;padding:3px 8px;font-size:13px}td.n{text-align:right}"
            + "th{background:#eef}section{margin-bottom:2em}.figures td{font-size:15px}</style>\n")
        .append("</head>\n<body>\n<h1>").append(SvgCharts.escape(title)).append("</h1>\n<p>")
        .append(en ? "Period " : "Kỳ báo cáo ").append(report.request().firstDay()).append(en ? " to " : " đến ")
        .append(report.request().lastDay()).append(en ? "; local days in " : "; ngày theo giờ ")
        .append(report.zone()).append(en ? "; generated " : "; lập lúc ")
        .append(WHEN.format(report.generatedAt().atZone(report.zone()))).append(".</p>\n");
    keyFigures(html, report.root().period(), en);
    html.append("<section>\n").append(SvgCharts.dailyCompliance(report, language)).append("\n</section>\n");
    html.append("<section>\n").append(SvgCharts.alertsBySeverity(report, language)).append("\n</section>\n");
    html.append("<section>\n").append(SvgCharts.timeToAcknowledge(report, language)).append("\n</section>\n");
    List<ReportTable> tables = ReportTables.of(report);
    // The communes worst first come before the day-by-day table: it is what an official acts on.
    table(html, tables.get(1), language);
    table(html, tables.get(0), language);
    table(html, tables.get(2), language);
    table(html, tables.get(3), language);
    return html.append("</body>\n</html>\n").toString();
  }

  private static void keyFigures(StringBuilder html, Figures f, boolean en) {
    html.append("<table class=\"figures\" id=\"key-figures\">\n");
    figure(html, "registered", en ? "New cases" : "Ca mới", f.cases().registeredTotal());
    figure(html, "active", en ? "Active at the end" : "Đang theo dõi cuối kỳ", f.cases().active());
    figure(html, "declarations", en ? "Declarations received" : "Khai báo nhận được", f.declarations().received());
    figure(html, "alerts", en ? "Alerts opened" : "Cảnh báo mới", f.alerts().openedTotal());
    figure(html, "escalations", en ? "Escalations" : "Chuyển cấp trên", ReportTables.escalations(f));
    html.append("</table>\n");
  }

  private static void figure(StringBuilder html, String key, String label, long value) {
    html.append("<tr><th>").append(SvgCharts.escape(label)).append("</th><td class=\"n\" data-figure=\"")
        .append(key).append("\">").append(value).append("</td></tr>\n");
  }

  private static void table(StringBuilder html, ReportTable table, ExportLanguage language) {
    html.append("<section>\n<h2>").append(SvgCharts.escape(table.title().in(language))).append("</h2>\n")
        .append("<table id=\"table-").append(table.key()).append("\">\n<thead><tr>");
    for (ReportTable.Column c : table.columns()) {
      html.append("<th>").append(SvgCharts.escape(c.header().in(language))).append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
    for (List<@Nullable Object> row : table.rows()) {
      html.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        ReportTable.Kind kind = table.columns().get(i).kind();
        boolean number = kind != ReportTable.Kind.TEXT && kind != ReportTable.Kind.DATE;
        html.append(number ? "<td class=\"n\">" : "<td>")
            .append(SvgCharts.escape(CsvExport.format(row.get(i), kind)))
            .append(kind == ReportTable.Kind.PERCENT && row.get(i) != null ? " %" : "").append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</tbody>\n</table>\n</section>\n");
  }
}
