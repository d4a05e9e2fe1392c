package org.homewatch.core.schedule;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.homewatch.ConfigurationException;
import org.homewatch.model.CaseCategory;

/**
 * A province's policy that asks for presence verification without staff asking: the people of cases of the given
 * categories get {@code perDay} spot checks a day at random times between {@code from} and {@code until} (local
 * time in the case's zone), each verified by the presence verifier when it is settled, as a spot check staff asked
 * for is. Set with {@code Homewatch.builder().randomSpotChecks(..)}; there is none by default.
 *
 * <p>The window is cut into {@code perDay} equal parts and one time is drawn in each, so the checks are spread over
 * the day rather than bunched, and the person cannot tell when within each part. The times come from a keyed hash
 * of the case and the day under a secret each {@code Homewatch} instance draws when it is built; they are never
 * stored, logged or shown. A policy check is asked at its time only if no spot check of the case is open; one that
 * falls due while another is open, or while nothing ran, is asked once the way is clear if the window has not closed
 * meanwhile (never outside the window), never several at once; and
 * never more than {@code perDay} policy checks a day per case (spot checks staff ask for do not count against it).
 *
 * @param categories the categories whose cases are checked (at least one); cases of other categories never are
 * @param perDay policy checks a day per case, 1 to {@value #MAX_PER_DAY}
 * @param from the local time of day the window opens (inclusive)
 * @param until the local time of day the window closes (exclusive), at least {@link #MIN_WINDOW} after
 *     {@code from} on the same day
 */
public record RandomSpotChecks(Set<CaseCategory> categories, int perDay, LocalTime from, LocalTime until) {
  /** More checks a day than this would be harassment, not monitoring (and an eKYC bill). */
  public static final int MAX_PER_DAY = 12;
  /** The shortest window: checks at random times within less than an hour would not be a surprise. */
  public static final Duration MIN_WINDOW = Duration.ofHours(1);

  /**
   * Validates the policy; each refusal names the option.
   *
   * @param categories the categories whose cases are checked (at least one)
   * @param perDay policy checks a day per case, 1 to {@value #MAX_PER_DAY}
   * @param from the local time of day the window opens (inclusive)
   * @param until the local time of day the window closes (exclusive), at least an hour after {@code from}
   * @throws ConfigurationException naming {@code randomSpotChecks.categories}, {@code .perDay}, {@code .from} or
   *     {@code .until} when one is missing or out of range
   */
  public RandomSpotChecks {
    if (categories == null || categories.isEmpty() || categories.stream().anyMatch(Objects::isNull)) {
      throw new ConfigurationException("randomSpotChecks.categories must name at least one case category, was "
          + categories);
    }
    categories = Set.copyOf(EnumSet.copyOf(categories));
    if (perDay < 1 || perDay > MAX_PER_DAY) {
      throw new ConfigurationException("randomSpotChecks.perDay must be 1 to " + MAX_PER_DAY + ", was " + perDay);
    }
    if (from == null) {
      throw new ConfigurationException("randomSpotChecks.from (the local time the window opens) is required");
    }
    if (until == null) {
      throw new ConfigurationException("randomSpotChecks.until (the local time the window closes) is required");
    }
    if (Duration.between(from, until).compareTo(MIN_WINDOW) < 0) {
      throw new ConfigurationException("randomSpotChecks.until must be at least " + MIN_WINDOW + " after from on "
          + "the same day (no window across midnight), was from " + from + " until " + until);
    }
  }

  /**
   * A policy for the given categories.
   *
   * @param perDay policy checks a day per case, 1 to {@value #MAX_PER_DAY}
   * @param from the local time of day the window opens (inclusive)
   * @param until the local time of day the window closes (exclusive), at least an hour after {@code from}
   * @param categories the categories whose cases are checked (at least one)
   * @return the policy
   * @throws ConfigurationException naming the option that is out of range
   */
  public static RandomSpotChecks of(int perDay, LocalTime from, LocalTime until, CaseCategory... categories) {
    Objects.requireNonNull(categories, "categories");
    return new RandomSpotChecks(new HashSet<>(Arrays.asList(categories)), perDay, from, until);
  }

  /**
   * Whether cases of this category are checked.
   *
   * @param category a case's category
   * @return true if the policy covers it
   */
  public boolean covers(CaseCategory category) {
    return categories.contains(category);
  }
}
