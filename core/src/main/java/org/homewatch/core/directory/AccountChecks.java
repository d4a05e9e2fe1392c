package org.homewatch.core.directory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.homewatch.ConflictException;
import org.homewatch.ValidationException;
import org.homewatch.core.access.Operation;
import org.homewatch.model.Account;
import org.homewatch.model.AccountId;
import org.homewatch.model.ContactPoint;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.PhoneNumber;
import org.homewatch.model.Principal;
import org.homewatch.model.Role;
import org.homewatch.spi.storage.StorageTransaction;

/**
 * What {@link AccountService} refuses in an account as sent, apart from scope (which {@code AccessControl} checks):
 * reserved ids and roles, contact points no channel can carry, duty for accounts that take no alerts or are
 * deactivated, and an administrator's own roles and scope. Thread-safe.
 */
final class AccountChecks {
  /** The roles an administrator may grant: the staff roles, none wider than an administrator's own. */
  private static final Set<Role> GRANTABLE =
      EnumSet.of(Role.ENROLLER, Role.MONITOR, Role.SUPERVISOR, Role.REPORT_VIEWER, Role.ADMINISTRATOR);
  private static final String SMS = "sms";

  private final Set<String> channels;

  /** @param channels the names of the registered alert channels; contact points must name one of them */
  AccountChecks(Set<String> channels) {
    this.channels = Set.copyOf(channels);
  }

  /** The whole country of a scheme is a scope, never a stored unit (a national administrator). */
  static void requireKnownUnit(StorageTransaction tx, JurisdictionPath unit, String field) {
    if (!unit.isNational() && tx.jurisdictions().find(unit).isEmpty()) {
      throw ValidationException.of(field, "homewatch.validation.jurisdiction.unknown",
          "the unit " + unit + " is not known; import it first");
    }
  }


  /** Everything wrong with the account as sent, at once. */
  void check(Account account) {
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
    if (account.onDuty() && !takesAlerts(account.roles())) {
      problems.addAll(notAlertHandler().violations());
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /** A deactivated account is never on duty: it would be listed so, and paged the moment it is reactivated. */
  static void notOnDutyWhileInactive(AccountId id, boolean active, boolean onDuty) {
    if (onDuty && !active) {
      throw new ConflictException("account " + id + " is deactivated: reactivate it before putting it on duty");
    }
  }

  /**
   * Whether an account with these roles may be on duty: being on duty means being paged with the person's name and
   * signs, which only staff who take alerts need (a report viewer sees numbers only; an enroller or an administrator
   * takes no alert).
   */
  static boolean takesAlerts(Set<Role> roles) {
    return roles.stream().anyMatch(Operation.ACKNOWLEDGE_ALERT.allowedRoles()::contains);
  }

  static ValidationException notAlertHandler() {
    return ValidationException.of("onDuty", "homewatch.validation.onDuty.role",
        "only an account that takes alerts (" + Operation.ACKNOWLEDGE_ALERT.allowedRoles()
            + ") can be on duty: being on duty is being paged with the person's name and signs");
  }

  /**
   * An administrator writing their own account keeps the roles and the scope they have: granting oneself a role
   * (a supervisor's reading of alerts) is granting more than one holds, and dropping one's administrator role or
   * narrowing one's scope can leave a unit with no administrator. Another administrator whose scope holds the account
   * changes them. The name, contact points, duty and language stay one's own to change.
   */
  static void notOwnRolesOrScope(Principal principal, Optional<Account> stored, Account account) {
    if (!principal.account().equals(account.id())) {
      return;
    }
    Set<Role> held = stored.map(Account::roles).orElse(principal.roles());
    JurisdictionPath scope = stored.map(Account::scope).orElse(principal.scope());
    List<ValidationException.Violation> problems = new ArrayList<>();
    boolean rolesChanged = stored.isPresent() ? !account.roles().equals(held) : !held.containsAll(account.roles());
    if (rolesChanged) {
      problems.add(new ValidationException.Violation("roles", "homewatch.validation.account.own",
          "an administrator cannot change the roles of their own account; another administrator can"));
    }
    if (!account.scope().equals(scope)) {
      problems.add(new ValidationException.Violation("scope", "homewatch.validation.account.own",
          "an administrator cannot change the scope of their own account; another administrator can"));
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

  /**
   * The acting account, when it is one of the store's, must still be active: a principal is built at login and a
   * portal may keep it for the whole session, so a deactivated administrator could otherwise go on changing
   * accounts, down to deactivating the last administrator who deactivated them. A principal without a stored
   * account (a portal's own resolver, the system) is left to the portal.
   */
  static void actorActive(StorageTransaction tx, Principal principal) {
    tx.accounts().find(principal.account()).filter(a -> !a.active()).ifPresent(a -> {
      throw new org.homewatch.AccessDeniedException(principal.account() + " is deactivated and may no longer change "
          + "accounts", a.scope());
    });
  }
}
