package org.homewatch.model;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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

  /**
   * A version 7 UUID (RFC 9562): the millisecond of {@code at} in the first 48 bits, then 74 random bits. Ids made
   * this way sort roughly by time, so a B-tree index on them grows at its right edge instead of at a random leaf
   * per insert. The random part is not cryptographic: use these only for ids that grant nothing.
   */
  static UUID timeOrdered(Instant at) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long millis = at.toEpochMilli() & 0xFFFF_FFFF_FFFFL;
    long high = (millis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
    long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    return new UUID(high, low);
  }
}
