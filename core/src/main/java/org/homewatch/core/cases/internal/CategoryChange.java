package org.homewatch.core.cases.internal;

import java.time.LocalDate;

/**
 * What a corrected category does to the period: the planned end follows the new category's days from the period's
 * start, as it would have at registration, but never falls before the day of the correction, which has already been
 * monitored (a correction from a longer to a shorter category on day 10 of a 7-day policy ends the period today, and
 * the completion job closes it when today's last window is over). The start never moves: the days already monitored
 * stay monitored.
 */
public final class CategoryChange {
  private CategoryChange() {}

  /**
   * The planned end after a category correction.
   *
   * @param start the period's start, unchanged
   * @param today the day of the correction in the case's zone
   * @param categoryDays the new category's days under the province's policy
   * @return {@code start + categoryDays - 1}, or {@code today} if that day is already past
   */
  public static LocalDate plannedEnd(LocalDate start, LocalDate today, int categoryDays) {
    LocalDate byPolicy = start.plusDays(categoryDays - 1L);
    return byPolicy.isBefore(today) ? today : byPolicy;
  }
}
