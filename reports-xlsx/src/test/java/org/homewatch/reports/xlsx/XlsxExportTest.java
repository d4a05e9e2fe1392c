package org.homewatch.reports.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.homewatch.core.reports.DayFigures;
import org.homewatch.core.reports.Report;
import org.homewatch.core.reports.export.ExportException;
import org.homewatch.core.reports.export.ExportLanguage;
import org.homewatch.model.Severity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxExportTest {
  private final Report report = SampleReport.province();

  private static Workbook open(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      return WorkbookFactory.create(in);
    }
  }

  private static int column(Sheet sheet, String header) {
    for (Cell c : sheet.getRow(0)) {
      if (c.getStringCellValue().equals(header)) {
        return c.getColumnIndex();
      }
    }
    throw new AssertionError("no column " + header);
  }

  @Test
  @DisplayName("one sheet per table, each with its header row frozen, Vietnamese by default")
  void sheets(@TempDir Path dir) throws Exception {
    try (Workbook book = open(XlsxExport.write(report, dir, "gia-lai", ExportLanguage.VIETNAMESE))) {
      assertEquals(List.of("Theo ngày", "Theo xã", "Thời gian tiếp nhận", "Kết quả xử lý"),
          List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3)));
      for (int i = 0; i < 4; i++) {
        var pane = book.getSheetAt(i).getPaneInformation();
        assertTrue(pane != null && pane.isFreezePane() && pane.getHorizontalSplitPosition() == 1,
            book.getSheetName(i));
      }
      assertEquals("Tỷ lệ tuân thủ", book.getSheetAt(1).getRow(0).getCell(6).getStringCellValue());
    }
  }

  @Test
  @DisplayName("numbers are numeric cells with formats, and equal the report's")
  void numbersMatch(@TempDir Path dir) throws Exception {
    try (Workbook book = open(XlsxExport.write(report, dir, "r", ExportLanguage.ENGLISH))) {
      Sheet days = book.getSheet("By day");
      for (int i = 0; i < report.root().days().size(); i++) {
        DayFigures d = report.root().days().get(i);
        Row row = days.getRow(i + 1);
        assertEquals(d.day(), row.getCell(column(days, "Day")).getLocalDateTimeCellValue().toLocalDate());
        assertEquals(d.figures().declarations().received(),
            (long) row.getCell(column(days, "Declarations received")).getNumericCellValue());
        assertEquals(d.figures().alerts().openedWith(Severity.ABNORMAL),
            (long) row.getCell(column(days, "Abnormal")).getNumericCellValue());
        Cell rate = row.getCell(column(days, "Compliance"));
        assertEquals(d.figures().declarations().complianceRate().orElseThrow(), rate.getNumericCellValue(), 1e-9);
        assertEquals("0.0%", rate.getCellStyle().getDataFormatString());
        assertEquals(d.figures().declarations().missed(),
            (long) row.getCell(column(days, "Missed")).getNumericCellValue());
        assertEquals(d.figures().declarations().peopleWithConsecutiveMissed(),
            (long) row.getCell(column(days, "People with 2+ missed in a row")).getNumericCellValue());
      }
      Sheet communes = book.getSheet("By commune");
      assertEquals("23941", communes.getRow(1).getCell(0).getStringCellValue(), "worst first");
      assertNull(communes.getRow(3).getCell(column(communes, "Compliance")), "no rate is an empty cell, not 0");
      assertEquals("#,##0", communes.getRow(1).getCell(column(communes, "Escalations")).getCellStyle()
          .getDataFormatString());
    }
  }

  @Test
  @DisplayName("a folder that cannot be written is named")
  void unwritable(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("f"), "x");
    ExportException e = assertThrows(ExportException.class,
        () -> XlsxExport.write(report, file.resolve("out"), "r", ExportLanguage.ENGLISH));
    assertTrue(e.getMessage().contains(file.resolve("out").toAbsolutePath().toString()));
  }
}
