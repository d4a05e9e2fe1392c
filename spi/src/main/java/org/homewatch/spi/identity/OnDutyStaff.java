package org.homewatch.spi.identity;

import java.util.List;
import java.util.Objects;
import org.homewatch.model.AccountId;
import org.homewatch.model.ContactPoint;

/**
 * A staff member to notify, and how.
 *
 * @param account the staff member's account, recorded as the recipient of the notification
 * @param displayName the name shown in messages and the audit trail
 * @param contactPoints where to reach them, in the order to try; may be empty when nobody set one
 */
public record OnDutyStaff(AccountId account, String displayName, List<ContactPoint> contactPoints) {
  /**
   * Refuses a null account or name; copies the contact points.
   *
   * @param account the staff member's account, recorded as the recipient of the notification
   * @param displayName the name shown in messages and the audit trail
   * @param contactPoints where to reach them, in the order to try
   */
  public OnDutyStaff {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(displayName, "displayName");
    contactPoints = List.copyOf(contactPoints);
  }
}
