package org.homewatch.model;

import java.util.Objects;

/**
 * Who submitted a declaration: the person, someone on their behalf (a household head, a family member), or
 * health-station staff who took it by phone or at the door.
 */
public record Submitter(Kind kind, AccountId account) {
  public enum Kind {
    SELF,
    PROXY,
    STAFF
  }

  public Submitter {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(account, "account");
  }
}
