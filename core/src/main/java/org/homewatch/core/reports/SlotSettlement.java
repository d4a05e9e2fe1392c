package org.homewatch.core.reports;

import java.util.Objects;
import java.util.Optional;

/**
 * What one batch of slot settling did ({@link ReportService#settleSlots}), or several batches {@link #plus added up}.
 *
 * @param communes the communes looked at
 * @param daysSettled commune-days settled by this batch (each counted once, ever)
 * @param expected slots of those days
 * @param onTime of them fulfilled inside their window
 * @param late of them fulfilled within grace
 * @param missed of them not fulfilled when their day closed
 * @param behind people who had missed 2 or more slots in a row when those days closed (one per person and day)
 * @param lostRaces communes another node settled at the same moment: this batch's settling of them was rolled back,
 *     and nothing was counted twice
 * @param next the cursor to go on from; empty when the last commune of the scope was looked at
 */
public record SlotSettlement(int communes, int daysSettled, long expected, long onTime, long late, long missed,
    long behind, int lostRaces, Optional<String> next) {
  /**
   * Refuses a null cursor.
   *
   * @param communes the communes looked at
   * @param daysSettled commune-days settled
   * @param expected slots of those days
   * @param onTime fulfilled inside their window
   * @param late fulfilled within grace
   * @param missed not fulfilled
   * @param behind people behind by 2 or more slots
   * @param lostRaces communes settled by another node meanwhile
   * @param next the cursor to go on from
   */
  public SlotSettlement {
    Objects.requireNonNull(next, "next");
  }

  /**
   * This batch and a later one added up; the later one says where to go on from.
   *
   * @param later the batch run after this one
   * @return the sum
   */
  public SlotSettlement plus(SlotSettlement later) {
    return new SlotSettlement(communes + later.communes, daysSettled + later.daysSettled, expected + later.expected,
        onTime + later.onTime, late + later.late, missed + later.missed, behind + later.behind,
        lostRaces + later.lostRaces, later.next);
  }
}
