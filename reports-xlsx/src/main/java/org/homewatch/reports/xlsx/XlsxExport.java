package org.homewatch.reports.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.homewatch.core.reports.Report;
import org.homewatch.core.reports.export.ExportException;
import org.homewatch.core.reports.export.ExportLanguage;
import org.homewatch.core.reports.export.ReportTable;
import org.homewatch.core.reports.export.ReportTables;
import org.jspecify.annotations.Nullable;

/**
 * Writes a report as one Excel workbook: one sheet per table of {@link ReportTables} (the same rows and headers as
 * the CSV and HTML exports), the header row bold and frozen, numbers stored as numbers with a format (counts
 * {@code #,##0}, rates {@code 0.0%}, minutes {@code #,##0}, dates {@code dd/mm/yyyy}) so that an official can sum,
 * sort and chart them, and columns sized to their headers. A missing value (no rate, no median) is an empty cell,
 * never 0. Vietnamese headers by default, English on request.
 */
public final class XlsxExport {
  private XlsxExport() {}

  /**
   * Writes {@code folder/<prefix>.xlsx} (the folder created if missing) and returns the file.
   *
   * @param report the report to write
   * @param folder the folder to write into, created if missing
   * @param prefix the file's name without its extension, e.g. {@code bao-cao-2021-08}
   * @param language the language of the sheet names and headers
   * @return the written file
   * @throws ExportException naming the folder if it cannot be created or written
   */
  public static Path write(Report report, Path folder, String prefix, ExportLanguage language) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(language, "language");
    try {
      Files.createDirectories(folder);
      Path file = folder.resolve(prefix + ".xlsx");
      try (OutputStream out = Files.newOutputStream(file)) {
        write(report, out, language);
      }
      return file;
    } catch (IOException e) {
      throw new ExportException(folder, e);
    }
  }

  /**
   * Writes the workbook to {@code out} (left open).
   *
   * @param report the report to write
   * @param out where to write the workbook; not closed
   * @param language the language of the sheet names and headers
   * @throws java.io.IOException if writing to {@code out} fails
   */
  public static void write(Report report, OutputStream out, ExportLanguage language) throws IOException {
    try (Workbook workbook = new XSSFWorkbook()) {
      Styles styles = new Styles(workbook);
      for (ReportTable table : ReportTables.of(report)) {
        sheet(workbook, styles, table, language);
      }
      workbook.write(out);
    }
  }

  private static void sheet(Workbook workbook, Styles styles, ReportTable table, ExportLanguage language) {
    Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName(table, language)));
    Row header = sheet.createRow(0);
    List<ReportTable.Column> columns = table.columns();
    for (int i = 0; i < columns.size(); i++) {
      Cell cell = header.createCell(i);
      cell.setCellValue(columns.get(i).header().in(language));
      cell.setCellStyle(styles.header);
      // Wide enough for the header (Excel's unit is 1/256 of a character), at least 10 characters.
      sheet.setColumnWidth(i, Math.min(255, Math.max(10, columns.get(i).header().in(language).length() + 2)) * 256);
    }
    sheet.createFreezePane(0, 1);
    int r = 1;
    for (List<@Nullable Object> values : table.rows()) {
      Row row = sheet.createRow(r++);
      for (int i = 0; i < values.size(); i++) {
        Object value = values.get(i);
        if (value == null) {
          continue;
        }
        Cell cell = row.createCell(i);
        switch (columns.get(i).kind()) {
          case DATE -> {
            cell.setCellValue((LocalDate) value);
            cell.setCellStyle(styles.date);
          }
          case PERCENT -> {
            cell.setCellValue((Double) value);
            cell.setCellStyle(styles.percent);
          }
          case COUNT, MINUTES -> {
            cell.setCellValue(((Number) value).doubleValue());
            cell.setCellStyle(styles.count);
          }
          default -> cell.setCellValue(value.toString());
        }
      }
    }
  }

  /** A sheet's name: short (Excel allows 31 characters), from the table's title before any dash. */
  static String sheetName(ReportTable table, ExportLanguage language) {
    return switch (table.key()) {
      case "days" -> language == ExportLanguage.ENGLISH ? "By day" : "Theo ngày";
      case "communes" -> language == ExportLanguage.ENGLISH ? "By commune" : "Theo xã";
      case "acknowledge" -> language == ExportLanguage.ENGLISH ? "Time to acknowledge" : "Thời gian tiếp nhận";
      case "outcomes" -> language == ExportLanguage.ENGLISH ? "Outcomes" : "Kết quả xử lý";
      default -> table.key();
    };
  }

  private static final class Styles {
    final CellStyle header;
    final CellStyle count;
    final CellStyle percent;
    final CellStyle date;

    Styles(Workbook workbook) {
      DataFormat format = workbook.createDataFormat();
      Font bold = workbook.createFont();
      bold.setBold(true);
      header = workbook.createCellStyle();
      header.setFont(bold);
      header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      header.setBorderBottom(BorderStyle.THIN);
      header.setWrapText(true);
      count = workbook.createCellStyle();
      count.setDataFormat(format.getFormat("#,##0"));
      percent = workbook.createCellStyle();
      percent.setDataFormat(format.getFormat("0.0%"));
      date = workbook.createCellStyle();
      date.setDataFormat(format.getFormat("dd/mm/yyyy"));
    }
  }
}
