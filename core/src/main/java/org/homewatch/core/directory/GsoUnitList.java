package org.homewatch.core.directory;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homewatch.ValidationException;
import org.homewatch.model.Jurisdiction;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.JurisdictionScheme;

/**
 * Reads the administrative units of one scheme from GSO's published list (the export of
 * danhmuchanhchinh.gso.gov.vn, "Danh mục đơn vị hành chính"), as CSV or as JSON, into units ready for
 * {@link JurisdictionService#importUnits}: provinces first, then districts, then communes.
 *
 * <p><b>Columns</b> (named as GSO's export names them, in any order; a header row is required, extra columns are
 * ignored):
 * <table>
 *   <caption>GSO list columns</caption>
 *   <tr><th>column</th><th>meaning</th><th>required</th></tr>
 *   <tr><td>{@code Tỉnh Thành Phố}</td><td>province name, e.g. {@code Tỉnh Gia Lai}</td><td>yes</td></tr>
 *   <tr><td>{@code Mã TP}</td><td>province code, e.g. {@code 64}</td><td>yes</td></tr>
 *   <tr><td>{@code Quận Huyện}</td><td>district name (2021 scheme only)</td><td>GSO_2021</td></tr>
 *   <tr><td>{@code Mã QH}</td><td>district code, e.g. {@code 622}; empty or absent in the 2025 scheme</td>
 *       <td>GSO_2021</td></tr>
 *   <tr><td>{@code Phường Xã}</td><td>commune name, e.g. {@code Phường Hoa Lư}</td><td>yes</td></tr>
 *   <tr><td>{@code Mã PX}</td><td>commune code, e.g. {@code 23539}</td><td>yes</td></tr>
 *   <tr><td>{@code Cấp}</td><td>commune kind (Phường, Xã, Thị trấn, Đặc khu): not stored</td><td>no</td></tr>
 *   <tr><td>{@code Tên Tiếng Anh}</td><td>English name: not stored</td><td>no</td></tr>
 * </table>
 * One row per commune, its province and district repeated on every row. A row whose {@code Mã PX} is empty is a
 * unit without communes (the island districts of the 2021 scheme): it stores the district (or province) alone.
 * CSV is RFC 4180 (comma-separated, double quotes around a field that holds a comma, quote or line break), UTF-8;
 * a byte-order mark is skipped. JSON is an array with one object per row, the column names as keys.
 *
 * <p>Malformed input is refused whole with a {@link ValidationException} whose violations name the line (and the
 * column): a missing column, a bad code, a code given two different names, a commune listed twice, a district
 * code in the 2025 scheme. Nothing is half-read.
 */
public final class GsoUnitList {
  /** The column of the province's name. */
  public static final String PROVINCE_NAME = "Tỉnh Thành Phố";
  /** The column of the province's code. */
  public static final String PROVINCE_CODE = "Mã TP";
  /** The column of the district's name (2021 scheme). */
  public static final String DISTRICT_NAME = "Quận Huyện";
  /** The column of the district's code (2021 scheme). */
  public static final String DISTRICT_CODE = "Mã QH";
  /** The column of the commune's name. */
  public static final String COMMUNE_NAME = "Phường Xã";
  /** The column of the commune's code. */
  public static final String COMMUNE_CODE = "Mã PX";
  /** At most this many violations are reported (a wrong file would otherwise list 10,000 of them). */
  private static final int MAX_VIOLATIONS = 50;

  private final JurisdictionScheme scheme;
  private final Map<JurisdictionPath, Jurisdiction> provinces = new LinkedHashMap<>();
  private final Map<JurisdictionPath, Jurisdiction> districts = new LinkedHashMap<>();
  private final Map<JurisdictionPath, Jurisdiction> communes = new LinkedHashMap<>();
  private final Map<JurisdictionPath, Integer> firstLine = new HashMap<>();
  private final List<ValidationException.Violation> problems = new ArrayList<>();

  private GsoUnitList(JurisdictionScheme scheme) {
    this.scheme = scheme;
  }

