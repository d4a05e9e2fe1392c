package org.homewatch.storage.memory.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.homewatch.ValidationException;

/** Opaque keyset cursors: the sort key of the last item of a page, as Base64url text. */
final class Cursors {
  private static final char SEPARATOR = '|';

  private Cursors() {}

  static String encode(Object... parts) {
    StringBuilder sb = new StringBuilder();
    for (Object part : parts) {
      if (sb.length() > 0) {
        sb.append(SEPARATOR);
      }
      sb.append(part instanceof Instant instant ? instant.getEpochSecond() + "." + instant.getNano() : part);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The parts of a cursor made by {@link #encode} with {@code count} parts. */
  static String[] decode(String cursor, int count) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      String[] parts = text.split("\\|", -1);
      if (parts.length == count) {
        return parts;
      }
    } catch (IllegalArgumentException e) {
      // falls through to the common message
    }
    throw invalid(cursor);
  }

  static Instant instant(String part, String cursor) {
    int dot = part.indexOf('.');
    try {
      return Instant.ofEpochSecond(Long.parseLong(part.substring(0, dot)), Long.parseLong(part.substring(dot + 1)));
    } catch (RuntimeException e) {
      throw invalid(cursor);
    }
  }

  static UUID uuid(String part, String cursor) {
    try {
      return UUID.fromString(part);
    } catch (IllegalArgumentException e) {
      throw invalid(cursor);
    }
  }

  static <E extends Enum<E>> E constant(Class<E> type, String part, String cursor) {
    try {
      return Enum.valueOf(type, part);
    } catch (IllegalArgumentException e) {
      throw invalid(cursor);
    }
  }

  private static ValidationException invalid(String cursor) {
    return ValidationException.of("after", "homewatch.validation.cursor",
        "the page cursor is not one this storage made: '" + cursor + "'");
  }
}
