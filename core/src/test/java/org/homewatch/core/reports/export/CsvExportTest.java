package org.homewatch.core.reports.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.homewatch.HomewatchException;
import org.homewatch.core.reports.DayFigures;
import org.homewatch.core.reports.Report;
import org.homewatch.model.Severity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExportTest {
  private final Report report = SampleReports.province();

  /** RFC 4180 records of a file, the byte-order mark removed. */
  static List<List<String>> parse(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8).substring(1);
    List<List<String>> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && text.charAt(i + 1) == '\n') {
        fields.add(field.toString());
        field.setLength(0);
        records.add(fields);
        fields = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    return records;
  }

  @Test
  @DisplayName("each table is a UTF-8 file starting with the byte-order mark Excel needs to show Vietnamese")
  void bomAndUtf8(@TempDir Path dir) throws IOException {
    List<Path> files = CsvExport.write(report, dir, "gia-lai", ExportLanguage.VIETNAMESE);
    assertEquals(List.of("gia-lai-days.csv", "gia-lai-communes.csv", "gia-lai-acknowledge.csv",
        "gia-lai-outcomes.csv"), files.stream().map(f -> f.getFileName().toString()).toList());
    byte[] start = Arrays.copyOf(Files.readAllBytes(files.get(1)), 3);
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, start);
    List<List<String>> communes = parse(files.get(1));
    assertEquals("Xã, phường, thị trấn", communes.get(0).get(1), "a header with a comma is quoted and read back");
    assertEquals("Thị trấn Chư Sê", communes.get(1).get(1));
  }

  @Test
  @DisplayName("the day-by-day file holds the report's figures of each day")
  void daysMatchTheReport(@TempDir Path dir) throws IOException {
    List<List<String>> days = parse(CsvExport.write(report, dir, "r", ExportLanguage.ENGLISH).get(0));
    List<String> header = days.get(0);
    assertEquals("Day", header.get(0));
    for (int i = 0; i < report.root().days().size(); i++) {
      DayFigures d = report.root().days().get(i);
      List<String> row = days.get(i + 1);
      assertEquals(d.day().toString(), row.get(header.indexOf("Day")));
      assertEquals(Long.toString(d.figures().declarations().received()),
          row.get(header.indexOf("Declarations received")));
      assertEquals(Long.toString(d.figures().alerts().openedWith(Severity.EMERGENCY)),
          row.get(header.indexOf("Emergency")));
      assertEquals(Long.toString(d.figures().alerts().openedTotal()), row.get(header.indexOf("Alerts opened")));
      double rate = d.figures().declarations().complianceRate().orElseThrow() * 100;
      assertEquals(rate, Double.parseDouble(row.get(header.indexOf("Compliance"))), 0.05);
      assertEquals(List.of(d.figures().declarations().expected(), d.figures().declarations().onTime(),
          d.figures().declarations().late(), d.figures().declarations().missed(),
          d.figures().declarations().peopleWithConsecutiveMissed()),
          java.util.stream.Stream.of("Slots expected", "On time", "Late", "Missed", "People with 2+ missed in a row")
              .map(h -> Long.valueOf(row.get(header.indexOf(h)))).toList());
    }
    assertTrue(report.root().days().stream().anyMatch(d -> d.figures().declarations().peopleWithConsecutiveMissed()
        > 0), "the sample has people behind");
    assertEquals(3, days.size());
  }

  @Test
  @DisplayName("communes come worst first: lowest compliance, then none expected; no rate is an empty field")
  void communesWorstFirst(@TempDir Path dir) throws IOException {
    List<List<String>> communes = parse(CsvExport.write(report, dir, "r", ExportLanguage.ENGLISH).get(1));
    assertEquals(List.of("23941", "23944", "23945"), communes.subList(1, 4).stream().map(r -> r.get(0)).toList());
    int compliance = communes.get(0).indexOf("Compliance");
    assertEquals("41.7", communes.get(1).get(compliance), "(18 + 7) / 60");
    assertEquals("", communes.get(3).get(compliance));
    assertEquals("2", communes.get(1).get(communes.get(0).indexOf("Escalations")));
    assertEquals("20", communes.get(1).get(communes.get(0).indexOf("Median to acknowledge at the commune (min)")));
  }

  @Test
  @DisplayName("a folder that cannot be written is named in a HomewatchException")
  void unwritableFolder(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
    Path folder = file.resolve("reports");
    ExportException e = assertThrows(ExportException.class,
        () -> CsvExport.write(report, folder, "r", ExportLanguage.VIETNAMESE));
    assertTrue(e.getMessage().contains(folder.toAbsolutePath().toString()), e.getMessage());
    assertEquals(folder, e.folder());
    assertTrue(HomewatchException.class.isInstance(e));
  }
}
