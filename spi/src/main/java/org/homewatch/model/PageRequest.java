package org.homewatch.model;

import java.util.Optional;

/**
 * One page of a keyset-paged list: up to {@code limit} items after the {@code after} cursor of the previous page.
 * Keyset paging (never OFFSET) keeps page 1,000 as fast as page 1 and stable while rows are added.
 *
 * @param limit how many items at most, 1 to {@value #MAX_LIMIT}
 * @param after the opaque cursor of the previous page's {@link Page#next()}, or empty for the first page
 */
public record PageRequest(Optional<String> after, int limit) {
  /** The most items one page may hold. */
  public static final int MAX_LIMIT = 1000;

  /**
   * Refuses a limit outside 1 to {@value #MAX_LIMIT}.
   *
   * @param after the opaque cursor of the previous page's {@link Page#next()}, or empty for the first page
   * @param limit how many items at most, 1 to {@value #MAX_LIMIT}
   * @throws org.homewatch.ValidationException if the limit is out of range
   */
  public PageRequest {
    Checks.required(after, "after");
    new Checks()
        .require(limit >= 1 && limit <= MAX_LIMIT, "limit", "homewatch.validation.limit",
            "a page holds 1 to " + MAX_LIMIT + " items, was " + limit)
        .throwIfAny();
  }

  /**
   * The first page.
   *
   * @param limit how many items at most, 1 to {@value #MAX_LIMIT}
   * @return the request
   */
  public static PageRequest first(int limit) {
    return new PageRequest(Optional.empty(), limit);
  }

  /**
   * The page after {@code page}, with the same limit.
   *
   * @param page the page just read
   * @return the request
   */
  public PageRequest next(Page<?> page) {
    return new PageRequest(page.next(), limit);
  }
}
