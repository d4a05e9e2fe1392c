package org.homewatch.core.internal;

import java.util.Collection;
import org.homewatch.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * Checks of the arguments of public operations. Packages are null-marked, but a portal written in another
 * language, or a form binder, can still pass a null: it is refused as a {@link ValidationException} naming the
 * parameter, like every other bad input, never as a NullPointerException from deep inside.
 */
public final class Arguments {
  private Arguments() {}

  public static <T> T required(@Nullable T value, String parameter) {
    if (value == null) {
      throw ValidationException.of(parameter, "homewatch.validation.required", parameter + " is required");
    }
    return value;
  }

  /** A collection that must be present and hold no null. */
  public static <C extends Collection<?>> C elements(@Nullable C value, String parameter) {
    required(value, parameter);
    for (Object o : value) {
      if (o == null) {
        throw ValidationException.of(parameter, "homewatch.validation.required",
            parameter + " must not hold a null");
      }
    }
    return value;
  }

  /** A free text given with an operation (a reason): present, not blank, bounded, no control character. */
  public static String text(@Nullable String value, String parameter, int maxLength) {
    if (required(value, parameter).isBlank()) {
      throw ValidationException.of(parameter, "homewatch.validation.blank", parameter + " must not be blank");
    }
    return optionalText(value, parameter, maxLength);
  }

  /**
   * A free text that may be blank (an optional note): present, bounded, and without the control characters the
   * model refuses in names and messages (C0 and C1 controls other than tab and line breaks, bidirectional
   * overrides and isolates, unpaired surrogates), which PostgreSQL would refuse where H2 and memory store them.
   */
  public static String optionalText(@Nullable String value, String parameter, int maxLength) {
    String stripped = required(value, parameter).strip();
    if (stripped.length() > maxLength) {
      throw ValidationException.of(parameter, "homewatch.validation.length",
          parameter + " must be at most " + maxLength + " characters, was " + stripped.length());
    }
    for (int i = 0; i < stripped.length(); i++) {
      char ch = stripped.charAt(i);
      boolean control = (ch < 0x20 && ch != '\n' && ch != '\r' && ch != '\t') || (ch >= 0x7f && ch <= 0x9f)
          || (ch >= 0x202a && ch <= 0x202e) || (ch >= 0x2066 && ch <= 0x2069)
          || (Character.isHighSurrogate(ch) && !(i + 1 < stripped.length()
              && Character.isLowSurrogate(stripped.charAt(i + 1))))
          || (Character.isLowSurrogate(ch) && !(i > 0 && Character.isHighSurrogate(stripped.charAt(i - 1))));
      if (control) {
        throw ValidationException.of(parameter, "homewatch.validation.character",
            parameter + " must not contain the control character U+" + String.format("%04X", (int) ch));
      }
    }
    return value;
  }
}
