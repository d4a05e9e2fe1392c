package org.homewatch.core.schedule;

import java.util.List;

/**
 * The result of matching declarations to slots.
 *
 * @param slots every slot given, in order, with its status
 * @param unscheduled the declarations that fulfilled no slot (between windows, a second one in a window, or
 *     outside the period), oldest first
 */
public record SlotMatching(List<SlotFulfilment> slots, List<TimedDeclaration> unscheduled) {
  /**
   * Copies the lists.
   *
   * @param slots every slot given, in order, with its status
   * @param unscheduled the declarations that fulfilled no slot (between windows, a second one in a window, or outside
   *     the period), oldest first
   */
  public SlotMatching {
    slots = List.copyOf(slots);
    unscheduled = List.copyOf(unscheduled);
  }
}
