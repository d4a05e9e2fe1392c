package org.homewatch.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IdsTest {

  @Test
  @DisplayName("a time-ordered id is an RFC 9562 version 7 UUID carrying the millisecond it was made for")
  void versionSeven() {
    Instant at = Instant.parse("2022-02-10T02:00:00.123Z");
    UUID id = AuditEventId.timeOrdered(at).value();
    assertEquals(7, id.version());
    assertEquals(2, id.variant());
    assertEquals(at.toEpochMilli(), id.getMostSignificantBits() >>> 16);
    assertNotEquals(id, AuditEventId.timeOrdered(at).value());
  }

  @Test
  @DisplayName("ids made for a later millisecond sort after, in the order storages compare them")
  void sortsByTime() {
    qt().forAll(longs().between(0, 1L << 46), longs().between(1, 1L << 20)).checkAssert((millis, later) -> {
      AuditEventId first = AuditEventId.timeOrdered(Instant.ofEpochMilli(millis));
      AuditEventId second = AuditEventId.timeOrdered(Instant.ofEpochMilli(millis + later));
      assertTrue(first.compareTo(second) < 0, first + " before " + second);
    });
  }
}
