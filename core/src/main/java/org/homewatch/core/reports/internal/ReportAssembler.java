package org.homewatch.core.reports.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homewatch.core.reports.DayFigures;
import org.homewatch.core.reports.Report;
import org.homewatch.core.reports.ReportRequest;
import org.homewatch.core.reports.ReportService;
import org.homewatch.core.reports.UnitReport;
import org.homewatch.core.reports.UsageReport;
import org.homewatch.model.Jurisdiction;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.ReportCounter;
import org.homewatch.spi.storage.ReportCounterStore;
import org.homewatch.spi.storage.StorageTransaction;

/**
 * Reads a report from the counters: three reads of the counter store (the period's flows per unit, the stocks per
 * unit up to the period, the requested unit's day by day) and one walk of the unit tree, whatever the number of
 * cases. Units below the requested one get the period's figures; the day-by-day series is the requested unit's.
 */
public final class ReportAssembler {
  /** Counters start no earlier than this day: the sum "every day before the period" starts here. */
  static final LocalDate BEGINNING = LocalDate.of(2000, 1, 1);

  private ReportAssembler() {}

  /** A node of the unit tree with its counters (its own unit's and, after {@link #rollUp}, its parts'). */
  private static final class Node {
    final Jurisdiction unit;
    final List<Node> parts = new ArrayList<>();
    final CounterTable flows = new CounterTable();
    final CounterTable stocks = new CounterTable();

    Node(Jurisdiction unit) {
      this.unit = unit;
    }

    void rollUp() {
      for (Node part : parts) {
        part.rollUp();
        flows.addAll(part.flows);
        stocks.addAll(part.stocks);
      }
    }
  }

  public static Report report(StorageTransaction tx, Jurisdiction unit, ReportRequest request, Instant now) {
    ReportCounterStore counters = CountingTransaction.counterStore(tx);
    Map<JurisdictionPath, Node> nodes = new HashMap<>();
    Node root = tree(tx, unit, nodes);
    for (ReportCounter c : counters.sumByUnit(request.unit(), request.firstDay(), request.lastDay(), Set.of())) {
      nodeOf(nodes, root, c.unit()).flows.add(c);
    }
    CounterTable rootStocksBefore = new CounterTable();
    for (ReportCounter c : stocksBefore(counters, request)) {
      nodeOf(nodes, root, c.unit()).stocks.add(c);
      rootStocksBefore.add(c);
    }
    // stocks at the end of the period: before the period plus what moved during it
    for (Node node : nodes.values()) {
      for (String stock : Measures.STOCKS) {
        node.flows.dimensions(stock).forEach((dim, v) -> node.stocks.add(stock, dim, v));
      }
    }
    root.rollUp();
    List<DayFigures> days = days(counters, request, rootStocksBefore);
    return new Report(request, ReportService.ZONE, now, unitReport(root, days));
  }

  private static List<ReportCounter> stocksBefore(ReportCounterStore counters, ReportRequest request) {
    return counters.sumByUnit(request.unit(), BEGINNING, request.firstDay().minusDays(1), Measures.STOCKS);
  }

  private static List<DayFigures> days(ReportCounterStore counters, ReportRequest request, CounterTable before) {
    Map<LocalDate, CounterTable> byDay = new LinkedHashMap<>();
    request.eachDay().forEach(d -> byDay.put(d, new CounterTable()));
    for (ReportCounter c : counters.sumByDay(request.unit(), request.firstDay(), request.lastDay(), Set.of())) {
      CounterTable table = byDay.get(c.day());
      if (table != null) {
        table.add(c);
      }
    }
    List<DayFigures> days = new ArrayList<>();
    CounterTable stocks = new CounterTable();
    stocks.addAll(before);
    for (Map.Entry<LocalDate, CounterTable> day : byDay.entrySet()) {
      for (String stock : Measures.STOCKS) {
        day.getValue().dimensions(stock).forEach((dim, v) -> stocks.add(stock, dim, v));
      }
      CounterTable endOfDay = new CounterTable();
      endOfDay.addAll(stocks);
      days.add(new DayFigures(day.getKey(), FiguresFromCounters.figures(day.getValue(), endOfDay)));
    }
    return days;
  }

  private static UnitReport unitReport(Node node, List<DayFigures> days) {
    List<UnitReport> parts = node.parts.stream().map(p -> unitReport(p, List.of())).toList();
    return new UnitReport(node.unit.path(), node.unit.name(), FiguresFromCounters.figures(node.flows, node.stocks),
        days, parts);
  }

  private static Node tree(StorageTransaction tx, Jurisdiction unit, Map<JurisdictionPath, Node> nodes) {
    Node node = new Node(unit);
    nodes.put(unit.path(), node);
    if (unit.level() == org.homewatch.model.JurisdictionLevel.COMMUNE) {
      return node; // the bottom of both schemes: no query for the children a commune cannot have
    }
    for (Jurisdiction child : tx.jurisdictions().children(unit.path())) {
      node.parts.add(tree(tx, child, nodes));
    }
    return node;
  }

  /** The node of a counter's unit, or of its nearest known ancestor (a unit not in the table counts above). */
  private static Node nodeOf(Map<JurisdictionPath, Node> nodes, Node root, JurisdictionPath unit) {
    JurisdictionPath at = unit;
    while (true) {
      Node node = nodes.get(at);
      if (node != null) {
        return node;
      }
      if (at.isProvince() || at.depth() <= root.unit.path().depth()) {
        return root;
      }
      at = at.parent();
    }
  }

  /** The usage report: per health station and per day, counts only. */
  public static UsageReport usage(StorageTransaction tx, Jurisdiction unit, ReportRequest request, Instant now) {
    Report report = report(tx, unit, request, now);
    List<UsageReport.Station> stations = report.root().communes().stream()
        .map(c -> new UsageReport.Station(c.unit(), c.name(), c.period().usage().staffAccounts(),
            c.period().usage().staffAccountsActed(), c.period().declarations().received()))
        .toList();
    List<UsageReport.Day> days = report.root().days().stream()
        .map(d -> new UsageReport.Day(d.day(), d.figures().declarations().received(),
            d.figures().usage().staffAccountsActed(), d.figures().usage().notificationsDelivered(),
            d.figures().usage().notificationsFailed()))
        .toList();
    return new UsageReport(request, ReportService.ZONE, now, stations, days);
  }
}
