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
   * The longest cursor accepted, in characters. A storage's cursors are shorter (the longest Homewatch's storages
   * issue, an account list's, is under 800); a longer text is no cursor, and refusing it here keeps it out of the
   * storage's refusal message, which quotes the cursor and which portals log.
   */
  public static final int MAX_CURSOR_LENGTH = 1000;

  /**
   * Refuses a limit outside 1 to {@value #MAX_LIMIT}.
   *
   * @param after the opaque cursor of the previous page's {@link Page#next()}, or empty for the first page
   * @param limit how many items at most, 1 to {@value #MAX_LIMIT}
   * @throws org.homewatch.ValidationException if the limit is out of range, or the cursor is longer than
   *     {@value #MAX_CURSOR_LENGTH} characters or holds a control character
   */
  public PageRequest {
    Checks.required(after, "after");
    Checks checks = new Checks()
        .require(limit >= 1 && limit <= MAX_LIMIT, "limit", "homewatch.validation.limit",
            "a page holds 1 to " + MAX_LIMIT + " items, was " + limit);
    // A cursor is opaque but never holds a control character: one quoted in a log line could forge the next line.
    after.ifPresent(cursor -> checks.maxLength("after", cursor, MAX_CURSOR_LENGTH).plainText("after", cursor, false));
    checks.throwIfAny();
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
