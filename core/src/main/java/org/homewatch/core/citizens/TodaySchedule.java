package org.homewatch.core.citizens;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.homewatch.core.schedule.SlotStatus;
import org.homewatch.model.CaseId;

/**
 * A case's declaration windows for today, in the case's zone, as of a moment: what is open now, what is still due
 * and what was missed. Empty on a day outside the case's period (before it starts, after it ended).
 *
 * @param caseId the case
 * @param day today in the case's zone
 * @param zone the case's zone
 * @param asOf the moment the statuses hold for
 * @param slots today's expected windows, in order
 */
public record TodaySchedule(CaseId caseId, LocalDate day, ZoneId zone, Instant asOf, List<TodaySlot> slots) {
  /**
   * Checks that no component is null; the slots are copied.
   *
   * @param caseId the case
   * @param day today in the case's zone
   * @param zone the case's zone
   * @param asOf the moment the statuses hold for
   * @param slots today's expected windows, in order
   * @throws NullPointerException naming a missing component
   */
  public TodaySchedule {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(asOf, "asOf");
    slots = List.copyOf(slots);
  }

  /**
   * The windows open right now (at most one in a schedule whose windows do not overlap).
   *
   * @return the open windows
   */
  public List<TodaySlot> openNow() {
    return slots.stream().filter(TodaySlot::openNow).toList();
  }

  /**
   * The windows a declaration is still expected for: open now, in grace, or later today.
   *
   * @return the pending windows, in order
   */
  public List<TodaySlot> due() {
    return slots.stream().filter(TodaySlot::due).toList();
  }

  /**
   * The windows of today whose grace ended with no declaration.
   *
   * @return the missed windows, in order
   */
  public List<TodaySlot> missed() {
    return slots.stream().filter(s -> s.status() == SlotStatus.MISSED).toList();
  }
}
