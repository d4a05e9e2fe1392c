package org.homewatch.core.directory;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.homewatch.ConflictException;
import org.homewatch.NotFoundException;
import org.homewatch.ValidationException;
import org.homewatch.core.access.AccessControl;
import org.homewatch.core.access.Operation;
import org.homewatch.core.audit.AuditLog;
import org.homewatch.core.internal.Arguments;
import org.homewatch.core.internal.Transactions;
import org.homewatch.model.Account;
import org.homewatch.model.AccountId;
import org.homewatch.model.AccountQuery;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Principal;
import org.homewatch.model.Role;
import org.homewatch.spi.storage.StorageTransaction;

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
 *
 * <p>Nor does an administrator grant anything to themselves: their own account keeps its roles and scope (another
 * administrator changes them), and they cannot move or deactivate it. Only accounts that take alerts (monitors and
 * supervisors) go on duty, since being on duty is being paged with the person's name and signs; a deactivated
 * account is never put on duty.
 */
public final class AccountService {

  private final Transactions transactions;
  private final AccessControl access;
  private final AuditLog audit;
  private final AccountChecks checks;

  /**
   * @param transactions runs each operation in a transaction with its access check
   * @param access decides who may do what, where
   * @param audit records reads and changes
   * @param channels the names of the registered alert channels; contact points must name one of them
   */
  public AccountService(Transactions transactions, AccessControl access, AuditLog audit, Set<String> channels) {
    this.transactions = transactions;
    this.access = access;
    this.audit = audit;
    this.checks = new AccountChecks(channels);
  }

  /**
   * Creates ({@code version} 0) or replaces (the stored version + 1) an account. Kept for callers that track
   * versions themselves; {@link #create} and {@link #update} say which they mean and take the version seen.
   *
   * @param principal an administrator whose scope holds the account's
   * @param account the account, at version 0 when new
   * @return the stored account
   * @throws org.homewatch.AccessDeniedException if the stored account (when there is one) or the account as sent
   *     lies outside the administrator's scope (so no scope wider than their own can be granted)
   * @throws ValidationException if the id is the system's, a role is not a staff role, the scope is not a known
   *     unit, a contact point names no registered channel or (on {@code sms}) is not a phone number, the account is
   *     on duty without a role that takes alerts, it is the administrator's own with other roles or scope, or it
   *     would switch a stored account on or off ({@code active}: that is {@link #deactivate} and {@link #reactivate})
   * @throws ConflictException if a version-0 account's id exists ("use update"), the version is not the stored
   *     one + 1, or a deactivated account would be on duty
   */
  public Account save(Principal principal, Account account) {
    Arguments.required(account, "account");
    return transactions.run(principal, Operation.SAVE_ACCOUNT, tx -> {
      AccountChecks.actorActive(tx, principal);
      Optional<Account> stored = tx.accounts().find(account.id());
      // The stored account first: a refusal is then filed under the unit whose account was aimed at.
      stored.ifPresent(s -> access.require(principal, Operation.SAVE_ACCOUNT, s.scope()));
      access.require(principal, Operation.SAVE_ACCOUNT, account.scope());
      checks.check(account);
      AccountChecks.notOwnRolesOrScope(principal, stored, account);
      AccountChecks.requireKnownUnit(tx, account.scope(), "scope");
      if (stored.isPresent() && account.version() == 0) {
        throw alreadyExists(account.id());
      }
      if (stored.isPresent() && stored.get().active() != account.active()) {
        throw ValidationException.of("active", "homewatch.validation.account.active",
            "an account is switched " + (account.active() ? "on" : "off") + " with accounts()."
                + (account.active() ? "reactivate" : "deactivate") + "(..), which keeps the reason; save keeps "
                + "whether it is active");
      }
      AccountChecks.notOnDutyWhileInactive(account.id(), account.active(), account.onDuty());
      tx.accounts().save(account);
      audit.record(tx, principal, Operation.SAVE_ACCOUNT, "account", account.id(), account.scope(),
          stored.isPresent() && !stored.get().scope().equals(account.scope())
              ? Map.of("roles", account.roles().toString(), "version", Long.toString(account.version()),
                  "previousScope", stored.get().scope().toString())
              : Map.of("roles", account.roles().toString(), "version", Long.toString(account.version())));
      return account;
    });
  }

