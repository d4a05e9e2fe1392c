package org.homewatch.model;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A staff account known to Homewatch: who, with which roles, over which jurisdiction, reachable how, and
 * whether on duty (only on-duty staff are notified of alerts).
 *
 * @param id the portal's subject identifier of the staff member
 * @param displayName the name shown to colleagues and in notifications; 1 to 200 characters of plain text, stored in
 *     NFC
 * @param roles what the account may do; at least one
 * @param scope the unit it works over (a commune, district, province, or a national path)
 * @param contactPoints where it is paged, in the order tried; may be empty
 * @param onDuty whether it is paged for its unit's alerts now
 * @param active false once deactivated: it may no longer act, and is kept for the audit trail
 * @param version the optimistic-lock version, 0 when new
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

  /**
   * Validates the name and roles, collecting every violation.
   *
   * @param id the portal's subject identifier of the staff member
   * @param displayName the name shown to colleagues and in notifications
   * @param roles what the account may do
   * @param scope the unit it works over (a commune, district, province, or a national path)
   * @param contactPoints where it is paged, in the order tried
   * @param onDuty whether it is paged for its unit's alerts now
   * @param active false once deactivated: it may no longer act, and is kept for the audit trail
   * @param version the optimistic-lock version, 0 when new
   * @param locale the language the staff member reads pages in
   * @throws org.homewatch.ValidationException if the name is blank, too long or not plain text, there is no role, or
   *     the locale names no language
   */
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

  /**
   * The principal this account acts as (no citizen's person attached).
   *
   * @return a principal with the account's id, roles and scope
   */
  public Principal asPrincipal() {
    return new Principal(id, roles, scope, java.util.Optional.empty());
  }

  /**
   * A new, active, off-duty staff account with no contact point yet, to be completed with {@link #reachableAt}
   * and {@link #withOnDuty} and saved: {@code Account.staff("tyt-ia-blang-1", "Y tá Hoa", commune, Role.MONITOR)
   * .reachableAt("sms", "+84905111222").withOnDuty(true)}.
   *
   * @param id the portal's subject identifier, 1 to 128 characters
   * @param displayName the name shown to colleagues and in notifications
   * @param scope the unit the account works over
   * @param role a role it has
   * @param moreRoles further roles, if any
   * @return the new account at version 0
   * @throws org.homewatch.ValidationException if an id or the name is not acceptable
   */
  public static Account staff(String id, String displayName, JurisdictionPath scope, Role role, Role... moreRoles) {
    java.util.EnumSet<Role> all = java.util.EnumSet.of(role, moreRoles);
    return new Account(new AccountId(id), displayName, all, scope, List.of(), false, true, 0, Person.VIETNAMESE);
  }

  /**
   * This account with one more contact point (tried in the order added).
   *
   * @param channel the channel's name, e.g. {@code sms}
   * @param address the address on that channel, e.g. a phone number in E.164 form
   * @return a copy with the contact point appended
   */
  public Account reachableAt(String channel, String address) {
    List<ContactPoint> more = new java.util.ArrayList<>(contactPoints);
    more.add(new ContactPoint(channel, address));
    return new Account(id, displayName, roles, scope, more, onDuty, active, version, locale);
  }

  /**
   * This account on or off duty (on duty: notified of its unit's alerts by the default staff directory).
   *
   * @param duty true to be paged for its unit's alerts
   * @return a copy with that duty
   */
  public Account withOnDuty(boolean duty) {
    return new Account(id, displayName, roles, scope, contactPoints, duty, active, version, locale);
  }

  /**
   * The same account at another version, as a store writes it after an update.
   *
   * @param newVersion the version to carry
   * @return a copy with {@code newVersion}
   */
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
