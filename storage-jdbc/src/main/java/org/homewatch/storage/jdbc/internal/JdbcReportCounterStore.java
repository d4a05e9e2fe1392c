package org.homewatch.storage.jdbc.internal;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homewatch.StorageException;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.ReportCounter;
import org.homewatch.spi.storage.ReportCounterStore;

/**
 * Report counters in {@code hw_report_counter}. Adds are merged per key and applied in key order (so two
 * transactions touching the same counters lock them in the same order and cannot deadlock), as one
 * {@code INSERT … SELECT FROM unnest … ON CONFLICT DO UPDATE} on PostgreSQL and one {@code MERGE} per counter on H2.
 */
final class JdbcReportCounterStore implements ReportCounterStore {
  private static final Comparator<ReportCounter> KEY_ORDER = Comparator.comparing((ReportCounter c) -> c.unit().key())
      .thenComparing(ReportCounter::day).thenComparing(ReportCounter::measure).thenComparing(ReportCounter::dimension);
  private final Db db;

  JdbcReportCounterStore(Db db) {
    this.db = db;
  }

  @Override
  public void add(Collection<ReportCounter> increments) {
    Map<List<Object>, ReportCounter> merged = new LinkedHashMap<>();
    for (ReportCounter c : increments) {
      merged.merge(List.of(c.unit().key(), c.day(), c.measure(), c.dimension()), c,
          (a, b) -> a.withValue(a.value() + b.value()));
    }
    List<ReportCounter> rows = new ArrayList<>(merged.values());
    rows.removeIf(c -> c.value() == 0);
    if (rows.isEmpty()) {
      return;
    }
    rows.sort(KEY_ORDER);
    if (db.dialect() == Dialect.POSTGRESQL) {
      Object[][] columns = new Object[5][rows.size()];
      for (int i = 0; i < rows.size(); i++) {
        ReportCounter c = rows.get(i);
        columns[0][i] = c.unit().key();
        columns[1][i] = c.day().toString();
        columns[2][i] = c.measure();
        columns[3][i] = c.dimension();
        columns[4][i] = Long.toString(c.value());
      }
      db.update(Sql.REPORT_COUNTER_ADD, p -> {
        for (Object[] column : columns) {
          p.array("varchar", column);
        }
      });
      return;
    }
    // H2's MERGE is not atomic against a concurrent insert of the same new key: both transactions see no row, and
    // the second insert fails with a unique violation once the first commits. The row exists by then, so the same
    // MERGE, run again, adds to it. One row at a time, so that only the row that lost the race is run again.
    for (ReportCounter c : rows) {
      Db.Binder binder = p -> p.string(c.unit().key()).date(c.day()).string(c.measure()).string(c.dimension())
          .number(c.value());
      try {
        db.update(Sql.REPORT_COUNTER_ADD, binder);
      } catch (StorageException e) {
        if (!(e.getCause() instanceof SQLException sql) || !UNIQUE_VIOLATION.equals(sql.getSQLState())) {
          throw e;
        }
        db.update(Sql.REPORT_COUNTER_ADD, binder);
      }
    }
  }

  private static final String UNIQUE_VIOLATION = "23505";

  @Override
  public List<ReportCounter> sumByUnit(JurisdictionPath scope, LocalDate firstDay, LocalDate lastDay,
      Set<String> measures) {
    Sql sql = measures.isEmpty() ? Sql.REPORT_COUNTER_SUM_BY_UNIT : Sql.REPORT_COUNTER_SUM_BY_UNIT_OF;
    return db.query(sql, p -> bind(p, scope, firstDay, lastDay, measures), r -> new ReportCounter(
        JurisdictionPath.fromKey(r.string("unit_key")), lastDay, r.string("measure"), r.string("dimension"),
        r.number("total")));
  }

  @Override
  public List<ReportCounter> sumByDay(JurisdictionPath scope, LocalDate firstDay, LocalDate lastDay,
      Set<String> measures) {
    Sql sql = measures.isEmpty() ? Sql.REPORT_COUNTER_SUM_BY_DAY : Sql.REPORT_COUNTER_SUM_BY_DAY_OF;
    return db.query(sql, p -> bind(p, scope, firstDay, lastDay, measures), r -> new ReportCounter(scope,
        r.date("local_day"), r.string("measure"), r.string("dimension"), r.number("total")));
  }

  @Override
  public List<ReportCounter> list(JurisdictionPath unit, LocalDate firstDay, LocalDate lastDay) {
    return db.query(Sql.REPORT_COUNTER_LIST, p -> p.string(unit.key()).date(firstDay).date(lastDay),
        r -> new ReportCounter(unit, r.date("local_day"), r.string("measure"), r.string("dimension"), r.number("total")));
  }

  private static void bind(Params p, JurisdictionPath scope, LocalDate firstDay, LocalDate lastDay,
      Set<String> measures) throws SQLException {
    p.string(Scopes.subtree(scope)).date(firstDay).date(lastDay);
    if (!measures.isEmpty()) {
      p.strings(measures);
    }
  }
}
