package org.homewatch.core.reports.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.homewatch.core.reports.Report;
import org.jspecify.annotations.Nullable;

/**
 * Writes a report as CSV files, one per table of {@link ReportTables} ({@code <prefix>-days.csv},
 * {@code <prefix>-communes.csv}, ...). UTF-8 with a byte-order mark: without it Excel reads the file as the
 * system's ANSI code page and shows "Xã" as "XÃ£". Comma-separated (RFC 4180: fields with a comma, a quote or a
 * line break are quoted, quotes doubled), CRLF line ends, dates ISO ({@code 2021-08-16}), rates as percentages
 * with one decimal and a point ({@code 97.5}), times in whole minutes, an empty field where there is no value.
 */
public final class CsvExport {
  /** The byte-order mark that makes Excel read UTF-8. */
  public static final char BOM = '\uFEFF';

  private CsvExport() {}

  /**
   * Writes the tables into {@code folder} (created if missing) and returns the files written, in table order.
   *
   * @param report the report to write
   * @param folder the folder to write into, created if missing
   * @param prefix the start of each file's name, e.g. {@code bao-cao-2021-08}
   * @param language the language of the headers
   * @return the written files
   * @throws ExportException naming the folder if it cannot be created or written
   */
  public static List<Path> write(Report report, Path folder, String prefix, ExportLanguage language) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(language, "language");
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(folder);
      for (ReportTable table : ReportTables.of(report)) {
        Path file = folder.resolve(prefix + "-" + table.key() + ".csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
          write(table, out, language);
        }
        written.add(file);
      }
    } catch (IOException e) {
      throw new ExportException(folder, e);
    }
    return written;
  }

  /**
   * Writes one table, byte-order mark first.
   *
   * @param table the table
   * @param out where to write it; not closed
   * @param language the language of the headers
   * @throws java.io.IOException if writing fails
   */
  public static void write(ReportTable table, Writer out, ExportLanguage language) throws IOException {
    out.write(BOM);
    List<String> headers = table.columns().stream().map(c -> c.header().in(language)).toList();
    line(out, headers);
    for (List<@Nullable Object> row : table.rows()) {
      List<String> cells = new ArrayList<>(row.size());
      for (int i = 0; i < row.size(); i++) {
        cells.add(format(row.get(i), table.columns().get(i).kind()));
      }
      line(out, cells);
    }
  }

  static String format(@Nullable Object value, ReportTable.Kind kind) {
    if (value == null) {
      return "";
    }
    return switch (kind) {
      case PERCENT -> String.format(Locale.ROOT, "%.1f", ((Double) value) * 100);
      case DATE -> ((LocalDate) value).toString();
      default -> value.toString();
    };
  }

  private static void line(Writer out, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(quote(cells.get(i)));
    }
    out.write("\r\n");
  }

  private static String quote(String cell) {
    if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }
}
