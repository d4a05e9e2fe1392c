package org.homewatch.storage.jdbc.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homewatch.ValidationException;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;

/**
 * The opaque keyset cursor: the sort key of the last row of a page, as URL-safe Base64 text. Callers treat it as
 * opaque; a cursor that does not decode is a {@link ValidationException} on {@code after}, not a storage error.
 */
public final class Cursor {
  private static final String SEPARATOR = "|";
  private final String[] parts;
  /** The cursor as the caller sent it: a refusal quotes it, never the decoded text (which may hold a NUL). */
  private final String text;

  private Cursor(String[] parts, String text) {
    this.parts = parts;
    this.text = text;
  }

  public static String encode(String... parts) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(String.join(SEPARATOR, parts).getBytes(StandardCharsets.UTF_8));
  }

  /** Decodes a cursor that must have {@code expectedParts} parts. */
  public static Cursor decode(String text, int expectedParts) {
    try {
      String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
      String[] parts = plain.split("\\|", -1);
      if (parts.length != expectedParts) {
        throw bad(text);
      }
      return new Cursor(parts, text);
    } catch (IllegalArgumentException e) {
      throw bad(text);
    }
  }

  public UUID uuid(int index) {
    try {
      return UUID.fromString(parts[index]);
    } catch (IllegalArgumentException e) {
      throw bad(text);
    }
  }

  public Instant instant(int index) {
    try {
      return Instant.parse(parts[index]);
    } catch (RuntimeException e) {
      throw bad(text);
    }
  }

  public int integer(int index) {
    try {
      return Integer.parseInt(parts[index]);
    } catch (NumberFormatException e) {
      throw bad(text);
    }
  }

  private static ValidationException bad(String text) {
    return ValidationException.of("after", "homewatch.validation.cursor",
        "the page cursor '" + text + "' is not one this storage issued");
  }

  /**
   * Cuts the {@code limit + 1} rows a query fetched into a page: if the extra row came back, more follow and the
   * cursor is the key of the last row kept.
   */
  public static <T> Page<T> page(List<T> fetched, PageRequest request, java.util.function.Function<T, String> key) {
    if (fetched.size() <= request.limit()) {
      return new Page<>(fetched, Optional.empty());
    }
    List<T> kept = fetched.subList(0, request.limit());
    return new Page<>(kept, Optional.of(key.apply(kept.get(kept.size() - 1))));
  }
}
