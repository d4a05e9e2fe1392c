package org.homewatch.core.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.homewatch.ValidationException;
import org.homewatch.core.access.AccessControl;
import org.homewatch.core.access.Operation;
import org.homewatch.core.alerts.CaseAlerts;
import org.homewatch.core.audit.AuditLog;
import org.homewatch.core.internal.Arguments;
import org.homewatch.core.internal.Transactions;
import org.homewatch.core.feedback.CaseFeedback;
import org.homewatch.core.notify.HistoryDetails;
import org.homewatch.model.Account;
import org.homewatch.model.Address;
import org.homewatch.model.CaseChange;
import org.homewatch.model.CaseQuery;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Person;
import org.homewatch.model.Principal;
import org.homewatch.spi.storage.StorageTransaction;

/**
 * Moves a deployment from one administrative scheme to the next (GSO 2021 → 2025) along a {@link SchemeMapping}:
 * cases (their responsible unit and the person's home), then accounts (their scope), in bounded batches.
 *
 * <p>Each method does one batch in one transaction and returns where to go on; call it again with
 * {@link RehomeBatch#next()} until that is empty. A batch is idempotent: what it moved has left the old scheme, so
 * running a batch twice, or on two nodes at once (the loser of a version race rolls back and its next call finds the
 * rest), moves nothing twice. Start over with {@link PageRequest#first} at any time to pick up what a failed run
 * left; what the mapping does not name stays where it is and is counted as {@code leftBehind}.
 *
 * <p>Who may run it: an administrator whose scope covers every old unit of the mapping (a provincial
 * administrator for a province's mapping, a national one for the country), like a transfer, which needs rights
 * over the case where it is. The new units must already be imported. The batches walk the administrator's own
 * scope. Every move is audited under the unit the record left ({@code case.rehome}, {@code account.rehome}).
 *
 * <p>A moved case's unresolved alerts follow it as after a transfer (OPEN at level 0 at the new unit, a fresh
 * deadline, the new unit's on-duty staff paged): left at the old unit, nobody scoped to the new scheme would see
 * them. Feedback, audit events and closed alerts keep their old unit (history is not rewritten); drain the outbox
 * before the move, since messages about old units are dispatched by a principal of the old scheme.
 */
public final class SchemeMigrationService {
  private final Transactions transactions;
  private final AccessControl access;
  private final AuditLog audit;
  private final CaseAlerts alerts;
  private final Clock clock;

  /**
   * Built by {@code Homewatch}; get it from {@code homewatch.schemeMigration()}.
   *
   * @param transactions runs each batch in a transaction with its access check
   * @param access decides who may re-home where
   * @param audit records each batch
   * @param alerts moves the re-homed cases' alerts with them
   * @param clock the time
   */
  public SchemeMigrationService(Transactions transactions, AccessControl access, AuditLog audit, CaseAlerts alerts,
      Clock clock) {
    this.transactions = transactions;
    this.access = access;
    this.audit = audit;
    this.alerts = alerts;
    this.clock = clock;
  }

  /**
   * What one batch did, and the page to ask for next.
   *
   * @param rehomed how many records this batch moved
   * @param leftBehind how many records of this batch the mapping does not name (they stay where they are)
   * @param next the page to ask for next; empty when the walk is done
   */
  public record RehomeBatch(int rehomed, int leftBehind, Optional<PageRequest> next) {
    /**
     * True when the walk is done.
     *
     * @return whether {@link #next()} is empty
     */
    public boolean done() {
      return next.isEmpty();
    }
  }

