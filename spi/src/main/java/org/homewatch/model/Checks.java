package org.homewatch.model;

import java.util.ArrayList;
import java.util.List;
import org.homewatch.ValidationException;
import org.homewatch.ValidationException.Violation;
import org.jspecify.annotations.Nullable;

/**
 * Collects violations so that a record reports every bad field at once. Package-private: the model's own
 * tool, not part of the contract.
 */
final class Checks {
  private final List<Violation> violations = new ArrayList<>();

  Checks range(String path, double value, double min, double max, String unit) {
    if (!(value >= min && value <= max)) {
      violations.add(new Violation(path, "homewatch.validation.range",
          path + " must be between " + fmt(min) + " and " + fmt(max) + " " + unit + ", was " + fmt(value)));
    }
    return this;
  }

  Checks require(boolean ok, String path, String messageKey, String defaultMessage) {
    if (!ok) {
      violations.add(new Violation(path, messageKey, defaultMessage));
    }
    return this;
  }

  /**
   * A locale a person or an account reads in names a language (not {@code Locale.ROOT}) and stays short: it is
   * stored as its language tag.
   */
  Checks language(String path, java.util.Locale locale) {
    return require(!locale.getLanguage().isEmpty() && locale.toLanguageTag().length() <= 35, path,
        "homewatch.validation.locale", path + " must name a language, e.g. vi or en, was '" + locale.toLanguageTag()
            + "'");
  }

  Checks notBlank(String path, String value) {
    return require(!value.isBlank(), path, "homewatch.validation.blank", path + " must not be blank");
  }

  Checks maxLength(String path, String value, int max) {
    return require(value.length() <= max, path, "homewatch.validation.length",
        path + " must be at most " + max + " characters, was " + value.length());
  }

  /**
   * Refuses characters that have no place in a name or a message and that storages treat differently
   * (PostgreSQL refuses NUL where H2 and memory keep it): C0/C1 control characters (tab, line feed and carriage
   * return only where {@code multiline}), the bidirectional embedding, override and isolate controls that make a
   * name display as something else, and unpaired surrogates (no valid UTF-8 exists for them).
   */
  Checks plainText(String path, String value, boolean multiline) {
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      if (!allowed(value, i, ch, multiline)) {
        violations.add(new Violation(path, "homewatch.validation.character",
            path + " must not contain the control character U+" + String.format("%04X", (int) ch)
                + " (at " + i + ")"));
        return this;
      }
      if (Character.isHighSurrogate(ch)) {
        i++;
      }
    }
    return this;
  }

  /** Whether {@link #plainText} keeps the character at {@code i} (a high surrogate only with its low one). */
  static boolean allowed(String value, int i, char ch, boolean multiline) {
    if (ch < 0x20 || (ch >= 0x7f && ch <= 0x9f)) {
      return multiline && (ch == '\n' || ch == '\r' || ch == '\t');
    }
    if ((ch >= 0x202a && ch <= 0x202e) || (ch >= 0x2066 && ch <= 0x2069)) {
      return false;
    }
    if (Character.isHighSurrogate(ch)) {
      return i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
    }
    return !Character.isLowSurrogate(ch);
  }

  /** A field that must be present: a {@link ValidationException} naming it, not a NullPointerException. */
  static <T> T required(@Nullable T value, String path) {
    if (value == null) {
      throw ValidationException.of(path, "homewatch.validation.required", path + " is required");
    }
    return value;
  }

  /** An immutable copy of a collection that must be present and hold no null. */
  static <T> java.util.Set<T> copyOfSet(java.util.@Nullable Set<T> value, String path) {
    return java.util.Set.copyOf(elements(value, path));
  }

  /** An immutable copy of a list that must be present and hold no null. */
  static <T> List<T> copyOfList(@Nullable List<T> value, String path) {
    return List.copyOf(elements(value, path));
  }

  private static <C extends java.util.Collection<?>> C elements(@Nullable C value, String path) {
    required(value, path);
    for (Object o : value) {
      if (o == null) {
        throw ValidationException.of(path, "homewatch.validation.required", path + " must not hold a null");
      }
    }
    return value;
  }

  Checks add(Violation violation) {
    violations.add(violation);
    return this;
  }

  void throwIfAny() {
    if (!violations.isEmpty()) {
      throw new ValidationException(violations);
    }
  }

  private static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : Double.toString(v);
  }
}
