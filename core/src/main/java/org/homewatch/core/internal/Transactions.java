package org.homewatch.core.internal;

import java.util.Map;
import org.homewatch.AccessDeniedException;
import org.homewatch.core.access.Operation;
import org.homewatch.core.audit.AuditLog;
import org.homewatch.model.Principal;
import org.homewatch.spi.storage.Storage;

/**
 * Runs a public operation in one storage transaction. A refusal rolls the transaction back (nothing the
 * operation did survives) and is then audited in a transaction of its own, so that refusals are on record. The
 * refusal is filed under the unit the operation aimed at ({@link AccessDeniedException#target()}: the case's
 * commune, the account's unit), because that is whose audit trail the victim's supervisors read; the actor's
 * scope is in the details.
 */
public final class Transactions {
  private final Storage storage;
  private final AuditLog audit;
  private final Metrics metrics;

  public Transactions(Storage storage, AuditLog audit) {
    this(storage, audit, Metrics.NONE);
  }

  /** With metrics: every service reaches them here, so that adding metrics changed no service's constructor. */
  public Transactions(Storage storage, AuditLog audit, Metrics metrics) {
    this.storage = storage;
    this.audit = audit;
    this.metrics = metrics;
  }

  public Metrics metrics() {
    return metrics;
  }

  public <T> T run(Principal principal, Operation operation, Storage.TransactionWork<T> work) {
    Arguments.required(principal, "principal");
    try {
      return storage.inTransaction(work);
    } catch (AccessDeniedException denied) {
      auditRefusal(principal, operation, denied);
      throw denied;
    }
  }

  /**
   * Runs a check that reads nothing (a role check before a background batch) and audits its refusal like
   * {@link #run} does.
   */
  public void check(Principal principal, Operation operation, Runnable check) {
    try {
      check.run();
    } catch (AccessDeniedException denied) {
      auditRefusal(principal, operation, denied);
      throw denied;
    }
  }

  /** Audits a refusal reported without throwing (an item of a batch), in a transaction of its own. */
  public void auditRefusal(Principal principal, Operation operation, AccessDeniedException denied) {
    storage.useTransaction(tx -> audit.record(tx, principal, "access.denied", "operation", operation.auditAction(),
        denied.target().orElse(principal.scope()),
        Map.of("reason", denied.getMessage(), "actorScope", principal.scope().toString())));
  }

  public Storage storage() {
    return storage;
  }
}
