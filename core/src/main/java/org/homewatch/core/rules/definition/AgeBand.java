package org.homewatch.core.rules.definition;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Ages from {@code fromYears} (inclusive) to {@code toYears} (exclusive, empty for "and older"), in whole years
 * as {@link org.homewatch.model.BirthDate#ageOn} counts them. A rule set's bands must cover every age from 0 once.
 */
public record AgeBand(String id, int fromYears, OptionalInt toYears) {
  public AgeBand {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(toYears, "toYears");
  }

  public static AgeBand of(String id, int fromYears, int toYears) {
    return new AgeBand(id, fromYears, OptionalInt.of(toYears));
  }

  public static AgeBand from(String id, int fromYears) {
    return new AgeBand(id, fromYears, OptionalInt.empty());
  }

  public boolean contains(int ageYears) {
    return ageYears >= fromYears && (toYears.isEmpty() || ageYears < toYears.getAsInt());
  }

  @Override
  public String toString() {
    return id + " [" + fromYears + ", " + (toYears.isPresent() ? toYears.getAsInt() + ")" : "∞)");
  }
}
