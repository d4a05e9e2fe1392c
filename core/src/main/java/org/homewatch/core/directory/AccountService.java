package org.homewatch.core.directory;

import java.util.Map;
import java.util.Optional;
import org.homewatch.NotFoundException;
import org.homewatch.ValidationException;
import org.homewatch.core.access.AccessControl;
import org.homewatch.core.access.Operation;
import org.homewatch.core.audit.AuditLog;
import org.homewatch.core.internal.Arguments;
import org.homewatch.core.internal.Transactions;
import org.homewatch.model.Account;
import org.homewatch.model.AccountId;
import org.homewatch.model.Principal;
import org.homewatch.model.Role;

/** Staff accounts: created and changed by administrators, within their own scope. */
public final class AccountService {
  private final Transactions transactions;
  private final AccessControl access;
  private final AuditLog audit;

  public AccountService(Transactions transactions, AccessControl access, AuditLog audit) {
    this.transactions = transactions;
    this.access = access;
    this.audit = audit;
  }

  /**
   * Creates ({@code version} 0) or replaces (the stored version + 1) an account. The account's scope must be a
   * known unit inside the administrator's scope; nobody may grant SYSTEM.
   */
  public Account save(Principal principal, Account account) {
    Arguments.required(account, "account");
    return transactions.run(principal, "account.save", tx -> {
      access.require(principal, Operation.MANAGE_ACCOUNTS, account.scope());
      if (account.roles().contains(Role.SYSTEM)) {
        throw ValidationException.of("roles", "homewatch.validation.roles.system",
            "the SYSTEM role belongs to background work and cannot be given to an account");
      }
      if (tx.jurisdictions().find(account.scope()).isEmpty()) {
        throw ValidationException.of("scope", "homewatch.validation.jurisdiction.unknown",
            "the unit " + account.scope() + " is not known; import it first");
      }
      tx.accounts().save(account);
      audit.record(tx, principal, "account.save", "account", account.id(), account.scope(),
          Map.of("roles", account.roles().toString(), "version", Long.toString(account.version())));
      return account;
    });
  }

  /** Switches an account on or off duty (the default staff directory notifies on-duty staff only). */
  public Account setOnDuty(Principal principal, AccountId id, boolean onDuty) {
    return transactions.run(principal, "account.duty", tx -> {
      Account stored = tx.accounts().find(id).orElseThrow(() -> new NotFoundException("account", id));
      if (!principal.account().equals(id)) {
        access.require(principal, Operation.MANAGE_ACCOUNTS, stored.scope());
      }
      Account changed = new Account(stored.id(), stored.displayName(), stored.roles(), stored.scope(),
          stored.contactPoints(), onDuty, stored.active(), stored.version() + 1);
      tx.accounts().save(changed);
      audit.record(tx, principal, "account.duty", "account", id, stored.scope(),
          Map.of("onDuty", Boolean.toString(onDuty)));
      return changed;
    });
  }

  public Optional<Account> find(Principal principal, AccountId id) {
    Arguments.required(id, "id");
    return transactions.run(principal, "account.read", tx -> {
      Optional<Account> found = tx.accounts().find(id);
      if (found.isPresent() && !principal.account().equals(id)) {
        access.require(principal, Operation.MANAGE_ACCOUNTS, found.get().scope());
      }
      return found;
    });
  }
}
