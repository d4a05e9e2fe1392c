package org.homewatch.core.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.homewatch.ValidationException;
import org.homewatch.core.internal.Arguments;
import org.homewatch.model.JurisdictionLevel;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.JurisdictionScheme;

/**
 * Where each unit of an old scheme went in a new one ("new unit ← old units"), for
 * {@link SchemeMigrationService}: e.g. the 2025 commune Xã Chư Sê ({@code GSO_2025:52/23941}) ← the 2021 town
 * Thị trấn Chư Sê and the communes beside it.
 *
 * <p><b>File format</b> (CSV, UTF-8, a header row {@code new,old}): one row per new unit, {@code new} its path and
 * {@code old} the old units that became it, separated by spaces or semicolons, every path in the form
 * {@link JurisdictionPath#parse} reads:
 * <pre>
 * new,old
 * GSO_2025:52,GSO_2021:64
 * GSO_2025:52/23941,GSO_2021:64/633/23941 GSO_2021:64/633/23944
 * GSO_2025:51/22736,GSO_2021:51/536
 * </pre>
 * Rules, each refused with a {@link ValidationException} naming the line: all new paths in one scheme and all old
 * ones in another; a province becomes a province; a unit that holds people (a commune, or a whole district — the
 * island districts became special zones in 2025) becomes a unit that holds people; an old unit is listed once (a
 * commune split between two new ones is mapped to the one that took most of its people; the others are moved case
 * by case with a transfer). A district that became several communes is not mapped itself: its communes are.
 *
 * <p>Lookup: a case's unit (and its home address) takes the row of the unit itself, or else of its district (so a
 * district mapped whole takes its communes with it), never a province's row. An account's scope takes only the
 * row of exactly that unit, so nobody's scope widens in the move; an unmapped account stays and is counted.
 */
public final class SchemeMapping {
  private final JurisdictionScheme from;
  private final JurisdictionScheme to;
  private final Map<JurisdictionPath, JurisdictionPath> newByOld;

  private SchemeMapping(JurisdictionScheme from, JurisdictionScheme to, Map<JurisdictionPath, JurisdictionPath> rows) {
    this.from = from;
    this.to = to;
    this.newByOld = Map.copyOf(rows);
  }

