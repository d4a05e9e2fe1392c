package org.homewatch.model;

import java.util.Map;
import java.util.regex.Pattern;
import org.homewatch.ValidationException;

/**
 * What a line says, kept apart from the language it is read in: a text key with its arguments, each itself a
 * wording, or a literal. Core stores a line this way beside the line it wrote in the deployment's language, so that
 * a reader of another language gets it written again in theirs ({@code Homewatch.texts()}); a storage keeps it as
 * it keeps any other value and never interprets it.
 *
 * <p>Only values that read the same in every language are literal: a number, a time as {@code 16/08 08:15}, an
 * identifier, a unit's name, or words somebody wrote themselves (a policy's own threshold text that has no key, a
 * reason or note staff typed into a history). Everything else is a {@link Text} naming a key of the texts. An
 * alert's summary and an alert event's wording carry no personal data; a case history entry's wording carries what
 * its detail carries (a correction's values before and after), and is erased with it ({@link Anonymisation}).
 *
 * <p>Bounded so that a stored value cannot grow without limit: a key is at most {@value #MAX_KEY_LENGTH} characters
 * of letters, digits, {@code .}, {@code _} and {@code -}; a literal at most {@value #MAX_LITERAL_LENGTH}; a text at
 * most {@value #MAX_ARGUMENTS} arguments, nested at most {@value #MAX_DEPTH} deep; and the whole (every key, name and
 * literal) at most {@value #MAX_LENGTH} characters.
 */
public sealed interface Wording permits Wording.Text, Wording.Literal {

  /** The longest key. */
  int MAX_KEY_LENGTH = 200;
  /** The longest literal: a note staff may type into an alert's history (2,000 characters). */
  int MAX_LITERAL_LENGTH = 2_000;
  /** The most arguments of one text. */
  int MAX_ARGUMENTS = 16;
  /** The deepest nesting of texts within texts (a text with only literals is 1 deep). */
  int MAX_DEPTH = 4;
  /** The most characters of a whole wording: its keys, argument names and literals together. */
  int MAX_LENGTH = 8_000;

  /**
   * A text of the bundle, its {@code {name}} placeholders filled by the arguments rendered in the same language.
   *
   * @param key the text's key, e.g. {@code summary.missed}
   * @param arguments the placeholders' values by name
   */
  record Text(String key, Map<String, Wording> arguments) implements Wording {
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern NAME = Pattern.compile("[A-Za-z]+");

    /**
     * Refuses a key or argument name of another shape, and more arguments or deeper nesting than the bounds.
     *
     * @param key the text's key
     * @param arguments the placeholders' values by name
     * @throws ValidationException if the key, a name or the size is not allowed
     */
    public Text {
      Checks.required(key, "wording.key");
      Checks.required(arguments, "wording.arguments");
      arguments = Map.copyOf(arguments);
      Checks checks = new Checks()
          .require(key.length() <= MAX_KEY_LENGTH && KEY.matcher(key).matches(), "wording.key",
              "homewatch.validation.wording", "wording.key must be letters, digits, '.', '_' or '-', at most "
                  + MAX_KEY_LENGTH + " characters")
          .require(arguments.size() <= MAX_ARGUMENTS, "wording.arguments", "homewatch.validation.wording",
              "wording.arguments must be at most " + MAX_ARGUMENTS + ", were " + arguments.size());
      for (String name : arguments.keySet()) {
        checks.require(name.length() <= MAX_KEY_LENGTH && NAME.matcher(name).matches(), "wording.arguments",
            "homewatch.validation.wording", "an argument's name must be letters only (a placeholder {name} of the text), "
                + "at most " + MAX_KEY_LENGTH + " characters");
      }
      checks.throwIfAny();
      int depth = 1 + arguments.values().stream().mapToInt(Wording::depth).max().orElse(0);
      if (depth > MAX_DEPTH) {
        throw ValidationException.of("wording.arguments", "homewatch.validation.wording",
            "a wording must nest at most " + MAX_DEPTH + " texts deep, was " + depth);
      }
      long length = length(key, arguments);
      if (length > MAX_LENGTH) {
        throw ValidationException.of("wording.arguments", "homewatch.validation.wording",
            "a wording must be at most " + MAX_LENGTH + " characters in all, was " + length);
      }
    }