  /**
   * One batch of cases in the principal's scope, by case id from {@code page}: each whose unit the mapping names
   * gets the new unit (and the person's home, if the mapping names it too), a {@code RE_HOMED} history entry and an
   * audit event under its old unit.
   *
   * @param principal an administrator covering every old unit of the mapping
   * @param mapping where each old unit went
   * @param page where to go on (start with {@link PageRequest#first}); its limit bounds the batch
   * @return what the batch did and where to go on
   */
  public RehomeBatch rehomeCases(Principal principal, SchemeMapping mapping, PageRequest page) {
    Arguments.required(mapping, "mapping");
    Arguments.required(page, "page");
    return transactions.run(principal, Operation.REHOME_CASES, tx -> {
      requireMayMove(tx, principal, mapping, Operation.REHOME_CASES);
      Page<IsolationCase> cases = tx.cases().list(CaseQuery.in(principal.scope()), page);
      Instant now = clock.instant();
      int moved = 0;
      int left = 0;
      for (IsolationCase c : cases.items()) {
        Optional<JurisdictionPath> target = mapping.peopleOf(c.responsibleUnit());
        if (target.isEmpty()) {
          left++;
          continue;
        }
        Address home = c.person().home();
        Address newHome = mapping.peopleOf(home.commune())
            .map(commune -> new Address(home.line(), commune, home.home())).orElse(home);
        Person p = c.person();
        Person person = new Person(p.id(), p.fullName(), p.birthDate(), p.sex(), p.phone(), p.nationalId(), newHome,
            p.locale());
        // unit codes and scheme names read the same in every language: the wording is the detail, a literal
        String detail = c.responsibleUnit() + " → " + target.get() + " (" + mapping.from() + " → " + mapping.to()
            + ")";
        IsolationCase rehomed = c.rehomed(target.get(), person, new CaseChange(now, principal.account(),
            CaseChange.Kind.RE_HOMED, detail, Optional.of(HistoryDetails.asWritten(detail))));
        tx.cases().update(rehomed);
        alerts.follow(tx, principal, rehomed, now);
        CaseFeedback.follow(tx, rehomed);
        audit.record(tx, principal, Operation.REHOME_CASES, "case", c.id(), c.responsibleUnit(),
            Map.of("to", target.get().toString()));
        moved++;
      }
      return new RehomeBatch(moved, left, cases.next().map(after -> new PageRequest(Optional.of(after),
          page.limit())));
    });
  }

  /**
   * One batch of accounts in the principal's scope, by id from {@code page}: each whose scope is exactly a unit the
   * mapping names gets the new unit as its scope (next version), audited under the old one.
   *
   * @param principal an administrator covering every old unit of the mapping
   * @param mapping where each old unit went
   * @param page where to go on (start with {@link PageRequest#first}); its limit bounds the batch
   * @return what the batch did and where to go on
   */
  public RehomeBatch rehomeAccounts(Principal principal, SchemeMapping mapping, PageRequest page) {
    Arguments.required(mapping, "mapping");
    Arguments.required(page, "page");
    return transactions.run(principal, Operation.REHOME_ACCOUNTS, tx -> {
      requireMayMove(tx, principal, mapping, Operation.REHOME_ACCOUNTS);
      Page<Account> accounts = tx.accounts().inScope(principal.scope(), page);
      int moved = 0;
      int left = 0;
      for (Account a : accounts.items()) {
        Optional<JurisdictionPath> target = mapping.scopeOf(a.scope());
        if (target.isEmpty()) {
          left++;
          continue;
        }
        tx.accounts().save(new Account(a.id(), a.displayName(), a.roles(), target.get(), a.contactPoints(),
            a.onDuty(), a.active(), a.version() + 1, a.locale()));
        audit.record(tx, principal, Operation.REHOME_ACCOUNTS, "account", a.id(), a.scope(),
            Map.of("to", target.get().toString()));
        moved++;
      }
      return new RehomeBatch(moved, left, accounts.next().map(after -> new PageRequest(Optional.of(after),
          page.limit())));
    });
  }

  /** Rights over every old unit (refused under the first one not covered), and every new unit imported. */
  private void requireMayMove(StorageTransaction tx, Principal principal, SchemeMapping mapping,
      Operation operation) {
    for (JurisdictionPath old : mapping.oldUnits()) {
      access.require(principal, operation, old);
    }
    for (JurisdictionPath target : mapping.newUnits()) {
      if (tx.jurisdictions().find(target).isEmpty()) {
        throw ValidationException.of("mapping", "homewatch.validation.jurisdiction.unknown",
            "the new unit " + target + " is not known; import the " + mapping.to() + " units first");
      }
    }
  }
}