  /**
   * Reads the CSV form (see the class documentation). Does not close {@code csv}.
   *
   * @param csv the mapping, with its {@code new,old} header
   * @return the mapping
   * @throws ValidationException naming every bad line (up to 50), if any
   */
  public static SchemeMapping read(Reader csv) {
    Arguments.required(csv, "csv");
    List<ValidationException.Violation> problems = new ArrayList<>();
    Map<JurisdictionPath, JurisdictionPath> rows = new LinkedHashMap<>();
    Map<JurisdictionPath, Integer> firstLine = new HashMap<>();
    JurisdictionScheme[] schemes = new JurisdictionScheme[2];
    BufferedReader in = new BufferedReader(csv);
    try {
      String header = in.readLine();
      if (header == null || !header.replace("\uFEFF", "").strip().equals("new,old")) {
        problem(problems, 1, "header", "the first line must be 'new,old', was '" + header + "'");
        throw new ValidationException(problems);
      }
      int line = 1;
      String text;
      while ((text = in.readLine()) != null && problems.size() < 50) {
        line++;
        if (text.isBlank()) {
          continue;
        }
        int comma = text.indexOf(',');
        if (comma < 0) {
          problem(problems, line, "row", "must be 'new,old', was '" + text + "'");
          continue;
        }
        JurisdictionPath target = parse(problems, line, "new", text.substring(0, comma).strip());
        if (target == null) {
          continue;
        }
        String olds = text.substring(comma + 1).strip();
        if (olds.isEmpty()) {
          problem(problems, line, "old", "names no old unit for " + target);
        }
        for (String each : olds.split("[\\s;]+")) {
          if (each.isEmpty()) {
            continue;
          }
          JurisdictionPath old = parse(problems, line, "old", each);
          if (old == null) {
            continue;
          }
          String refusal = pairing(schemes, old, target);
          if (refusal != null) {
            problem(problems, line, "old", refusal);
          } else if (rows.containsKey(old)) {
            problem(problems, line, "old", old + " is mapped twice (first on line " + firstLine.get(old) + ")");
          } else {
            rows.put(old, target);
            firstLine.put(old, line);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (rows.isEmpty() && problems.isEmpty()) {
      problem(problems, 2, "row", "the mapping has no rows");
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return new SchemeMapping(schemes[0], schemes[1], rows);
  }

  /**
   * A mapping from rows given in code, with the same rules as {@link #read}.
   *
   * @param newByOld each old unit and the new unit it became
   * @return the mapping
   */
  public static SchemeMapping of(Map<JurisdictionPath, JurisdictionPath> newByOld) {
    StringBuilder csv = new StringBuilder("new,old\n");
    newByOld.forEach((old, target) -> csv.append(target).append(',').append(old).append('\n'));
    return read(new java.io.StringReader(csv.toString()));
  }

  private static String pairing(JurisdictionScheme[] schemes, JurisdictionPath old, JurisdictionPath target) {
    if (schemes[0] == null) {
      schemes[0] = old.scheme();
      schemes[1] = target.scheme();
    }
    if (old.scheme() != schemes[0] || target.scheme() != schemes[1]) {
      return "every old unit must be of " + schemes[0] + " and every new one of " + schemes[1] + ", was " + old
          + " → " + target;
    }
    if (schemes[0] == schemes[1]) {
      return "old and new units are of the same scheme " + schemes[0] + "; a move inside a scheme is a transfer";
    }
    if (old.isNational() || target.isNational()) {
      return "the whole country is not a unit to map";
    }
    boolean provinces = old.level() == JurisdictionLevel.PROVINCE && target.level() == JurisdictionLevel.PROVINCE;
    if (!provinces && !(old.holdsPeople() && target.holdsPeople())) {
      return "a province becomes a province, and a commune or district a commune (or district), was " + old + " ("
          + old.level() + ") → " + target + " (" + target.level() + ")";
    }
    return null;
  }

  private static JurisdictionPath parse(List<ValidationException.Violation> problems, int line, String column,
      String text) {
    try {
      return JurisdictionPath.parse(text);
    } catch (ValidationException e) {
      problem(problems, line, column, e.violations().get(0).defaultMessage());
      return null;
    }
  }

  private static void problem(List<ValidationException.Violation> problems, int line, String column,
      String message) {
    problems.add(new ValidationException.Violation("line " + line + " (" + column + ")",
        "homewatch.validation.mapping.line", "line " + line + ", " + column + ": " + message));
  }

  /**
   * The old scheme, e.g. {@code GSO_2021}.
   *
   * @return the scheme every old unit belongs to
   */
  public JurisdictionScheme from() {
    return from;
  }

  /**
   * The new scheme, e.g. {@code GSO_2025}.
   *
   * @return the scheme every new unit belongs to
   */
  public JurisdictionScheme to() {
    return to;
  }

  /**
   * The old units named.
   *
   * @return them, sorted by {@link JurisdictionPath#key()}
   */
  public Set<JurisdictionPath> oldUnits() {
    Set<JurisdictionPath> sorted = new TreeSet<>(java.util.Comparator.comparing(JurisdictionPath::key));
    sorted.addAll(newByOld.keySet());
    return sorted;
  }

  /**
   * The new units named.
   *
   * @return them, sorted by {@link JurisdictionPath#key()}
   */
  public Set<JurisdictionPath> newUnits() {
    Set<JurisdictionPath> sorted = new TreeSet<>(java.util.Comparator.comparing(JurisdictionPath::key));
    sorted.addAll(newByOld.values());
    return sorted;
  }

  /**
   * Where the people of {@code unit} go: its own row, or else its district's; empty if neither is mapped.
   *
   * @param unit a case's unit or a home commune, of the old scheme
   * @return the new unit
   */
  public Optional<JurisdictionPath> peopleOf(JurisdictionPath unit) {
    JurisdictionPath own = newByOld.get(unit);
    if (own != null) {
      return Optional.of(own);
    }
    if (unit.level() == JurisdictionLevel.COMMUNE && unit.depth() > 2) {
      JurisdictionPath district = newByOld.get(unit.parent());
      if (district != null && unit.parent().level() == JurisdictionLevel.DISTRICT) {
        return Optional.of(district);
      }
    }
    return Optional.empty();
  }

  /**
   * Where an account scoped to exactly {@code scope} goes; empty unless that very unit is mapped.
   *
   * @param scope an account's scope, of the old scheme
   * @return the new scope
   */
  public Optional<JurisdictionPath> scopeOf(JurisdictionPath scope) {
    return Optional.ofNullable(newByOld.get(scope));
  }
}
