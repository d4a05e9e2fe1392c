package org.homewatch.core.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.homewatch.core.access.AccessControl;
import org.homewatch.core.access.Operation;
import org.homewatch.core.internal.Arguments;
import org.homewatch.core.internal.Transactions;
import org.homewatch.model.AuditEvent;
import org.homewatch.model.AuditQuery;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Principal;

/**
 * Reading the audit trail: who looked at or changed a person's data, what an account did, what happened in a unit
 * and its subtree over a period. For supervisors and administrators, inside their scope ({@link
 * Operation#READ_AUDIT}); nobody needs to read the raw store for it.
 *
 * <p>The reading is itself audited ({@code audit.read}, under the unit asked about, with what was asked and how
 * many events were served), so that looking at who looked is visible too. The query's scope is checked before
 * anything is read and is the store's filter, so a supervisor never gets an event of a unit outside their scope,
 * whichever actor or case they name.
 */
public final class AuditTrail {
  private final Transactions transactions;
  private final AccessControl access;
  private final AuditLog audit;

  /**
   * Wired by {@code Homewatch}'s builder; integrators reach it through {@code Homewatch.audit()}.
   *
   * @param transactions runs each query in a transaction with its access check
   * @param access decides who may read which trail
   * @param audit records the reading of the trail itself
   */
  public AuditTrail(Transactions transactions, AccessControl access, AuditLog audit) {
    this.transactions = transactions;
    this.access = access;
    this.audit = audit;
  }

  /**
   * One page of the events {@code query} matches, oldest first; {@code page.next(result)} goes on.
   *
   * @param principal a supervisor or administrator
   * @param query the scope, period, and optionally actor and target
   * @param page where to start and how many
   * @return one page of events, oldest first
   * @throws org.homewatch.AccessDeniedException unless the principal is a supervisor or administrator whose scope
   *     holds {@code query.scope()}
   * @throws org.homewatch.ValidationException for a cursor this storage did not issue ({@code after})
   */
  public Page<AuditEvent> query(Principal principal, AuditQuery query, PageRequest page) {
    Arguments.required(query, "query");
    Arguments.required(page, "page");
    return transactions.run(principal, Operation.READ_AUDIT, tx -> {
      access.require(principal, Operation.READ_AUDIT, query.scope());
      Page<AuditEvent> events = tx.audit().query(query, page);
      Map<String, String> asked = new LinkedHashMap<>();
      asked.put("from", query.from().toString());
      asked.put("to", query.to().toString());
      query.actor().ifPresent(a -> asked.put("actor", a.value()));
      query.targetType().ifPresent(t -> asked.put("targetType", t));
      query.targetId().ifPresent(t -> asked.put("targetId", t));
      asked.put("served", Integer.toString(events.items().size()));
      audit.record(tx, principal, Operation.READ_AUDIT, "audit", query.scope(), query.scope(), asked);
      return events;
    });
  }
}
