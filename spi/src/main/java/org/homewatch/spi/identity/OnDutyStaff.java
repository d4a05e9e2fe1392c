package org.homewatch.spi.identity;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.homewatch.model.AccountId;
import org.homewatch.model.ContactPoint;
import org.homewatch.model.Person;

/**
 * A staff member to notify, and how.
 *
 * @param account the staff member's account, recorded as the recipient of the notification
 * @param displayName the name shown in messages and the audit trail
 * @param contactPoints where to reach them, in the order to try; may be empty when nobody set one
 * @param locale the language the member's pages are written in (their account's)
 */
public record OnDutyStaff(AccountId account, String displayName, List<ContactPoint> contactPoints, Locale locale) {
  /**
   * Refuses a null account or name; copies the contact points.
   *
   * @param account the staff member's account, recorded as the recipient of the notification
   * @param displayName the name shown in messages and the audit trail
   * @param contactPoints where to reach them, in the order to try
   * @param locale the language the member's pages are written in
   */
  public OnDutyStaff {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(locale, "locale");
    contactPoints = List.copyOf(contactPoints);
  }

  /**
   * A staff member who reads Vietnamese (the components as before the locale was added).
   *
   * @param account the member's account
   * @param displayName the name staff see
   * @param contactPoints where the member's pages go, tried in this order
   */
  public OnDutyStaff(AccountId account, String displayName, List<ContactPoint> contactPoints) {
    this(account, displayName, contactPoints, Person.VIETNAMESE);
  }
}