  /**
   * Creates an account (whatever version it carries, it is stored as version 0).
   *
   * @param principal an administrator whose scope holds the account's
   * @param account the new account, at version 0
   * @return the stored account
   * @throws ConflictException if an account with this id exists (change it with {@link #update})
   * @throws org.homewatch.AccessDeniedException if the account's scope (or an existing account's) lies outside the
   *     administrator's
   * @throws ValidationException as {@link #save} does
   */
  public Account create(Principal principal, Account account) {
    Arguments.required(account, "account");
    return transactions.run(principal, Operation.CREATE_ACCOUNT, tx -> {
      AccountChecks.actorActive(tx, principal);
      Optional<Account> stored = tx.accounts().find(account.id());
      stored.ifPresent(s -> access.require(principal, Operation.CREATE_ACCOUNT, s.scope()));
      access.require(principal, Operation.CREATE_ACCOUNT, account.scope());
      checks.check(account);
      AccountChecks.notOwnRolesOrScope(principal, stored, account);
      AccountChecks.requireKnownUnit(tx, account.scope(), "scope");
      if (stored.isPresent()) {
        throw alreadyExists(account.id());
      }
      AccountChecks.notOnDutyWhileInactive(account.id(), account.active(), account.onDuty());
      Account created = account.atVersion(0);
      tx.accounts().save(created);
      audit.record(tx, principal, Operation.CREATE_ACCOUNT, "account", created.id(), created.scope(),
          Map.of("roles", created.roles().toString(), "active", Boolean.toString(created.active())));
      return created;
    });
  }

  /**
   * Replaces an account's name, roles, contact points, scope and duty with the account as sent, if it is still
   * at {@code expectedVersion} (the version the administrator saw). Whether it is active is not changed here:
   * that is {@link #deactivate} and {@link #reactivate}, each with its reason in the audit trail.
   *
   * @param principal an administrator whose scope holds the stored and the new scope
   * @param account the account as changed
   * @param expectedVersion the version the administrator saw
   * @return the stored account, one version on
   * @throws org.homewatch.NotFoundException if no account has this id
   * @throws ConflictException if the stored version is not {@code expectedVersion}, or the account is deactivated
   *     and sent on duty
   * @throws org.homewatch.AccessDeniedException if the stored or the new scope lies outside the administrator's
   * @throws ValidationException as {@link #save} does (an administrator's own roles and scope stay as they are)
   */
  public Account update(Principal principal, Account account, long expectedVersion) {
    Arguments.required(account, "account");
    return transactions.run(principal, Operation.UPDATE_ACCOUNT, tx -> {
      AccountChecks.actorActive(tx, principal);
      Account stored = stored(tx, principal, Operation.UPDATE_ACCOUNT, account.id(), expectedVersion);
      access.require(principal, Operation.UPDATE_ACCOUNT, account.scope());
      checks.check(account);
      AccountChecks.notOwnRolesOrScope(principal, Optional.of(stored), account);
      AccountChecks.requireKnownUnit(tx, account.scope(), "scope");
      AccountChecks.notOnDutyWhileInactive(stored.id(), stored.active(), account.onDuty());
      Account changed = new Account(stored.id(), account.displayName(), account.roles(), account.scope(),
          account.contactPoints(), account.onDuty(), stored.active(), expectedVersion + 1, account.locale());
      tx.accounts().save(changed);
      Map<String, String> details = new java.util.TreeMap<>(Map.of("roles", changed.roles().toString(),
          "previousRoles", stored.roles().toString(), "version", Long.toString(changed.version())));
      if (!stored.scope().equals(changed.scope())) {
        details.put("previousScope", stored.scope().toString());
      }
      audit.record(tx, principal, Operation.UPDATE_ACCOUNT, "account", changed.id(), changed.scope(), details);
      return changed;
    });
  }

  /**
   * Deactivates an account: it is kept with its history, no longer resolves to a principal
   * ({@code principals().resolve}, {@link #isActive}) and is taken off duty, so it is never paged. Reactivating
   * does not put it back on duty. Deactivating an inactive account changes nothing. An administrator cannot
   * deactivate their own account (a province would lock itself out with its last administrator).
   *
   * @param principal an administrator whose scope holds the account's
   * @param id the account
   * @param expectedVersion the version the administrator saw
   * @param reason why, for the audit trail
   * @return the deactivated account
   * @throws ValidationException if the reason is blank or too long, or the account is the caller's own
   * @throws ConflictException if the stored version is not {@code expectedVersion}
   */
  public Account deactivate(Principal principal, AccountId id, long expectedVersion, String reason) {
    return setActive(principal, Operation.DEACTIVATE_ACCOUNT, id, expectedVersion, reason, false);
  }

  /**
   * Reactivates a deactivated account (off duty); reactivating an active account changes nothing.
   *
   * @param principal an administrator whose scope holds the account's
   * @param id the account
   * @param expectedVersion the version the administrator saw
   * @param reason why, for the audit trail
   * @return the active account
   */
  public Account reactivate(Principal principal, AccountId id, long expectedVersion, String reason) {
    return setActive(principal, Operation.REACTIVATE_ACCOUNT, id, expectedVersion, reason, true);
  }

