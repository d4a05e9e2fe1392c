package org.homewatch.model;

import java.util.UUID;
import org.homewatch.ValidationException;

final class Ids {
  private Ids() {}

  static UUID parseUuid(String kind, String text) {
    try {
      UUID uuid = UUID.fromString(text);
      if (!uuid.toString().equalsIgnoreCase(text)) {
        throw new IllegalArgumentException();
      }
      return uuid;
    } catch (IllegalArgumentException e) {
      throw ValidationException.of(kind, "homewatch.validation.id", kind + " must be a UUID, was '" + text + "'");
    }
  }

  /**
   * Orders UUIDs as their canonical text sorts, so that a keyset page in memory and in SQL (where the id is
   * stored as text or as PostgreSQL's uuid, which compares bytes unsigned) agree. {@link UUID#compareTo}
   * compares signed longs and would disagree.
   */
  static int compare(UUID a, UUID b) {
    int c = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
    return c != 0 ? c : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
  }
}
