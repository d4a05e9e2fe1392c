package org.homewatch.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The person being monitored. Personal data: staff who need only numbers see it masked, and every read of it
 * in full is audited by core.
 *
 * @param id identifies the person across cases
 * @param birthDate when they were born, or the year alone
 * @param sex as on their papers
 * @param home where they stay during home quarantine
 * @param fullName Vietnamese text, normalised to NFC so that "Nguyễn" typed on two keyboards compares equal
 * @param phone where reminders go and where staff call; E.164
 * @param nationalId the CCCD, if the person has one (children and foreigners may not)
 * @param locale the language the person reads the messages sent to them in ({@link #VIETNAMESE} unless told
 *     otherwise, e.g. {@code Locale.ENGLISH} for a foreign expert in quarantine); a language Homewatch has no texts
 *     for is read in Vietnamese
 */
public record Person(
    PersonId id,
    String fullName,
    BirthDate birthDate,
    Sex sex,
    PhoneNumber phone,
    Optional<NationalId> nationalId,
    Address home,
    Locale locale) {

  /** Vietnamese, the language of a person or account nobody said otherwise of. */
  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  /**
   * Normalises the name and validates it and the locale; the other parts validate themselves.
   *
   * @param id identifies the person across cases
   * @param fullName Vietnamese text, normalised to NFC so that "Nguyễn" typed on two keyboards compares equal
   * @param birthDate when they were born, or the year alone
   * @param sex as on their papers
   * @param phone where reminders go and where staff call
   * @param nationalId the CCCD, if the person has one (children and foreigners may not)
   * @param home where they stay during home quarantine
   * @param locale the language the person reads messages in
   * @throws org.homewatch.ValidationException if the name is blank, longer than 200 characters or not plain text,
   *     or the locale names no language
   */
  public Person {
    Checks.required(id, "id");
    Checks.required(fullName, "fullName");
    Checks.required(birthDate, "birthDate");
    Checks.required(sex, "sex");
    Checks.required(phone, "phone");
    Checks.required(nationalId, "nationalId");
    Checks.required(home, "home");
    Checks.required(locale, "locale");
    fullName = normalizeName(fullName);
    new Checks().notBlank("fullName", fullName).maxLength("fullName", fullName, 200)
        .plainText("fullName", fullName, false).language("locale", locale).throwIfAny();
  }

  /**
   * A person who reads Vietnamese (the default; the components as before the locale was added).
   *
   * @param id who the person is, across their cases
   * @param fullName the name as on their papers
   * @param birthDate the date, or only the year, of birth
   * @param sex as on the person's papers
   * @param phone where reminders go and where staff call
   * @param nationalId the CCCD, if the person has one
   * @param home where the person is quarantined
   */
  public Person(PersonId id, String fullName, BirthDate birthDate, Sex sex, PhoneNumber phone,
      Optional<NationalId> nationalId, Address home) {
    this(id, fullName, birthDate, sex, phone, nationalId, home, VIETNAMESE);
  }

  /**
   * This person reading messages in {@code language}.
   *
   * @param language the person's language, e.g. {@code Locale.ENGLISH}
   * @return the same person with that locale
   */
  public Person withLocale(Locale language) {
    return new Person(id, fullName, birthDate, sex, phone, nationalId, home, language);
  }

  /**
   * NFC, trimmed, inner runs of white space folded to one space.
   *
   * @param name a name as typed
   * @return the normalised name
   */
  public static String normalizeName(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
  }

  /**
   * The name as duplicate detection compares it: lower case, and in each word the tone mark (sắc, huyền, hỏi,
   * ngã, nặng) taken off the vowel it sits on and put at the end of the word. Vietnamese has two spellings of
   * where the tone goes ("Hoà" in the old style, "Hòa" in the new; "thuỷ" and "thủy"), and a person registered in
   * one must be found when typed in the other. Other marks (â, ê, ô, ă, ơ, ư) and letters stay as written, so
   * "Hòa", "Hóa" and "Hoa" remain three names.
   *
   * @param name a name as typed
   * @return the comparable form
   */
  public static String comparableName(String name) {
    String decomposed = Normalizer.normalize(normalizeName(name).toLowerCase(java.util.Locale.ROOT),
        Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    StringBuilder tones = new StringBuilder(2);
    for (int i = 0; i < decomposed.length(); i++) {
      char ch = decomposed.charAt(i);
      if (isToneMark(ch)) {
        tones.append(ch);
      } else if (ch == ' ') {
        out.append(tones).append(ch);
        tones.setLength(0);
      } else {
        out.append(ch);
      }
    }
    return out.append(tones).toString();
  }

  /**
   * The name as staff search for it: lower case, every diacritic and tone mark taken off (so "Nguyễn Thị Hoà",
   * "Nguyễn Thị Hòa" and "nguyen thi hoa" give the same key), đ and Đ read as d, white space folded to one space.
   * Unlike {@link #comparableName}, "Hòa", "Hóa" and "Hoa" share a key: a search finds every spelling a person
   * may have been registered under and staff choose among the people found. Idempotent: the key of a key is
   * itself. Storages keep it beside the name (it is what a line-list name search matches by prefix).
   *
   * @param text a name or part of one, as typed
   * @return the search key; empty if the text held only marks and spaces
   */
  public static String searchKey(String text) {
    String decomposed = Normalizer.normalize(text.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean space = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char ch = decomposed.charAt(i);
      if (Character.getType(ch) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isWhitespace(ch) || Character.isSpaceChar(ch)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(ch == '\u0111' ? 'd' : ch);
    }
    return out.toString();
  }

  private static boolean isToneMark(char ch) {
    // grave (huyền), acute (sắc), tilde (ngã), hook above (hỏi), dot below (nặng)
    return ch == '\u0300' || ch == '\u0301' || ch == '\u0303' || ch == '\u0309' || ch == '\u0323';
  }

  /**
   * {@link #searchKey} of this person's name.
   *
   * @return the search key
   */
  public String nameSearchKey() {
    return searchKey(fullName);
  }

  /**
   * The name reduced to initials and the given name ("N. V. An"), for screens that need no more.
   *
   * @return the masked name
   */
  public String maskedName() {
    String[] parts = fullName.split(" ");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts.length - 1; i++) {
      sb.append(parts[i].codePoints().limit(1).collect(StringBuilder::new, StringBuilder::appendCodePoint,
          StringBuilder::append)).append(". ");
    }
    return sb.append(parts[parts.length - 1]).toString();
  }
}