  private Account setActive(Principal principal, Operation operation, AccountId id, long expectedVersion,
      String reason, boolean active) {
    Arguments.required(id, "id");
    Arguments.text(reason, "reason", 1000);
    return transactions.run(principal, operation, tx -> {
      AccountChecks.actorActive(tx, principal);
      Account stored = stored(tx, principal, operation, id, expectedVersion);
      if (!active && principal.account().equals(id)) {
        throw ValidationException.of("id", "homewatch.validation.id",
            "an administrator cannot deactivate their own account; another administrator can");
      }
      if (stored.active() == active) {
        return stored;
      }
      Account changed = new Account(stored.id(), stored.displayName(), stored.roles(), stored.scope(),
          stored.contactPoints(), false, active, expectedVersion + 1, stored.locale());
      tx.accounts().save(changed);
      audit.record(tx, principal, operation, "account", id, stored.scope(),
          Map.of("reason", reason.strip(), "version", Long.toString(changed.version())));
      return changed;
    });
  }

  /**
   * Moves an account to another unit (a nurse who changes health station). The administrator's scope must hold
   * both units; the account is taken off duty, since being on duty was for the unit it leaves. The move is audited
   * under both units, so each one's trail shows who came and who went.
   *
   * @param principal an administrator whose scope holds both units
   * @param id the account
   * @param to the unit it works over from now on
   * @param expectedVersion the version the administrator saw
   * @param reason why, for the audit trail
   * @return the moved account, off duty
   * @throws ValidationException if the unit is unknown or is the account's own, the reason is blank, or the account
   *     is the administrator's own
   */
  public Account transfer(Principal principal, AccountId id, JurisdictionPath to, long expectedVersion,
      String reason) {
    Arguments.required(id, "id");
    Arguments.required(to, "to");
    Arguments.text(reason, "reason", 1000);
    return transactions.run(principal, Operation.TRANSFER_ACCOUNT, tx -> {
      AccountChecks.actorActive(tx, principal);
      Account stored = stored(tx, principal, Operation.TRANSFER_ACCOUNT, id, expectedVersion);
      access.require(principal, Operation.TRANSFER_ACCOUNT, to);
      if (principal.account().equals(id)) {
        throw ValidationException.of("id", "homewatch.validation.account.own",
            "an administrator cannot move their own account; another administrator can");
      }
      if (stored.scope().equals(to)) {
        throw ValidationException.of("to", "homewatch.validation.case.sameUnit",
            "the account is already at " + to);
      }
      AccountChecks.requireKnownUnit(tx, to, "to");
      Account moved = new Account(stored.id(), stored.displayName(), stored.roles(), to, stored.contactPoints(),
          false, stored.active(), expectedVersion + 1, stored.locale());
      tx.accounts().save(moved);
      Map<String, String> details = Map.of("from", stored.scope().toString(), "to", to.toString(),
          "reason", reason.strip(), "version", Long.toString(moved.version()));
      audit.record(tx, principal, Operation.TRANSFER_ACCOUNT, "account", id, stored.scope(), details);
      audit.record(tx, principal, Operation.TRANSFER_ACCOUNT, "account", id, to, details);
      return moved;
    });
  }

  /**
   * Whether this account may log in: it exists and is active. For the portal to ask at each login, before it has
   * a principal (so it takes none); it answers a yes or no about an account id, which is not personal data.
   *
   * @param id the account id the portal authenticated
   * @return true if it exists and is active
   */
  public boolean isActive(AccountId id) {
    Arguments.required(id, "id");
    return transactions.storage().inTransaction(tx -> tx.accounts().find(id)).map(Account::active).orElse(false);
  }

  /** The stored account, if the principal may act on its unit and it is still at the version they saw. */
  private Account stored(StorageTransaction tx, Principal principal, Operation operation, AccountId id,
      long expectedVersion) {
    Account stored = tx.accounts().find(id).orElseThrow(() -> new NotFoundException("account", id));
    access.require(principal, operation, stored.scope());
    if (stored.version() != expectedVersion) {
      throw ConflictException.staleVersion("account", id, expectedVersion, stored.version());
    }
    return stored;
  }

  private static ConflictException alreadyExists(AccountId id) {
    return new ConflictException("account " + id + " already exists: change it with accounts().update(principal, "
        + "account, expectedVersion), or save it at its stored version + 1");
  }

