package org.homewatch.core.reports.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One table of a report as every export writes it (a CSV file, an XLSX sheet, an HTML table): a name, typed
 * columns with a Vietnamese and an English header, and rows of values. The CSV, XLSX and HTML exports all read
 * {@link ReportTables}, so the three say the same numbers under the same headers.
 *
 * @param columns the columns, in order
 * @param key a stable ASCII name (file names, sheet order): {@code days}, {@code communes}, {@code acknowledge},
 *     {@code outcomes}
 * @param title the table's title in each language
 * @param rows each row holds one value per column: a {@code String} (TEXT), a {@code LocalDate} (DATE), a
 *     {@code Long} (COUNT, MINUTES), a {@code Double} between 0 and 1 (PERCENT), or {@code null} where there is no
 *     value (a rate with nothing expected, a median with nothing acknowledged)
 */
public record ReportTable(String key, Text title, List<Column> columns, List<List<@Nullable Object>> rows) {

  /**
   * Refuses null components and rows of the wrong length; copies the lists.
   *
   * @param key a stable ASCII name (file names, sheet order): {@code days}, {@code communes}, {@code acknowledge},
   *     {@code outcomes}
   * @param title the table's title in each language
   * @param columns the columns, in order
   * @param rows each row holds one value per column: a {@code String} (TEXT), a {@code LocalDate} (DATE), a {@code
   *     Long} (COUNT, MINUTES), a {@code Double} between 0 and 1 (PERCENT), or {@code null} where there is no value (a
   *     rate with nothing expected, a median with nothing acknowledged)
   * @throws IllegalArgumentException if a row does not have one value per column
   */
  public ReportTable {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(title, "title");
    columns = List.copyOf(columns);
    List<List<@Nullable Object>> copied = new ArrayList<>();
    for (List<@Nullable Object> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException(key + ": a row of " + row.size() + " values for " + columns.size()
            + " columns");
      }
      copied.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
    }
    rows = java.util.Collections.unmodifiableList(copied);
  }

  /**
   * A text in the two languages of the exports.
   *
   * @param vi the Vietnamese text
   * @param en the English text
   */
  public record Text(String vi, String en) {
    /**
     * Refuses null texts.
     *
     * @param vi the Vietnamese text
     * @param en the English text
     */
    public Text {
      Objects.requireNonNull(vi, "vi");
      Objects.requireNonNull(en, "en");
    }

    /**
     * The text in {@code language}.
     *
     * @param language the language
     * @return the text
     */
    public String in(ExportLanguage language) {
      return language == ExportLanguage.ENGLISH ? en : vi;
    }
  }

  /** What a column holds, which decides its number format. */
  public enum Kind {
    /** Text, as given. */
    TEXT,
    /** A local date, written dd/mm/yyyy. */
    DATE,
    /** A whole count. */
    COUNT,
    /** A share between 0 and 1, written as a percentage. */
    PERCENT,
    /** A duration in whole minutes. */
    MINUTES
  }

  /**
   * A column: its header and what it holds.
   *
   * @param header the header in each language
   * @param kind what the column holds
   */
  public record Column(Text header, Kind kind) {
    /**
     * Refuses null components.
     *
     * @param header the header in each language
     * @param kind what the column holds
     */
    public Column {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(kind, "kind");
    }
  }

  static Column column(String vi, String en, Kind kind) {
    return new Column(new Text(vi, en), kind);
  }

  static List<@Nullable Object> row(@Nullable Object... values) {
    return Arrays.asList(values);
  }

  /**
   * The index of the column whose English header is {@code en}.
   *
   * @param en the English header
   * @return the column's index
   * @throws IllegalArgumentException if no column has that header
   */
  public int columnIndex(String en) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).header().en().equals(en)) {
        return i;
      }
    }
    throw new IllegalArgumentException(key + " has no column " + en);
  }
}
