package org.homewatch.core.schedule.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;

/** The one rule by which a local time in a zone becomes an instant (see the schedule package's documentation). */
public final class LocalTimes {
  private LocalTimes() {}

  /**
   * The first instant at which the local clock in {@code zone} shows {@code local} or later: in a gap, the
   * instant the clock jumps; in an overlap, the first occurrence. Monotonic in {@code local}.
   */
  public static Instant firstInstantAtOrAfter(LocalDateTime local, ZoneId zone) {
    ZoneRules rules = zone.getRules();
    if (rules.isFixedOffset()) {
      return local.toInstant(rules.getOffset(Instant.EPOCH));
    }
    List<ZoneOffset> offsets = rules.getValidOffsets(local);
    if (offsets.size() == 1) {
      return local.toInstant(offsets.get(0));
    }
    if (offsets.isEmpty()) {
      ZoneOffsetTransition gap = rules.getTransition(local);
      return gap.getInstant();
    }
    Instant a = local.toInstant(offsets.get(0));
    Instant b = local.toInstant(offsets.get(1));
    return a.isBefore(b) ? a : b;
  }
}