    private static long length(String key, Map<String, Wording> arguments) {
      long length = key.length();
      for (Map.Entry<String, Wording> argument : arguments.entrySet()) {
        length += argument.getKey().length() + argument.getValue().length();
      }
      return length;
    }

    @Override
    public int depth() {
      return 1 + arguments.values().stream().mapToInt(Wording::depth).max().orElse(0);
    }

    @Override
    public long length() {
      return length(key, arguments);
    }
  }

  /**
   * A value that reads the same in every language.
   *
   * @param value the value, e.g. {@code 2} or {@code 16/08 14:00}
   */
  record Literal(String value) implements Wording {
    /**
     * Refuses a value longer than {@value Wording#MAX_LITERAL_LENGTH} characters or with control characters other
     * than line breaks and tabs (a note staff typed may have several lines).
     *
     * @param value the value
     * @throws ValidationException if it is too long or holds a control character
     */
    public Literal {
      Checks.required(value, "wording.literal");
      new Checks().maxLength("wording.literal", value, MAX_LITERAL_LENGTH)
          .plainText("wording.literal", value, true).throwIfAny();
    }

    @Override
    public int depth() {
      return 0;
    }

    @Override
    public long length() {
      return value.length();
    }
  }

  /**
   * How deep texts nest in this wording: 0 for a literal, 1 for a text whose arguments are literals.
   *
   * @return the depth
   */
  int depth();

  /**
   * How many characters the wording holds: its keys, argument names and literals together (at most
   * {@value #MAX_LENGTH}).
   *
   * @return the length
   */
  long length();

  /**
   * A text with no arguments.
   *
   * @param key the text's key
   * @return the text
   */
  static Text text(String key) {
    return new Text(key, Map.of());
  }

  /**
   * A text with arguments.
   *
   * @param key the text's key
   * @param arguments the placeholders' values by name
   * @return the text
   */
  static Text text(String key, Map<String, ? extends Wording> arguments) {
    return new Text(key, Map.copyOf(arguments));
  }

  /**
   * A literal.
   *
   * @param value the value
   * @return the literal
   */
  static Literal literal(String value) {
    return new Literal(value);
  }

  /**
   * Words as somebody wrote them, made a valid literal whatever they hold: longer than
   * {@value #MAX_LITERAL_LENGTH} characters they are cut (with "…"), and each character a literal may not hold
   * (control, bidirectional-override, unpaired surrogate) becomes a space. For recording what was typed where the
   * record must not fail because of it; the caller keeps the whole text elsewhere if it needs it.
   *
   * @param value the words
   * @return the literal
   * @throws ValidationException if {@code value} is null
   */
  static Literal asWritten(String value) {
    Checks.required(value, "wording.literal");
    int keep = value.length() <= MAX_LITERAL_LENGTH ? value.length() : MAX_LITERAL_LENGTH - 1;
    if (keep < value.length() && Character.isHighSurrogate(value.charAt(keep - 1))) {
      keep--;
    }
    String head = value.substring(0, keep);
    StringBuilder clean = new StringBuilder(keep + 1);
    for (int i = 0; i < head.length(); i++) {
      char ch = head.charAt(i);
      if (!Checks.allowed(head, i, ch, true)) {
        clean.append(' ');
      } else if (Character.isHighSurrogate(ch)) {
        clean.append(ch).append(head.charAt(++i));
      } else {
        clean.append(ch);
      }
    }
    if (keep < value.length()) {
      clean.append('…');
    }
    return new Literal(clean.toString());
  }
}
