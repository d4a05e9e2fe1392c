package org.homewatch.core.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.homewatch.model.CaseQuery;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.Jurisdiction;
import org.homewatch.model.JurisdictionLevel;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.spi.storage.StorageTransaction;

/**
 * Keyset pages of the cases of one status in a scope, commune after commune (in the order of their keys) and by
 * case id inside each: what the background jobs walk. Asking the store for one commune at a time keeps each of
 * its pages a plain index range, where a page over a whole province has to merge every commune's range (in
 * storage-memory that merge was most of a sweep's time). The cursor is the commune's key and the store's cursor
 * inside it.
 *
 * <p>The schedule capability's port for walking cases: the case lifecycle's activation and completion batches use
 * it as the sweep and the reminders do. A static function of the transaction, so there is nothing to wire.
 */
public final class CasesByCommune {
  private static final char SEPARATOR = '|';

  private CasesByCommune() {}

  /**
   * One page of the cases of {@code status} in {@code scope}, commune after commune.
   *
   * @param tx the transaction to read in
   * @param scope the unit whose cases are walked
   * @param status the status wanted
   * @param page where to start (a cursor of an earlier page of this walk) and how many
   * @return the page and the cursor of the next
   */
  public static Page<IsolationCase> page(StorageTransaction tx, JurisdictionPath scope, CaseStatus status,
      PageRequest page) {
    List<JurisdictionPath> communes = communes(tx, scope);
    List<String> keys = communes.stream().map(JurisdictionPath::key).toList();
    int from = 0;
    Optional<String> inner = Optional.empty();
    if (page.after().isPresent()) {
      String cursor = page.after().get();
      int cut = cursor.indexOf(SEPARATOR);
      String unitKey = cut < 0 ? cursor : cursor.substring(0, cut);
      inner = cut < 0 || cut == cursor.length() - 1 ? Optional.empty() : Optional.of(cursor.substring(cut + 1));
      from = communes.size();
      for (int i = 0; i < keys.size(); i++) {
        if (keys.get(i).compareTo(unitKey) >= 0) {
          from = i;
          if (!keys.get(i).equals(unitKey)) {
            inner = Optional.empty();
          }
          break;
        }
      }
    }
    List<IsolationCase> items = new ArrayList<>(page.limit());
    for (int i = from; i < communes.size(); i++) {
      JurisdictionPath commune = communes.get(i);
      Page<IsolationCase> part = tx.cases().list(CaseQuery.in(commune).withStatuses(status),
          new PageRequest(inner, page.limit() - items.size()));
      items.addAll(part.items());
      inner = Optional.empty();
      if (part.next().isPresent()) {
        return new Page<>(items, Optional.of(keys.get(i) + SEPARATOR + part.next().get()));
      }
      if (items.size() == page.limit()) {
        return new Page<>(items, i + 1 < keys.size() ? Optional.of(keys.get(i + 1) + SEPARATOR) : Optional.empty());
      }
    }
    return Page.last(items);
  }

  /** The communes in scope, in key order (the scope itself if it is a commune). */
  static List<JurisdictionPath> communes(StorageTransaction tx, JurisdictionPath scope) {
    List<JurisdictionPath> found = new ArrayList<>();
    collect(tx, scope, found);
    java.util.TreeMap<String, JurisdictionPath> byKey = new java.util.TreeMap<>();
    for (JurisdictionPath p : found) {
      byKey.put(p.key(), p);
    }
    return new ArrayList<>(byKey.values());
  }

  private static void collect(StorageTransaction tx, JurisdictionPath unit, List<JurisdictionPath> out) {
    if (unit.level() == JurisdictionLevel.COMMUNE) {
      out.add(unit);
      return;
    }
    List<Jurisdiction> children = tx.jurisdictions().children(unit);
    if (children.isEmpty() && unit.holdsPeople()) {
      // A district without communes (an island district) holds its cases itself.
      out.add(unit);
    }
    for (Jurisdiction child : children) {
      collect(tx, child.path(), out);
    }
  }
}
