package org.homewatch.core.reports.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.homewatch.model.Account;
import org.homewatch.model.AccountId;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.Role;
import org.homewatch.spi.storage.AccountStore;

/**
 * Which accounts are staff, and their scope, for the usage counters. Read from the account store once per account
 * and kept (an audited action is the most frequent write there is; reading its actor's account each time would
 * double the reads of a declaration). A save through this node forgets the entry; a role changed on another node is
 * seen here when the entry is dropped (the map is cleared when it grows past {@link #LIMIT}). The cost of a stale
 * entry is one action counted under an old scope, in a usage figure.
 */
final class StaffAccounts {
  static final int LIMIT = 100_000;
  private static final Set<Role> STAFF =
      Set.of(Role.ENROLLER, Role.MONITOR, Role.SUPERVISOR, Role.REPORT_VIEWER, Role.ADMINISTRATOR);
  private final Map<AccountId, Optional<JurisdictionPath>> scopes = new ConcurrentHashMap<>();

  /** The scope of the account if it is an active staff account. */
  Optional<JurisdictionPath> staffScope(AccountId id, AccountStore store) {
    Optional<JurisdictionPath> known = scopes.get(id);
    if (known != null) {
      return known;
    }
    Optional<JurisdictionPath> scope = store.find(id).filter(StaffAccounts::isStaff).map(Account::scope);
    if (scopes.size() >= LIMIT) {
      scopes.clear();
    }
    scopes.put(id, scope);
    return scope;
  }

  void forget(AccountId id) {
    scopes.remove(id);
  }

  static boolean isStaff(Account account) {
    return account.active() && account.roles().stream().anyMatch(STAFF::contains);
  }

  /**
   * The dimension an account is counted under: a digest of its id, so that distinct accounts can be counted
   * without the counters holding a login name (which may be an e-mail address or a phone number).
   */
  static String pseudonym(AccountId id) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.value().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
