package org.homewatch.core.schedule;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.homewatch.ConfigurationException;
import org.jspecify.annotations.Nullable;

/**
 * A time of day, in the case's local time, during which one declaration is expected: e.g. morning 08:00–12:00.
 * Windows lie inside one local day; {@code closes} of {@link LocalTime#MIDNIGHT} means the end of the day (written
 * {@code "24:00"} in JSON).
 *
 * @param opens the local time it opens, on a whole minute
 * @param closes the local time it closes, after {@code opens}; midnight for the end of the day
 * @param name shown to the person and to staff, e.g. {@code morning}
 */
public record DailyWindow(String name, LocalTime opens, LocalTime closes) {

  /**
   * Refuses a blank name, times off the minute, and a window that closes before it opens.
   *
   * @param name shown to the person and to staff, e.g. {@code morning}
   * @param opens the local time it opens, on a whole minute
   * @param closes the local time it closes, after {@code opens}
   * @throws ConfigurationException if the window is not acceptable
   */
  public DailyWindow {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(opens, "opens");
    Objects.requireNonNull(closes, "closes");
    if (name.isBlank()) {
      throw new ConfigurationException("a declaration window needs a name");
    }
    if (!isWholeMinute(opens) || !isWholeMinute(closes)) {
      throw new ConfigurationException("the window '" + name + "' opens and closes on whole minutes, was "
          + opens + "–" + closes);
    }
    if (!closes.equals(LocalTime.MIDNIGHT) && !closes.isAfter(opens)) {
      throw new ConfigurationException(
          "the window '" + name + "' closes at " + closes + ", not after it opens at " + opens);
    }
  }

  /** Reads {@code {"name": "morning", "opens": "08:00", "closes": "12:00"}}; {@code "24:00"} is the day's end. */
  @JsonCreator
  static DailyWindow fromJson(@JsonProperty("name") @Nullable String name,
      @JsonProperty("opens") @Nullable String opens, @JsonProperty("closes") @Nullable String closes) {
    return new DailyWindow(required(name, "name"), parse(required(opens, "opens"), "opens"),
        parse(required(closes, "closes"), "closes"));
  }

  /**
   * Minutes after local midnight at which the window opens.
   *
   * @return 0 to 1439
   */
  public int opensMinute() {
    return opens.getHour() * 60 + opens.getMinute();
  }

  /**
   * Minutes after local midnight at which the window closes; 1440 for the end of the day.
   *
   * @return 1 to 1440
   */
  public int closesMinute() {
    return closes.equals(LocalTime.MIDNIGHT) ? 24 * 60 : closes.getHour() * 60 + closes.getMinute();
  }

  /**
   * How long the window is open on a day without a clock change.
   *
   * @return the length
   */
  public Duration nominalLength() {
    return Duration.ofMinutes(closesMinute() - opensMinute());
  }

  private static boolean isWholeMinute(LocalTime time) {
    return time.getSecond() == 0 && time.getNano() == 0;
  }

  private static String required(@Nullable String value, String field) {
    if (value == null) {
      throw new ConfigurationException("a declaration window needs '" + field + "'");
    }
    return value;
  }

  private static LocalTime parse(String text, String field) {
    if ("24:00".equals(text) && field.equals("closes")) {
      return LocalTime.MIDNIGHT;
    }
    try {
      return LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new ConfigurationException("'" + field + "' is a local time HH:mm (\"24:00\" for the end of the day), "
          + "was '" + text + "'", e);
    }
  }
}
