package org.homewatch.core.rules;

import java.util.List;
import java.util.Objects;
import org.homewatch.core.rules.internal.ColumnScreen;
import org.homewatch.model.Finding;
import org.homewatch.model.RuleSetRef;
import org.homewatch.model.Severity;

/**
 * What a rule set's single-declaration rules found in each row of {@link DeclarationColumns}: the row's severity
 * at once, its findings (with their evidence) when asked. Made by {@link JsonRuleSet#screen}; immutable.
 *
 * <p>Only rules that read one declaration are screened: vital thresholds, symptom groups, distance from home,
 * and the risk modifier on top. Trend rules read the case's history, which columns do not carry; a declaration
 * that matters must still be judged with {@link RuleSet#assess} and its history before anyone is alerted.
 */
public final class Screening {
  private final DeclarationColumns columns;
  private final RuleSetRef ref;
  private final ColumnScreen screen;
  private final byte[] severity;
  private final int[] fired;

  Screening(DeclarationColumns columns, RuleSetRef ref, ColumnScreen screen) {
    this.columns = Objects.requireNonNull(columns, "columns");
    this.ref = ref;
    this.screen = screen;
    this.severity = new byte[columns.size()];
    this.fired = new int[Math.multiplyExact(columns.size(), screen.words())];
    screen.screen(columns.columns(), severity, fired);
  }

  /**
   * The rule set, id and version, that screened the rows.
   *
   * @return the id and version
   */
  public RuleSetRef ref() {
    return ref;
  }

  /**
   * How many rows were screened: the columns' size when screened.
   *
   * @return the number of rows
   */
  public int size() {
    return severity.length;
  }

  /**
   * The row's worst finding's severity, after the risk modifier; NORMAL if no rule fired.
   *
   * @param row the row, from 0
   * @return the severity
   * @throws IndexOutOfBoundsException if there is no such row
   */
  public Severity severity(int row) {
    return SEVERITIES[severity[Objects.checkIndex(row, severity.length)]];
  }

  /**
   * The row's findings, the same (ids, severities, evidence, order) as {@link RuleSet#assess} gives that
   * declaration with no history.
   *
   * @param row the row, from 0
   * @return the findings; empty for a normal row
   * @throws IndexOutOfBoundsException if there is no such row
   */
  public List<Finding> findings(int row) {
    Objects.checkIndex(row, severity.length);
    return severity[row] == 0 ? List.of() : screen.findings(columns.columns(), row, fired);
  }

  /**
   * How many rows are of this severity.
   *
   * @param of the severity
   * @return the number of rows
   */
  public int count(Severity of) {
    int n = 0;
    byte wanted = (byte) of.ordinal();
    for (byte s : severity) {
      if (s == wanted) {
        n++;
      }
    }
    return n;
  }

  /**
   * The rows of at least this severity, in row order.
   *
   * @param least the least severity
   * @return the row numbers, ascending
   */
  public int[] rowsAtLeast(Severity least) {
    return java.util.stream.IntStream.range(0, severity.length).filter(i -> severity[i] >= least.ordinal())
        .toArray();
  }

  @Override
  public String toString() {
    return "Screening[" + ref + ", " + size() + " rows, " + count(Severity.EMERGENCY) + " emergency, "
        + count(Severity.ABNORMAL) + " abnormal, " + count(Severity.WATCH) + " watch]";
  }

  private static final Severity[] SEVERITIES = Severity.values();
}
