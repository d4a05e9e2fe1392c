package org.homewatch.core.directory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.homewatch.NotFoundException;
import org.homewatch.ValidationException;
import org.homewatch.core.access.AccessControl;
import org.homewatch.core.access.Operation;
import org.homewatch.core.audit.AuditLog;
import org.homewatch.core.internal.Arguments;
import org.homewatch.core.internal.Transactions;
import org.homewatch.model.Account;
import org.homewatch.model.AccountId;
import org.homewatch.model.ContactPoint;
import org.homewatch.model.PhoneNumber;
import org.homewatch.model.Principal;
import org.homewatch.model.Role;

/**
 * Staff accounts: created and changed by administrators, within their own scope.
 *
 * <p>An administrator may change an account only if both the stored account and the account as sent lie inside
 * their scope: checking the new scope alone let a province's administrator move another province's nurse into
 * their own province and change where her alerts go. So no administrator grants a scope wider than their own.
 * Only administrators manage accounts, and ADMINISTRATOR is the widest staff role, so "no role wider than one's
 * own" means staff roles only: {@code SYSTEM} belongs to background work and {@code CITIZEN} to people in
 * quarantine (their principals come from the portal, not from accounts). The account id of the system ({@code system}) is never an account's, so
 * that audit records by the system cannot be confused with a person's. Every contact point must name a
 * registered channel, and an {@code sms} address must be a phone number, so that an alert is never addressed to
 * a channel or number that cannot carry it.
 */
public final class AccountService {
  /** The roles an administrator may grant: the staff roles, none wider than an administrator's own. */
  private static final Set<Role> GRANTABLE =
      EnumSet.of(Role.ENROLLER, Role.MONITOR, Role.SUPERVISOR, Role.REPORT_VIEWER, Role.ADMINISTRATOR);
  private static final String SMS = "sms";

  private final Transactions transactions;
  private final AccessControl access;
  private final AuditLog audit;
  private final Set<String> channels;

  /**
   * @param channels the names of the registered alert channels; contact points must name one of them
   */
  public AccountService(Transactions transactions, AccessControl access, AuditLog audit, Set<String> channels) {
    this.transactions = transactions;
    this.access = access;
    this.audit = audit;
    this.channels = Set.copyOf(channels);
  }

  /**
   * Creates ({@code version} 0) or replaces (the stored version + 1) an account.
   *
   * @throws org.homewatch.AccessDeniedException if the stored account (when there is one) or the account as sent
   *     lies outside the administrator's scope (so no scope wider than their own can be granted)
   * @throws ValidationException if the id is the system's, a role is not a staff role, the scope is not a known
   *     unit, or a contact point names no registered channel or (on {@code sms}) is not a phone number
   */
  public Account save(Principal principal, Account account) {
    Arguments.required(account, "account");
    return transactions.run(principal, Operation.SAVE_ACCOUNT, tx -> {
      Optional<Account> stored = tx.accounts().find(account.id());
      // The stored account first: a refusal is then filed under the unit whose account was aimed at.
      stored.ifPresent(s -> access.require(principal, Operation.SAVE_ACCOUNT, s.scope()));
      access.require(principal, Operation.SAVE_ACCOUNT, account.scope());
      check(account);
      // The whole country of a scheme is a scope, never a stored unit (a national administrator).
      if (!account.scope().isNational() && tx.jurisdictions().find(account.scope()).isEmpty()) {
        throw ValidationException.of("scope", "homewatch.validation.jurisdiction.unknown",
            "the unit " + account.scope() + " is not known; import it first");
      }
      tx.accounts().save(account);
      audit.record(tx, principal, Operation.SAVE_ACCOUNT, "account", account.id(), account.scope(),
          stored.isPresent() && !stored.get().scope().equals(account.scope())
              ? Map.of("roles", account.roles().toString(), "version", Long.toString(account.version()),
                  "previousScope", stored.get().scope().toString())
              : Map.of("roles", account.roles().toString(), "version", Long.toString(account.version())));
      return account;
    });
  }

  /** Everything wrong with the account as sent, at once. */
  private void check(Account account) {
    List<ValidationException.Violation> problems = new ArrayList<>();
    if (account.id().equals(AccountId.SYSTEM)) {
      problems.add(new ValidationException.Violation("id", "homewatch.validation.accountId.reserved",
          "the account id '" + AccountId.SYSTEM + "' is the system's own (background work acts as it)"));
    }
    for (Role role : account.roles()) {
      if (!GRANTABLE.contains(role)) {
        problems.add(new ValidationException.Violation("roles", "homewatch.validation.roles.notStaff",
            "the " + role + " role cannot be given to an account: " + (role == Role.SYSTEM
                ? "it belongs to background work" : "citizens act through the portal as Principal.citizen")));
      }
    }
    for (int i = 0; i < account.contactPoints().size(); i++) {
      ContactPoint point = account.contactPoints().get(i);
      String field = "contactPoints[" + i + "]";
      if (!channels.contains(point.channel())) {
        problems.add(new ValidationException.Violation(field + ".channel", "homewatch.validation.channel.unknown",
            "no channel named '" + point.channel() + "' is registered (registered: " + new TreeSet<>(channels)
                + "); register it with Homewatch.builder().channel(..) or use one of those"));
      } else if (point.channel().equals(SMS) && !isPhoneNumber(point.address())) {
        problems.add(new ValidationException.Violation(field + ".address", "homewatch.validation.phone",
            "an sms contact point must be a phone number (0912345678 or +…)"));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  private static boolean isPhoneNumber(String address) {
    try {
      PhoneNumber.parse(address);
      return true;
    } catch (ValidationException e) {
      return false;
    }
  }

  /** Switches an account on or off duty (the default staff directory notifies on-duty staff only). */
  public Account setOnDuty(Principal principal, AccountId id, boolean onDuty) {
    return transactions.run(principal, Operation.SET_ON_DUTY, tx -> {
      Account stored = tx.accounts().find(id).orElseThrow(() -> new NotFoundException("account", id));
      if (!principal.account().equals(id)) {
        access.require(principal, Operation.SET_ON_DUTY, stored.scope());
      }
      Account changed = new Account(stored.id(), stored.displayName(), stored.roles(), stored.scope(),
          stored.contactPoints(), onDuty, stored.active(), stored.version() + 1);
      tx.accounts().save(changed);
      audit.record(tx, principal, Operation.SET_ON_DUTY, "account", id, stored.scope(),
          Map.of("onDuty", Boolean.toString(onDuty)));
      return changed;
    });
  }

  public Optional<Account> find(Principal principal, AccountId id) {
    Arguments.required(id, "id");
    return transactions.run(principal, Operation.READ_ACCOUNT, tx -> {
      Optional<Account> found = tx.accounts().find(id);
      if (found.isPresent() && !principal.account().equals(id)) {
        access.require(principal, Operation.READ_ACCOUNT, found.get().scope());
      }
      return found;
    });
  }
}
