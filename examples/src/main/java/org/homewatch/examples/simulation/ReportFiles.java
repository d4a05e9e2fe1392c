package org.homewatch.examples.simulation;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.homewatch.core.reports.Report;
import org.homewatch.core.reports.export.CsvExport;
import org.homewatch.core.reports.export.ExportLanguage;
import org.homewatch.core.reports.export.HtmlExport;
import org.homewatch.reports.xlsx.XlsxExport;

/** Writes the province's report as HTML, XLSX and CSV into the output folder, and says where they are. */
final class ReportFiles {
  private ReportFiles() {}

  static List<Path> write(Report report, Path folder, PrintStream out) {
    String prefix = "gia-lai-" + report.request().firstDay() + "-" + report.request().lastDay();
    List<Path> files = new ArrayList<>();
    files.add(HtmlExport.write(report, folder, prefix, ExportLanguage.VIETNAMESE));
    files.add(XlsxExport.write(report, folder, prefix, ExportLanguage.VIETNAMESE));
    files.addAll(CsvExport.write(report, folder, prefix, ExportLanguage.VIETNAMESE));
    out.println();
    out.println("Reports written to " + folder.toAbsolutePath() + ":");
    out.println("  " + files.get(0).getFileName() + "   open in a browser (charts, communes worst first)");
    out.println("  " + files.get(1).getFileName() + "   open in Excel or LibreOffice (one sheet per table)");
    for (Path csv : files.subList(2, files.size())) {
      out.println("  " + csv.getFileName() + "   CSV, UTF-8 with BOM");
    }
    return files;
  }
}
