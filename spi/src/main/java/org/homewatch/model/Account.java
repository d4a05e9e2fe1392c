package org.homewatch.model;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A staff account known to Homewatch: who, with which roles, over which jurisdiction, reachable how, and
 * whether on duty (only on-duty staff are notified of alerts).
 *
 * @param locale the language the staff member reads pages and notices in ({@link Person#VIETNAMESE} unless told
 *     otherwise); a language Homewatch has no texts for is read in Vietnamese
 */
public record Account(
    AccountId id,
    String displayName,
    Set<Role> roles,
    JurisdictionPath scope,
    List<ContactPoint> contactPoints,
    boolean onDuty,
    boolean active,
    long version,
    Locale locale) {

  public Account {
    Checks.required(id, "id");
    Checks.required(displayName, "displayName");
    Checks.required(scope, "scope");
    Checks.required(locale, "locale");
    roles = Checks.copyOfSet(roles, "roles");
    contactPoints = Checks.copyOfList(contactPoints, "contactPoints");
    displayName = Normalizer.normalize(displayName.strip(), Normalizer.Form.NFC);
    new Checks()
        .notBlank("displayName", displayName)
        .maxLength("displayName", displayName, 200)
        .plainText("displayName", displayName, false)
        .require(!roles.isEmpty(), "roles", "homewatch.validation.roles", "an account has at least one role")
        .language("locale", locale)
        .throwIfAny();
  }

  /**
   * An account whose holder reads Vietnamese (the default; the components as before the locale was added).
   *
   * @param id the account's id
   * @param displayName the name staff see
   * @param roles at least one
   * @param scope the unit the account works in, and everything below it
   * @param contactPoints where pages go, tried in this order
   * @param onDuty whether pages for the unit reach this account
   * @param active whether the account may act at all
   * @param version the stored version (0 for a new account)
   */
  public Account(AccountId id, String displayName, Set<Role> roles, JurisdictionPath scope,
      List<ContactPoint> contactPoints, boolean onDuty, boolean active, long version) {
    this(id, displayName, roles, scope, contactPoints, onDuty, active, version, Person.VIETNAMESE);
  }

  public Principal asPrincipal() {
    return new Principal(id, roles, scope, java.util.Optional.empty());
  }

  /**
   * A new, active, off-duty staff account with no contact point yet, to be completed with {@link #reachableAt}
   * and {@link #withOnDuty} and saved: {@code Account.staff("tyt-ia-blang-1", "Y tá Hoa", commune, Role.MONITOR)
   * .reachableAt("sms", "+84905111222").withOnDuty(true)}.
   */
  public static Account staff(String id, String displayName, JurisdictionPath scope, Role role, Role... moreRoles) {
    java.util.EnumSet<Role> all = java.util.EnumSet.of(role, moreRoles);
    return new Account(new AccountId(id), displayName, all, scope, List.of(), false, true, 0, Person.VIETNAMESE);
  }

  /** This account with one more contact point (tried in the order added). */
  public Account reachableAt(String channel, String address) {
    List<ContactPoint> more = new java.util.ArrayList<>(contactPoints);
    more.add(new ContactPoint(channel, address));
    return new Account(id, displayName, roles, scope, more, onDuty, active, version, locale);
  }

  /** This account on or off duty (on duty: notified of its unit's alerts by the default staff directory). */
  public Account withOnDuty(boolean duty) {
    return new Account(id, displayName, roles, scope, contactPoints, duty, active, version, locale);
  }

  public Account atVersion(long newVersion) {
    return new Account(id, displayName, roles, scope, contactPoints, onDuty, active, newVersion, locale);
  }

  /**
   * This account with its holder reading pages in {@code language}.
   *
   * @param language e.g. {@code Locale.ENGLISH} for a visiting expert
   * @return the same account with that locale
   */
  public Account withLocale(Locale language) {
    return new Account(id, displayName, roles, scope, contactPoints, onDuty, active, version, language);
  }
}