  /**
   * Reads GSO's list as CSV (see the class documentation for the columns). Does not close {@code csv}.
   *
   * @param csv the list, with its header row
   * @param scheme the scheme the list's codes belong to (the list does not say)
   * @return the units, provinces first, then districts, then communes, each in the list's order
   * @throws ValidationException naming every bad line (up to 50), if any
   */
  public static List<Jurisdiction> readCsv(Reader csv, JurisdictionScheme scheme) {
    GsoUnitList list = new GsoUnitList(required(scheme));
    List<Csv.Record> rows = Csv.parse(new java.io.BufferedReader(csv), list.problems);
    if (rows.isEmpty()) {
      list.problem(1, "header", "the list is empty; the first line names the columns");
    } else {
      List<String> header = new ArrayList<>(rows.get(0).fields());
      header.set(0, header.get(0).replace("\uFEFF", ""));
      list.requireColumns(header);
      if (!list.problems.isEmpty()) {
        return list.result(); // a missing column would otherwise be reported once per row
      }
      for (int i = 1; i < rows.size() && list.problems.size() < MAX_VIOLATIONS; i++) {
        List<String> row = rows.get(i).fields();
        int line = rows.get(i).line();
        if (row.size() == 1 && row.get(0).isBlank()) {
          continue;
        }
        if (row.size() != header.size()) {
          list.problem(line, "row", "has " + row.size() + " fields, the header " + header.size());
          continue;
        }
        Map<String, String> fields = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
          fields.put(header.get(c).strip(), row.get(c));
        }
        list.row(line, fields);
      }
    }
    return list.result();
  }

  /**
   * Reads GSO's list as JSON: an array of objects keyed by the column names. Does not close {@code json}.
   *
   * @param json the list
   * @param scheme the scheme the list's codes belong to
   * @return the units, provinces first, then districts, then communes
   * @throws ValidationException naming every bad line (up to 50), if any
   */
  public static List<Jurisdiction> readJson(Reader json, JurisdictionScheme scheme) {
    GsoUnitList list = new GsoUnitList(required(scheme));
    try (JsonParser parser = new JsonFactory().disable(JsonParser.Feature.AUTO_CLOSE_SOURCE).createParser(json)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        list.problem(line(parser), "json", "the list must be a JSON array of objects, one per row");
        return list.result();
      }
      java.util.Set<String> columns = new java.util.HashSet<>();
      JsonToken token;
      while ((token = parser.nextToken()) != JsonToken.END_ARRAY && list.problems.size() < MAX_VIOLATIONS) {
        int line = line(parser);
        if (token != JsonToken.START_OBJECT) {
          list.problem(line, "json", "each row must be a JSON object, was " + token);
          parser.skipChildren();
          continue;
        }
        Map<String, String> fields = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          JsonToken value = parser.nextToken();
          if (value == JsonToken.VALUE_STRING) {
            fields.put(name, parser.getText());
          } else if (value != JsonToken.VALUE_NULL) {
            // A number is refused rather than printed back: 01 read as a number would become the code "1".
            list.problem(line(parser), name, "must be a string (a code keeps its leading zeros: \"01\"), was "
                + value);
            parser.skipChildren();
          }
        }
        columns.addAll(fields.keySet());
        list.row(line, fields);
      }
      if (list.problems.isEmpty()) {
        list.requireColumns(List.copyOf(columns));
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      list.problem(e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "json",
          "is not well-formed JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return list.result();
  }

  private static JurisdictionScheme required(JurisdictionScheme scheme) {
    return org.homewatch.core.internal.Arguments.required(scheme, "scheme");
  }

  private static int line(JsonParser parser) {
    return parser.currentTokenLocation().getLineNr();
  }

  private void requireColumns(List<String> present) {
    List<String> needed = new ArrayList<>(List.of(PROVINCE_NAME, PROVINCE_CODE, COMMUNE_NAME, COMMUNE_CODE));
    if (scheme == JurisdictionScheme.GSO_2021) {
      needed.addAll(List.of(DISTRICT_NAME, DISTRICT_CODE));
    }
    List<String> stripped = present.stream().map(String::strip).toList();
    for (String column : needed) {
      if (!stripped.contains(column)) {
        problem(1, column, "the column '" + column + "' is missing (columns found: " + present + ")");
      }
    }
  }

  private void row(int line, Map<String, String> fields) {
    String provinceCode = field(fields, PROVINCE_CODE);
    String districtCode = field(fields, DISTRICT_CODE);
    String communeCode = field(fields, COMMUNE_CODE);
    if (provinceCode.isEmpty()) {
      problem(line, PROVINCE_CODE, "is empty");
      return;
    }
    JurisdictionPath province = path(line, PROVINCE_CODE, JurisdictionPath.of(scheme), provinceCode);
    if (province == null || !unit(line, provinces, province, field(fields, PROVINCE_NAME), PROVINCE_NAME)) {
      return;
    }
    JurisdictionPath above = province;
    if (scheme == JurisdictionScheme.GSO_2021) {
      if (districtCode.isEmpty()) {
        problem(line, DISTRICT_CODE, "is empty; every unit of the 2021 scheme lies in a district");
        return;
      }
      above = path(line, DISTRICT_CODE, province, districtCode);
      if (above == null || !unit(line, districts, above, field(fields, DISTRICT_NAME), DISTRICT_NAME)) {
        return;
      }
    } else if (!districtCode.isEmpty()) {
      problem(line, DISTRICT_CODE, "is '" + districtCode + "', but the 2025 scheme has no districts");
      return;
    }
    if (communeCode.isEmpty()) {
      return; // a unit without communes (an island district): stored above, nothing more on this row
    }
    JurisdictionPath commune = path(line, COMMUNE_CODE, above, communeCode);
    if (commune != null) {
      if (communes.containsKey(commune)) {
        problem(line, COMMUNE_CODE, "the commune " + commune + " is listed twice (first on line "
            + firstLine.get(commune) + ")");
        return;
      }
      unit(line, communes, commune, field(fields, COMMUNE_NAME), COMMUNE_NAME);
    }
  }

  /** Records a unit the first time its code appears; later rows must give it the same name. */
  private boolean unit(int line, Map<JurisdictionPath, Jurisdiction> into, JurisdictionPath path, String name,
      String column) {
    Jurisdiction known = into.get(path);
    if (known != null) {
      if (!known.name().equals(java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC))) {
        problem(line, column, "names " + path + " '" + name + "', but line " + firstLine.get(path) + " named it '"
            + known.name() + "'");
        return false;
      }
      return true;
    }
    try {
      into.put(path, new Jurisdiction(path, name));
      firstLine.put(path, line);
      return true;
    } catch (ValidationException e) {
      problem(line, column, e.violations().get(0).defaultMessage());
      return false;
    }
  }

  private JurisdictionPath path(int line, String column, JurisdictionPath above, String code) {
    try {
      return above.child(code);
    } catch (ValidationException e) {
      problem(line, column, "'" + code + "' is not a code: " + e.violations().get(0).defaultMessage());
      return null;
    }
  }

  private static String field(Map<String, String> fields, String column) {
    String value = fields.get(column);
    return value == null ? "" : value.strip();
  }

  private void problem(int line, String column, String message) {
    if (problems.size() < MAX_VIOLATIONS) {
      problems.add(new ValidationException.Violation("line " + line + " (" + column + ")",
          "homewatch.validation.units.line", "line " + line + ", " + column + ": " + message));
    }
  }

  private List<Jurisdiction> result() {
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    List<Jurisdiction> all = new ArrayList<>(provinces.values());
    all.addAll(districts.values());
    all.addAll(communes.values());
    return List.copyOf(all);
  }

  /** RFC 4180 records, each with the line it starts on (a quoted field may span lines). */
  static final class Csv {
    private Csv() {}

    record Record(int line, List<String> fields) {}

    static List<Record> parse(java.io.BufferedReader in, List<ValidationException.Violation> problems) {
      List<Record> rows = new ArrayList<>();
      List<String> row = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      boolean any = false;
      int line = 1;
      int start = 1;
      try {
        int c;
        while ((c = in.read()) != -1) {
          any = true;
          if (quoted) {
            if (c == '"') {
              in.mark(1);
              int next = in.read();
              if (next == '"') {
                field.append('"');
              } else {
                quoted = false;
                if (next != -1) {
                  in.reset();
                }
              }
            } else {
              if (c == '\n') {
                line++;
              }
              field.append((char) c);
            }
          } else if (c == '"' && field.length() == 0) {
            quoted = true;
          } else if (c == ',') {
            row.add(field.toString());
            field.setLength(0);
          } else if (c == '\n') {
            row.add(field.toString());
            field.setLength(0);
            rows.add(new Record(start, row));
            row = new ArrayList<>();
            line++;
            start = line;
          } else if (c != '\r') {
            field.append((char) c);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (quoted) {
        problems.add(new ValidationException.Violation("line " + line, "homewatch.validation.units.line",
            "line " + line + ": a quoted field is not closed"));
      }
      if (field.length() > 0 || !row.isEmpty()) {
        row.add(field.toString());
        rows.add(new Record(start, row));
      }
      return any ? rows : List.of();
    }
  }
}
