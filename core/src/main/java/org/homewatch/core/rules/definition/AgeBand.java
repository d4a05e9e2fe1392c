package org.homewatch.core.rules.definition;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Ages from {@code fromYears} (inclusive) to {@code toYears} (exclusive, empty for "and older"), in whole years
 * as {@link org.homewatch.model.BirthDate#ageOn} counts them. A rule set's bands must cover every age from 0 once.
 *
 * @param id the band's id, which rules name, e.g. {@code adult}
 * @param fromYears the youngest age in the band, in whole years
 * @param toYears the first age past the band; empty for "and older"
 */
public record AgeBand(String id, int fromYears, OptionalInt toYears) {
  /**
   * Refuses null components; whether the bands cover every age once is the rule set's check.
   *
   * @param id the band's id, which rules name, e.g. {@code adult}
   * @param fromYears the youngest age in the band, in whole years
   * @param toYears the first age past the band
   */
  public AgeBand {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(toYears, "toYears");
  }

  /**
   * A band from {@code fromYears} up to, not including, {@code toYears}.
   *
   * @param id the band's id
   * @param fromYears the youngest age in the band
   * @param toYears the first age past the band
   * @return the band
   */
  public static AgeBand of(String id, int fromYears, int toYears) {
    return new AgeBand(id, fromYears, OptionalInt.of(toYears));
  }

  /**
   * A band from {@code fromYears} on, with no upper end.
   *
   * @param id the band's id
   * @param fromYears the youngest age in the band
   * @return the band
   */
  public static AgeBand from(String id, int fromYears) {
    return new AgeBand(id, fromYears, OptionalInt.empty());
  }

  /**
   * Whether a person of this age falls in the band.
   *
   * @param ageYears an age in whole years
   * @return true if in the band
   */
  public boolean contains(int ageYears) {
    return ageYears >= fromYears && (toYears.isEmpty() || ageYears < toYears.getAsInt());
  }

  @Override
  public String toString() {
    return id + " [" + fromYears + ", " + (toYears.isPresent() ? toYears.getAsInt() + ")" : "∞)");
  }
}
