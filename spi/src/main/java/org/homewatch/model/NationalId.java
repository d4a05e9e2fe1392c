package org.homewatch.model;

import java.util.regex.Pattern;

/**
 * A 12-digit citizen identity number (CCCD). Personal data: print {@link #masked()} where the full number is not
 * needed.
 *
 * @param value the 12 digits
 */
public record NationalId(String value) {
  private static final Pattern TWELVE_DIGITS = Pattern.compile("[0-9]{12}");

  /**
   * Strips the value and checks it is 12 digits.
   *
   * @param value the 12 digits
   * @throws org.homewatch.ValidationException if it is not 12 digits (the message gives only its length)
   */
  public NationalId {
    Checks.required(value, "value");
    value = value.strip();
    new Checks()
        .require(TWELVE_DIGITS.matcher(value).matches(), "nationalId", "homewatch.validation.nationalId",
            "nationalId must be 12 digits, was " + value.length() + " characters")
        .throwIfAny();
  }

  /**
   * The number with all but its last three digits hidden, for screens and logs.
   *
   * @return e.g. {@code *********789}
   */
  public String masked() {
    return "*********" + value.substring(9);
  }

  /** Masked: a national id must not leak into logs by accident. Use {@link #value()} deliberately. */
  @Override
  public String toString() {
    return masked();
  }
}
