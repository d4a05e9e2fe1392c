package org.homewatch.core.schedule;

import java.util.Objects;
import java.util.Optional;

/**
 * What one batch of the missed-declaration sweep did.
 *
 * @param casesChecked active cases in the batch
 * @param missedSlots missed slots found in the current runs of those cases (slots over since each person was last
 *     heard from), counted again by every sweep while the run lasts
 * @param casesBehind cases whose run reached the first threshold
 * @param opened alerts opened
 * @param raised alerts raised
 * @param lostRaces cases another node (or a declaration) changed meanwhile; the next sweep sees them again
 * @param next the cursor for the next batch, empty after the last
 */
public record SweepReport(int casesChecked, long missedSlots, int casesBehind, int opened, int raised,
    int lostRaces, Optional<String> next) {
  /**
   * Refuses a null cursor.
   *
   * @param casesChecked active cases in the batch
   * @param missedSlots missed slots found in the current runs of those cases (slots over since each person was last
   *     heard from), counted again by every sweep while the run lasts
   * @param casesBehind cases whose run reached the first threshold
   * @param opened alerts opened
   * @param raised alerts raised
   * @param lostRaces cases another node (or a declaration) changed meanwhile
   * @param next the cursor for the next batch, empty after the last
   */
  public SweepReport {
    Objects.requireNonNull(next, "next");
  }

  /**
   * This report and a later batch's, added up (the later batch's cursor).
   *
   * @param later the report of the batch after this one
   * @return the sum
   */
  public SweepReport plus(SweepReport later) {
    return new SweepReport(casesChecked + later.casesChecked, missedSlots + later.missedSlots,
        casesBehind + later.casesBehind, opened + later.opened, raised + later.raised, lostRaces + later.lostRaces,
        later.next);
  }
}
