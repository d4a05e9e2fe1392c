package org.homewatch;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Input was rejected. Carries every violation found at once, each with the path of the field, a message key
 * for localisation (see {@code homewatch-messages} in core) and an English default message.
 */
public class ValidationException extends HomewatchException {
  private static final long serialVersionUID = 1L;
  /** Every rejected field, in the order they were found; never empty. */
  private final List<Violation> violations;

  /**
   * A rejection listing all of {@code violations}; its message joins their paths and default messages.
   *
   * @param violations at least one violation; copied
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public ValidationException(List<Violation> violations) {
    super(describe(violations));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a ValidationException needs at least one violation");
    }
    this.violations = List.copyOf(violations);
  }

  /**
   * A rejection of a single field.
   *
   * @param path the field, dotted from the input's root, e.g. {@code vitals.spo2}
   * @param messageKey the bundle key of the message, e.g. {@code homewatch.validation.range}
   * @param defaultMessage the English text with the values filled in
   * @return the exception, not yet thrown
   */
  public static ValidationException of(String path, String messageKey, String defaultMessage) {
    return new ValidationException(List.of(new Violation(path, messageKey, defaultMessage)));
  }

  /**
   * Every rejected field, so that a form can mark all of them at once.
   *
   * @return the violations, at least one, unmodifiable
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * True if some violation concerns the field at {@code path} (exactly, or a field below it).
   *
   * @param path a dotted field path, e.g. {@code vitals}
   * @return whether a violation names that field or one nested below it
   */
  public boolean concerns(String path) {
    return violations.stream().anyMatch(v -> v.path().equals(path) || v.path().startsWith(path + "."));
  }

  private static String describe(List<Violation> violations) {
    return violations.stream().map(v -> v.path() + ": " + v.defaultMessage()).collect(Collectors.joining("; "));
  }

  /**
   * One rejected field.
   *
   * @param path the field, dotted from the input's root (e.g. {@code vitals.spo2})
   * @param messageKey a key in the message bundle, e.g. {@code homewatch.validation.range}
   * @param defaultMessage the English text, with the values filled in
   */
  public record Violation(String path, String messageKey, String defaultMessage) {
    /**
     * Refuses null components.
     *
     * @param path the field, dotted from the input's root (e.g. {@code vitals.spo2})
     * @param messageKey a key in the message bundle, e.g. {@code homewatch.validation.range}
     * @param defaultMessage the English text, with the values filled in
     */
    public Violation {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(messageKey, "messageKey");
      Objects.requireNonNull(defaultMessage, "defaultMessage");
    }

    /**
     * The text of {@link #messageKey()} in {@code locale}, from the bundle {@code org.homewatch.validation}
     * (Vietnamese the base bundle, English beside it; no fallback to the JVM's default locale), or the English
     * {@link #defaultMessage()} if the bundle has no text for the key. The bundle's texts are general ("the value is
     * outside the allowed range"); the default message carries the values, so a portal shows both to staff.
     *
     * @param locale the reader's language, e.g. {@code vi} or {@code en}
     * @return the localised text, or the English default message when the bundle has none for the key
     */
    public String message(java.util.Locale locale) {
      Objects.requireNonNull(locale, "locale");
      try {
        return java.util.ResourceBundle.getBundle("org.homewatch.validation", locale, Violation.class.getClassLoader(),
            java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES))
            .getString(messageKey);
      } catch (java.util.MissingResourceException noText) {
        return defaultMessage;
      }
    }

    /**
     * A violation whose path is this one's below {@code parent}, for checks nested in a larger input.
     *
     * @param parent the dotted path of the enclosing input, e.g. {@code children[0]}
     * @return a copy of this violation with its path prefixed by {@code parent.}
     */
    public Violation under(String parent) {
      return new Violation(parent + "." + path, messageKey, defaultMessage);
    }
  }
}
