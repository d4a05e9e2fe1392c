package org.homewatch.model;

import java.util.Objects;

/**
 * Why a rule fired, in numbers a nurse can check: {@code spo2Percent 93 <= 96}.
 *
 * @param subject what was measured or counted, e.g. {@code spo2Percent}, {@code symptoms}, {@code distanceMeters}
 * @param observed the value seen, as text
 * @param operator the comparison, e.g. {@code <=}, {@code present}, {@code at least 2 of}
 * @param threshold the value it was compared with, as text
 */
public record Evidence(String subject, String observed, String operator, String threshold) {
  /**
   * Refuses null components.
   *
   * @param subject what was measured or counted, e.g. {@code spo2Percent}, {@code symptoms}, {@code distanceMeters}
   * @param observed the value seen, as text
   * @param operator the comparison, e.g. {@code <=}, {@code present}, {@code at least 2 of}
   * @param threshold the value it was compared with, as text
   */
  public Evidence {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(observed, "observed");
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(threshold, "threshold");
  }

  @Override
  public String toString() {
    return subject + " " + observed + " " + operator + " " + threshold;
  }
}
