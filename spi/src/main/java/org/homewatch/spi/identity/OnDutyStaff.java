package org.homewatch.spi.identity;

import java.util.List;
import java.util.Objects;
import org.homewatch.model.AccountId;
import org.homewatch.model.ContactPoint;

/** A staff member to notify, and how. */
public record OnDutyStaff(AccountId account, String displayName, List<ContactPoint> contactPoints) {
  public OnDutyStaff {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(displayName, "displayName");
    contactPoints = List.copyOf(contactPoints);
  }
}
