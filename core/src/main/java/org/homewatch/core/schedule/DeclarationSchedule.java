package org.homewatch.core.schedule;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.homewatch.ConfigurationException;
import org.jspecify.annotations.Nullable;

/**
 * When a person declares: the same windows every local day, a grace period after each window during which a
 * declaration still fulfils it (marked late), and reminders sent a given time before a window closes.
 *
 * <p>JSON: either {@code "windows": [{"name": .., "opens": "08:00", "closes": "12:00"}, ..]} or
 * {@code "everyHours": 6}, which means back-to-back windows of 6 hours from local midnight (00–06, 06–12, ..);
 * N must divide 24, so that every local day has the same windows (a day with a clock change still has 24 / N
 * slots, one of them an hour shorter or longer). {@code "grace": "PT30M"}, {@code "remindBeforeClose":
 * ["PT1H"]} (ISO-8601 durations).
 *
 * @param id the schedule's id, which category policies name
 * @param grace how long after a window closes a declaration still fulfils it, late; 0 to under a day
 * @param windows in the order they open, never overlapping
 * @param remindBeforeClose each a time before a window closes at which the person is reminded if the window's
 *     slot is not fulfilled yet; longest first
 */
public record DeclarationSchedule(String id, List<DailyWindow> windows, Duration grace,
    List<Duration> remindBeforeClose) {

  private static final Duration DAY = Duration.ofDays(1);

  /**
   * Refuses a blank id, no window, overlapping windows, and grace or reminders outside their ranges; sorts the
   * reminders longest first.
   *
   * @param id the schedule's id, which category policies name
   * @param windows in the order they open, never overlapping
   * @param grace how long after a window closes a declaration still fulfils it, late
   * @param remindBeforeClose each a time before a window closes at which the person is reminded if the window's slot is
   *     not fulfilled yet
   * @throws ConfigurationException if the schedule is not acceptable
   */
  public DeclarationSchedule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(grace, "grace");
    windows = List.copyOf(windows);
    if (id.isBlank()) {
      throw new ConfigurationException("a declaration schedule needs an id");
    }
    if (windows.isEmpty()) {
      throw new ConfigurationException("the schedule '" + id + "' has no declaration window");
    }
    for (int i = 1; i < windows.size(); i++) {
      DailyWindow before = windows.get(i - 1);
      DailyWindow after = windows.get(i);
      if (after.opensMinute() < before.closesMinute()) {
        throw new ConfigurationException("the schedule '" + id + "': the window '" + after.name() + "' opens at "
            + after.opens() + ", before '" + before.name() + "' closes at " + before.closes()
            + " (windows are listed in the order they open and never overlap)");
      }
    }
    if (grace.isNegative() || grace.compareTo(DAY) >= 0) {
      throw new ConfigurationException("the schedule '" + id + "': grace is from 0 to under a day, was " + grace);
    }
    TreeSet<Duration> reminders = new TreeSet<>(Comparator.reverseOrder());
    for (Duration r : remindBeforeClose) {
      if (r.isNegative() || r.isZero() || r.compareTo(DAY) >= 0) {
        throw new ConfigurationException(
            "the schedule '" + id + "': a reminder comes from 1 minute to under a day before a window closes, was "
                + r);
      }
      reminders.add(r);
    }
    remindBeforeClose = List.copyOf(reminders);
  }

  /**
   * Windows of {@code hours} hours back to back from local midnight; {@code hours} divides 24.
   *
   * @param id the schedule's id
   * @param hours the length of each window: 1, 2, 3, 4, 6, 8, 12 or 24
   * @param grace how long after a window closes a declaration still fulfils it
   * @param reminders times before a window closes at which the person is reminded
   * @return the schedule
   * @throws ConfigurationException if {@code hours} does not divide 24
   */
  public static DeclarationSchedule everyHours(String id, int hours, Duration grace, List<Duration> reminders) {
    if (hours < 1 || hours > 24 || 24 % hours != 0) {
      throw new ConfigurationException(
          "the schedule '" + id + "': everyHours must divide 24 (1, 2, 3, 4, 6, 8, 12 or 24), was " + hours);
    }
    List<DailyWindow> windows = new ArrayList<>();
    for (int h = 0; h < 24; h += hours) {
      LocalTime opens = LocalTime.of(h, 0);
      LocalTime closes = h + hours == 24 ? LocalTime.MIDNIGHT : LocalTime.of(h + hours, 0);
      windows.add(new DailyWindow(String.format("%02d:00", h), opens, closes));
    }
    return new DeclarationSchedule(id, windows, grace, reminders);
  }

  @JsonCreator
  static DeclarationSchedule fromJson(@JsonProperty("id") @Nullable String id,
      @JsonProperty("windows") @Nullable List<DailyWindow> windows,
      @JsonProperty("everyHours") @Nullable Integer everyHours, @JsonProperty("grace") @Nullable Duration grace,
      @JsonProperty("remindBeforeClose") @Nullable List<Duration> remindBeforeClose) {
    if (id == null) {
      throw new ConfigurationException("a declaration schedule needs an 'id'");
    }
    Duration g = grace == null ? Duration.ZERO : grace;
    List<Duration> reminders = remindBeforeClose == null ? List.of() : remindBeforeClose;
    if ((windows == null) == (everyHours == null)) {
      throw new ConfigurationException("the schedule '" + id + "' has either 'windows' or 'everyHours'");
    }
    return everyHours != null ? everyHours(id, everyHours, g, reminders)
        : new DeclarationSchedule(id, windows, g, reminders);
  }

  /**
   * Declarations expected per local day.
   *
   * @return the number of windows
   */
  public int slotsPerDay() {
    return windows.size();
  }
}
