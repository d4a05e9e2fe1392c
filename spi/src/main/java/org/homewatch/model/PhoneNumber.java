package org.homewatch.model;

import java.util.regex.Pattern;

/**
 * A phone number in E.164 form, e.g. {@code +84912345678}. {@link #parse} accepts what people type in Vietnam
 * ({@code 0912 345 678}, {@code 84912345678}, {@code +84-91-234-5678}) and foreign numbers written with a
 * leading {@code +}.
 *
 * @param e164 the number, {@code +} and 8 to 15 digits; a Vietnamese one is {@code +84} and 9 or 10 digits
 */
public record PhoneNumber(String e164) {
  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");
  private static final Pattern VIETNAM = Pattern.compile("\\+84[1-9][0-9]{8,9}");

  /**
   * Validates the E.164 form (the message gives only the length, never the number).
   *
   * @param e164 the number, {@code +} and 8 to 15 digits
   * @throws org.homewatch.ValidationException if it is not an acceptable number
   */
  public PhoneNumber {
    Checks.required(e164, "e164");
    new Checks()
        .require(E164.matcher(e164).matches() && (!e164.startsWith("+84") || VIETNAM.matcher(e164).matches()),
            "phone", "homewatch.validation.phone",
            "phone must be a Vietnamese number (0912345678) or an international one (+…); the number given, not"
                + " repeated here (messages reach logs), had " + e164.length() + " characters")
        .throwIfAny();
  }

  /**
   * Normalises a number as typed: spaces, dots, dashes and brackets are dropped; a leading 0 means +84.
   *
   * @param typed the number as typed
   * @return the number
   * @throws org.homewatch.ValidationException if it is not an acceptable number
   */
  public static PhoneNumber parse(String typed) {
    Checks.required(typed, "phone");
    String digits = typed.strip().replaceAll("[\\s.()\\-]", "");
    if (digits.startsWith("00")) {
      digits = "+" + digits.substring(2);
    } else if (digits.startsWith("0")) {
      digits = "+84" + digits.substring(1);
    } else if (digits.startsWith("84") && (digits.length() == 11 || digits.length() == 12)) {
      digits = "+" + digits;
    }
    return new PhoneNumber(digits);
  }

  /**
   * The number with all but the last three digits hidden, for people who need to know only that one exists.
   *
   * @return e.g. {@code +84*******678}
   */
  public String masked() {
    return e164.substring(0, 3) + "*".repeat(e164.length() - 6) + e164.substring(e164.length() - 3);
  }

  @Override
  public String toString() {
    return e164;
  }
}
