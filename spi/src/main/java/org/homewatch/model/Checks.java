package org.homewatch.model;

import java.util.ArrayList;
import java.util.List;
import org.homewatch.ValidationException;
import org.homewatch.ValidationException.Violation;

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

  Checks notBlank(String path, String value) {
    return require(!value.isBlank(), path, "homewatch.validation.blank", path + " must not be blank");
  }

  Checks maxLength(String path, String value, int max) {
    return require(value.length() <= max, path, "homewatch.validation.length",
        path + " must be at most " + max + " characters, was " + value.length());
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
