package org.homewatch.spi.storage;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.homewatch.ValidationException;
import org.homewatch.model.Account;

/**
 * The cursor of {@link AccountStore#list}'s default: the last account's unit key and id, base64 (an id may hold
 * any plain character; a unit key never holds a line feed, so the first one separates them).
 */
final class AccountCursors {
  private AccountCursors() {}

  static String write(Account last) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(
        (last.scope().key() + "\n" + last.id().value()).getBytes(StandardCharsets.UTF_8));
  }

  /** The unit key and the id a cursor carries. */
  static String[] read(String cursor) {
    String text;
    try {
      text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw notOurs(cursor);
    }
    int cut = text.indexOf('\n');
    if (cut < 0) {
      throw notOurs(cursor);
    }
    String unitKey = text.substring(0, cut);
    String id = text.substring(cut + 1);
    if (!isPosition(unitKey, id)) {
      throw notOurs(cursor);
    }
    return new String[] {unitKey, id};
  }

  /**
   * Whether a decoded cursor names a position an account can have: a unit key and an account id. A forged one may
   * carry anything, a NUL included, which PostgreSQL refuses as a parameter (a storage error instead of a refused
   * cursor) and which must never be compared as if it were a position.
   *
   * @param unitKey the unit key part
   * @param id the account id part
   * @return true if both are well formed
   */
  static boolean isPosition(String unitKey, String id) {
    try {
      org.homewatch.model.JurisdictionPath.fromKey(unitKey);
      new org.homewatch.model.AccountId(id);
      return true;
    } catch (IllegalArgumentException | ValidationException e) {
      return false;
    }
  }

  /** Compares an account with the position (unit key, id) in the list's order. */
  static int compare(Account a, String unitKey, String id) {
    int byUnit = a.scope().key().compareTo(unitKey);
    return byUnit != 0 ? byUnit : a.id().value().compareTo(id);
  }

  private static ValidationException notOurs(String cursor) {
    return ValidationException.of("after", "homewatch.validation.cursor",
        "the page cursor '" + cursor + "' is not one this storage issued");
  }
}
