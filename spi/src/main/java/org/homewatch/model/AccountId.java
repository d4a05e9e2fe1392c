package org.homewatch.model;


/**
 * Identifies an account: a staff member, a citizen using the app, or the system itself. The value is the
 * portal's own subject identifier (e.g. the login name in the province's single sign-on), so that integrators
 * need no mapping table.
 *
 * @param value the portal's subject identifier, 1 to 128 characters of plain text without surrounding spaces
 */
public record AccountId(String value) implements Comparable<AccountId> {
  /** The account that background work (sweeps, escalation, dispatch) acts as. */
  public static final AccountId SYSTEM = new AccountId("system");

  /**
   * Refuses a blank value, surrounding spaces, more than 128 characters, or control characters.
   *
   * @param value the portal's subject identifier, 1 to 128 characters of plain text without surrounding spaces
   * @throws org.homewatch.ValidationException if the value is not acceptable
   */
  public AccountId {
    Checks.required(value, "value");
    new Checks()
        .require(!value.isBlank() && value.length() <= 128 && value.strip().equals(value), "accountId",
            "homewatch.validation.accountId", "an account id must be 1 to 128 characters without surrounding spaces")
        .plainText("accountId", value, false)
        .throwIfAny();
  }

  @Override
  public int compareTo(AccountId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
