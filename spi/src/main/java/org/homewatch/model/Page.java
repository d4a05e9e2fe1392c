package org.homewatch.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A page of results and, if more may follow, the cursor to pass for the next page.
 *
 * @param <T> the type of the items
 * @param items the items of this page, in the list's order; at most the request's limit
 * @param next the cursor to ask for the next page with; empty on the last page
 */
public record Page<T>(List<T> items, Optional<String> next) {
  /**
   * Refuses a null cursor; copies the items.
   *
   * @param items the items of this page, in the list's order
   * @param next the cursor to ask for the next page with
   */
  public Page {
    items = List.copyOf(items);
    Objects.requireNonNull(next, "next");
  }

  /**
   * The last page: these items and no cursor.
   *
   * @param <T> the type of the items
   * @param items the items
   * @return the page
   */
  public static <T> Page<T> last(List<T> items) {
    return new Page<>(items, Optional.empty());
  }

  /**
   * Whether a next page may follow (it may turn out empty).
   *
   * @return true if there is a cursor
   */
  public boolean hasNext() {
    return next.isPresent();
  }

  /**
   * This page with each item mapped, and the same cursor.
   *
   * @param <R> the type of the mapped items
   * @param mapper the mapping
   * @return the mapped page
   */
  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), next);
  }
}
