package org.homewatch.core.internal;

import java.util.Map;
import org.homewatch.AccessDeniedException;
import org.homewatch.core.audit.AuditLog;
import org.homewatch.model.Principal;
import org.homewatch.spi.storage.Storage;

/**
 * Runs a public operation in one storage transaction. A refusal rolls the transaction back (nothing the
 * operation did survives) and is then audited in a transaction of its own, so that refusals are on record.
 */
public final class Transactions {
  private final Storage storage;
  private final AuditLog audit;

  public Transactions(Storage storage, AuditLog audit) {
    this.storage = storage;
    this.audit = audit;
  }

  public <T> T run(Principal principal, String action, Storage.TransactionWork<T> work) {
    Arguments.required(principal, "principal");
    try {
      return storage.inTransaction(work);
    } catch (AccessDeniedException denied) {
      storage.useTransaction(tx -> audit.record(tx, principal, "access.denied", "operation", action,
          principal.scope(), Map.of("reason", denied.getMessage())));
      throw denied;
    }
  }

  public Storage storage() {
    return storage;
  }
}
