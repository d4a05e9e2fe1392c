package org.homewatch.core.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.homewatch.model.DeclarationId;

/**
 * Assigns declarations to slots. Declarations are taken oldest first (ties by id, so the result does not depend on
 * the order given); each one fulfils at most one slot:
 * <ol>
 *   <li>the slot whose window is open at its time, if that slot is not fulfilled yet (on time);
 *   <li>else the earliest not yet fulfilled slot whose grace period runs at its time (late) — the earliest,
 *       because its grace ends first;
 *   <li>else none: it is unscheduled.
 * </ol>
 * The open window is preferred over a slot in grace because that is the window the person sees as current.
 */
public final class DeclarationMatcher {
  private DeclarationMatcher() {}

  /**
   * @param declarations the case's declarations, in any order
   * @return each slot's status and the declaration that fulfilled it, and the declarations that fulfilled none
   * @param slots in order, never overlapping (as a {@link SlotCalendar} gives them)
   * @param now unfulfilled slots whose grace has ended by then are {@link SlotStatus#MISSED}, others
   *     {@link SlotStatus#PENDING}
   */
  public static SlotMatching match(List<Slot> slots, Collection<TimedDeclaration> declarations, Instant now) {
    List<TimedDeclaration> ordered = new ArrayList<>(declarations);
    ordered.sort(Comparator.comparing(TimedDeclaration::at).thenComparing(TimedDeclaration::id));
    DeclarationId[] fulfilledBy = new DeclarationId[slots.size()];
    boolean[] late = new boolean[slots.size()];
    List<TimedDeclaration> unscheduled = new ArrayList<>();
    for (TimedDeclaration d : ordered) {
      int i = lastOpeningAtOrBefore(slots, d.at());
      int chosen = -1;
      if (i >= 0 && slots.get(i).isOpenAt(d.at()) && fulfilledBy[i] == null) {
        chosen = i;
      } else {
        // Slots before i (and i itself, if closed) may be in grace; grace ends are in slot order, so walk back
        // until one has ended, remembering the earliest unfulfilled one still in grace.
        for (int j = i; j >= 0 && slots.get(j).graceEnds().isAfter(d.at()); j--) {
          if (fulfilledBy[j] == null && slots.get(j).isInGraceAt(d.at())) {
            chosen = j;
          }
        }
        if (chosen >= 0) {
          late[chosen] = true;
        }
      }
      if (chosen >= 0) {
        fulfilledBy[chosen] = d.id();
      } else {
        unscheduled.add(d);
      }
    }
    List<SlotFulfilment> out = new ArrayList<>(slots.size());
    for (int i = 0; i < slots.size(); i++) {
      Slot s = slots.get(i);
      SlotStatus status = fulfilledBy[i] != null ? (late[i] ? SlotStatus.LATE : SlotStatus.ON_TIME)
          : s.isOverAt(now) ? SlotStatus.MISSED : SlotStatus.PENDING;
      out.add(new SlotFulfilment(s, status, Optional.ofNullable(fulfilledBy[i])));
    }
    return new SlotMatching(out, unscheduled);
  }

  /** Index of the last slot opening at or before {@code t}, or -1. */
  private static int lastOpeningAtOrBefore(List<Slot> slots, Instant t) {
    int lo = 0;
    int hi = slots.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (slots.get(mid).opens().isAfter(t)) {
        hi = mid - 1;
      } else {
        found = mid;
        lo = mid + 1;
      }
    }
    return found;
  }
}