  /**
   * Switches an account on or off duty (the default staff directory notifies on-duty staff only).
   *
   * @param principal an administrator whose scope holds the account's
   * @param id the account
   * @param onDuty true to be paged for its unit's alerts
   * @return the changed account
   * @throws ValidationException if the id is missing, or the account is put on duty without a role that takes
   *     alerts (monitor, supervisor)
   * @throws ConflictException if a deactivated account is put on duty
   */
  public Account setOnDuty(Principal principal, AccountId id, boolean onDuty) {
    Arguments.required(id, "id");
    return transactions.run(principal, Operation.SET_ON_DUTY, tx -> {
      AccountChecks.actorActive(tx, principal);
      Account stored = tx.accounts().find(id).orElseThrow(() -> new NotFoundException("account", id));
      if (!principal.account().equals(id)) {
        access.require(principal, Operation.SET_ON_DUTY, stored.scope());
      }
      if (onDuty) {
        AccountChecks.notOnDutyWhileInactive(id, stored.active(), true);
      }
      if (onDuty && !AccountChecks.takesAlerts(stored.roles())) {
        throw AccountChecks.notAlertHandler();
      }
      Account changed = new Account(stored.id(), stored.displayName(), stored.roles(), stored.scope(),
          stored.contactPoints(), onDuty, stored.active(), stored.version() + 1, stored.locale());
      tx.accounts().save(changed);
      audit.record(tx, principal, Operation.SET_ON_DUTY, "account", id, stored.scope(),
          Map.of("onDuty", Boolean.toString(onDuty)));
      return changed;
    });
  }

  /**
   * One account, audited as a read.
   *
   * @param principal an administrator whose scope holds the account's
   * @param id the account
   * @return the account, or empty if there is none
   */
  /**
   * The account with this id, for an administrator whose scope holds it, or the caller's own account. An account
   * outside the administrator's scope is answered exactly as an absent one (empty), so that the answer does not tell
   * whether the id exists elsewhere; the attempt is audited ({@code access.denied}) under the account's unit, where
   * that unit's administrators see it. A caller without the administrator role is refused before anything is read.
   *
   * @param principal an administrator, or anyone asking for their own account
   * @param id the account's id
   * @return the account, or empty if there is none with this id inside the caller's scope
   * @throws org.homewatch.AccessDeniedException if the caller is not an administrator and asks for another's account
   */
  public Optional<Account> find(Principal principal, AccountId id) {
    Arguments.required(id, "id");
    return transactions.run(principal, Operation.READ_ACCOUNT, tx -> {
      if (principal.account().equals(id)) {
        return tx.accounts().find(id);
      }
      access.requireRole(principal, Operation.READ_ACCOUNT);
      Optional<Account> found = tx.accounts().find(id);
      if (found.isPresent() && !principal.covers(found.get().scope())) {
        audit.record(tx, principal, "access.denied", "operation", Operation.READ_ACCOUNT.auditAction(),
            found.get().scope(), Map.of("reason", principal.account() + " (scope " + principal.scope()
                + ") asked for an account outside that scope; answered as absent", "actorScope",
                principal.scope().toString()));
        return Optional.empty();
      }
      return found;
    });
  }

  /**
   * One page of the accounts of a unit's subtree, unit by unit then by id, optionally only those with a role,
   * active or not, on duty or not: an administrator's account list. {@code page.next(result)} goes on. Reading it is
   * audited ({@code account.list}, under the unit asked about, with the filters and how many accounts were served),
   * since accounts carry staff's phone numbers.
   *
   * @param principal an administrator whose scope holds the query's unit
   * @param query the unit and filters, e.g. {@code AccountQuery.in(district).withRole(Role.MONITOR).onDuty(true)}
   * @param page where to start and how many
   * @return one page of accounts and the cursor of the next
   * @throws org.homewatch.AccessDeniedException if the caller is not an administrator or the unit lies outside
   *     their scope
   * @throws ValidationException if the cursor is not one this list issued
   */
  public Page<Account> list(Principal principal, AccountQuery query, PageRequest page) {
    Arguments.required(query, "query");
    Arguments.required(page, "page");
    return transactions.run(principal, Operation.LIST_ACCOUNTS, tx -> {
      access.require(principal, Operation.LIST_ACCOUNTS, query.scope());
      Page<Account> accounts = tx.accounts().list(query, page);
      Map<String, String> asked = new java.util.TreeMap<>();
      query.role().ifPresent(r -> asked.put("role", r.name()));
      query.active().ifPresent(a -> asked.put("active", a.toString()));
      query.onDuty().ifPresent(d -> asked.put("onDuty", d.toString()));
      asked.put("served", Integer.toString(accounts.items().size()));
      audit.record(tx, principal, Operation.LIST_ACCOUNTS, "account", query.scope(), query.scope(), asked);
      return accounts;
    });
  }
}
