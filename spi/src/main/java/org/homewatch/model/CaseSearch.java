package org.homewatch.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What staff typed in a line list's search box, read as one of three things: a phone number (typed as on a phone,
 * {@code 0905 111 222} or {@code +84905111222}), a 12-digit national id, or a name, matched without its
 * diacritics and tone marks from the start of the full name ("nguyen thi h" finds "Nguyễn Thị Hoà"; see
 * {@link Person#searchKey}). Numbers are matched whole, not by a part: a part of a phone number names too many
 * people for a search that is served by an index and audited.
 *
 * @param kind how {@code value} is matched
 * @param value for {@link Kind#NAME} the {@link Person#searchKey} prefix, for {@link Kind#PHONE} the E.164 number,
 *     for {@link Kind#NATIONAL_ID} the 12 digits
 */
public record CaseSearch(Kind kind, String value) {
  /** The longest search text accepted: a full name is at most a few dozen characters. */
  public static final int MAX_LENGTH = 100;

  private static final Pattern NUMBER = Pattern.compile("\\+?[0-9][0-9 .()\\-]*");

  /** How a search text is matched. */
  public enum Kind {
    /** A name, matched as a prefix of {@link Person#searchKey}. */
    NAME,
    /** A whole phone number, matched in E.164 form. */
    PHONE,
    /** A whole 12-digit national id (CCCD). */
    NATIONAL_ID
  }

  /**
   * Refuses a blank value or one longer than {@value #MAX_LENGTH} characters.
   *
   * @param kind how {@code value} is matched
   * @param value for {@link Kind#NAME} the {@link Person#searchKey} prefix, for {@link Kind#PHONE} the E.164 number,
   *     for {@link Kind#NATIONAL_ID} the 12 digits
   * @throws org.homewatch.ValidationException if the value is blank or too long
   */
  public CaseSearch {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    new Checks().notBlank("search", value).maxLength("search", value, MAX_LENGTH).throwIfAny();
  }

  /**
   * Reads a search text.
   *
   * @param text what staff typed
   * @return the search
   * @throws org.homewatch.ValidationException on {@code search} if it is longer than {@value #MAX_LENGTH}
   *     characters, blank (or only marks), holds control characters, or is a number that is neither a phone
   *     number nor a national id
   */
  public static CaseSearch parse(String text) {
    Checks.required(text, "search");
    new Checks().maxLength("search", text, MAX_LENGTH).plainText("search", text, false).throwIfAny();
    String typed = text.strip();
    if (NUMBER.matcher(typed).matches()) {
      String digits = typed.replaceAll("[\\s.()\\-]", "");
      if (digits.length() == 12 && !digits.startsWith("+") && !digits.startsWith("84")) {
        return new CaseSearch(Kind.NATIONAL_ID, digits);
      }
      try {
        return new CaseSearch(Kind.PHONE, PhoneNumber.parse(typed).e164());
      } catch (org.homewatch.ValidationException e) {
        throw org.homewatch.ValidationException.of("search", "homewatch.validation.search.number",
            "search: a number must be a whole phone number or a 12-digit national id");
      }
    }
    String key = Person.searchKey(typed);
    new Checks().require(!key.isEmpty(), "search", "homewatch.validation.search.blank",
        "search must name a person, a phone number or a national id").throwIfAny();
    return new CaseSearch(Kind.NAME, key);
  }

  /**
   * Whether the case's person is found by this search.
   *
   * @param person a person
   * @return true if the person's name key starts with a name search, or the phone or national id equals a number search
   */
  public boolean matches(Person person) {
    return switch (kind) {
      case NAME -> person.nameSearchKey().startsWith(value);
      case PHONE -> person.phone().e164().equals(value);
      case NATIONAL_ID -> person.nationalId().map(n -> n.value().equals(value)).orElse(false);
    };
  }

  @Override
  public String toString() {
    // Personal data: the audit trail and logs get the kind, never what was typed.
    return "CaseSearch[" + kind + "]";
  }
}
