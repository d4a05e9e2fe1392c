package org.homewatch.model;

import java.util.Objects;

/**
 * Who submitted a declaration: the person, someone on their behalf (a household head, a family member), or
 * health-station staff who took it by phone or at the door.
 *
 * @param kind on whose behalf, and by whom
 * @param account the account that submitted it
 */
public record Submitter(Kind kind, AccountId account) {
  /** Who submitted, relative to the person declared for. */
  public enum Kind {
    /** The person themselves. */
    SELF,
    /** Someone on their behalf: a household head or family member. */
    PROXY,
    /** Health-station staff, by phone or at the door. */
    STAFF
  }

  /**
   * Refuses null components.
   *
   * @param kind on whose behalf, and by whom
   * @param account the account that submitted it
   */
  public Submitter {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(account, "account");
  }
}
