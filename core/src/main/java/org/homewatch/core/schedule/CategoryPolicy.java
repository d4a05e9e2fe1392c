package org.homewatch.core.schedule;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.Optional;
import org.homewatch.ConfigurationException;
import org.jspecify.annotations.Nullable;

/**
 * How a category of case is monitored in a province: for how many days, and on which schedule.
 *
 * @param days the length of home monitoring, counting the first and the last day
 * @param schedule the id of a {@link DeclarationSchedule} of the same policy
 * @param basis the order or guidance the figures come from, for the people who maintain the policy
 */
public record CategoryPolicy(int days, String schedule, Optional<String> basis) {
  /**
   * Refuses a length outside 1 to 366 days.
   *
   * @param days the length of home monitoring, counting the first and the last day
   * @param schedule the id of a {@link DeclarationSchedule} of the same policy
   * @param basis the order or guidance the figures come from, for the people who maintain the policy
   * @throws ConfigurationException if {@code days} is out of range
   */
  public CategoryPolicy {
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(basis, "basis");
    if (days < 1 || days > 366) {
      throw new ConfigurationException("monitoring lasts 1 to 366 days, was " + days);
    }
  }

  @JsonCreator
  static CategoryPolicy fromJson(@JsonProperty("days") @Nullable Integer days,
      @JsonProperty("schedule") @Nullable String schedule, @JsonProperty("basis") @Nullable String basis) {
    if (days == null || schedule == null) {
      throw new ConfigurationException("a category policy needs 'days' and 'schedule'");
    }
    return new CategoryPolicy(days, schedule, Optional.ofNullable(basis));
  }
}
