package org.homewatch.core.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homewatch.ConfigurationException;
import org.homewatch.ConflictException;
import org.homewatch.core.access.AccessControl;
import org.homewatch.core.access.Operation;
import org.homewatch.core.audit.AuditLog;
import org.homewatch.core.internal.Arguments;
import org.homewatch.core.internal.Transactions;
import org.homewatch.core.notify.HistoryDetails;
import org.homewatch.model.AlertStatus;
import org.homewatch.model.Anonymisation;
import org.homewatch.model.CaseChange;
import org.homewatch.model.CaseId;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.Jurisdiction;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.PageRequest;
import org.homewatch.model.PersonId;
import org.homewatch.model.PhoneNumber;
import org.homewatch.model.Principal;
import org.homewatch.model.Wording;
import org.homewatch.spi.storage.CitizenIdentityStore;
import org.homewatch.spi.storage.RetentionStore;
import org.homewatch.spi.storage.StorageTransaction;

/**
 * The retention purge under Decree 13/2023 (see the package documentation for what it erases, keeps and when):
 * {@link #purge} does one bounded batch over the principal's scope, province by province with each province's
 * {@link Retention}. Call it from a scheduler ({@code HomewatchJobs.retentionPurge}); it is safe on several nodes at
 * once and after a crash. Needs the storage's optional {@link RetentionStore} ({@code Homewatch.build()} checks).
 * Thread-safe.
 */
public final class RetentionService {
  /** The action of every audit event the purge writes; the audit purge keeps the events of this action. */
  public static final String AUDIT_ACTION = "retention.purge";
  /** What the audit purge keeps: the purge's own events. */
  static final String KEPT_AUDIT_PREFIX = "retention.";

  private final Transactions transactions;
  private final AccessControl access;
  private final AuditLog audit;
  private final RetentionPolicy policy;
  private final Clock clock;
  private final HistoryDetails details;

  /**
   * Built by {@code Homewatch} only.
   *
   * @param transactions runs each step in a transaction of its own
   * @param access checks the principal
   * @param audit records each step
   * @param policy the retention per province
   * @param clock the only source of time
   * @param details the words of the history entry recording an anonymisation
   */
  public RetentionService(Transactions transactions, AccessControl access, AuditLog audit, RetentionPolicy policy,
      Clock clock, HistoryDetails details) {
    this.details = details;
    this.transactions = transactions;
    this.access = access;
    this.audit = audit;
    this.policy = policy;
    this.clock = clock;
  }

  /**
   * The policy this instance purges by.
   *
   * @return the retention per province
   */
  public RetentionPolicy policy() {
    return policy;
  }

  /**
   * One batch of the purge in the principal's scope: first one-time codes that expired more than
   * {@link RetentionPolicy#linkCodeDays()} ago (if the storage keeps codes), then for each province of the scope (the
   * scope's own province, or every province of a national scope), finished outbox messages past their retention,
   * then audit events past theirs, then closed cases past theirs, at most {@code limit} items in all. Each case is
   * anonymised in a transaction of its own, together with the one-time codes of its phone if no other kept case
   * carries the number, and the citizen links of its person if no other case of the person is left un-anonymised;
   * each batch of removals is one.
   *
   * @param principal the system (or an administrator); the purge stays inside its scope
   * @param limit the most items (cases, messages, events) to handle, 1 to {@value PageRequest#MAX_LIMIT}
   * @return what it did
   * @throws org.homewatch.AccessDeniedException if the principal may not purge
   * @throws org.homewatch.ValidationException if {@code limit} is out of range
   */
  public PurgeReport purge(Principal principal, int limit) {
    Arguments.required(principal, "principal");
    PageRequest.first(limit); // the same range as a page, with the same ValidationException on "limit"
    transactions.check(principal, Operation.PURGE_PERSONAL_DATA,
        () -> access.require(principal, Operation.PURGE_PERSONAL_DATA, principal.scope()));
    Instant now = clock.instant();
    int left = limit;
    int anonymised = 0;
    int skipped = 0;
    int messages = 0;
    int events = 0;
    int codes = removeLinkCodes(principal, now.minus(Duration.ofDays(policy.linkCodeDays())), left);
    left -= codes;
    int links = 0;
    for (JurisdictionPath scope : provincesOf(principal)) {
      if (left == 0) {
        break;
      }
      Retention retention = policy.forUnit(scope);
      int removed = removeMessages(principal, scope, now.minus(Duration.ofDays(retention.effectiveOutboxDays())),
          left);
      messages += removed;
      left -= removed;
      removed = removeAuditEvents(principal, scope, now.minus(Duration.ofDays(retention.auditDays())), left);
      events += removed;
      left -= removed;
      if (left == 0) {
        break;
      }
      LocalDate today = LocalDate.ofInstant(now, IsolationCase.DEFAULT_ZONE);
      LocalDate endedBefore = today.minusDays(retention.closedCaseDays());
      int remaining = left;
      List<IsolationCase> due = transactions.run(principal, Operation.PURGE_PERSONAL_DATA,
          tx -> store(tx).dueForAnonymisation(scope, endedBefore, remaining));
      for (IsolationCase c : due) {
        Optional<Identities> erased = anonymise(principal, c.id(), endedBefore, retention, now);
        if (erased.isPresent()) {
          anonymised++;
          codes += erased.get().codes();
          links += erased.get().links();
        } else {
          skipped++;
        }
        left--;
      }
    }
    return new PurgeReport(anonymised, skipped, messages, events, codes, links, left == 0);
  }

  /** The principal's scope as provinces: a national scope is every province of its scheme, others are themselves. */
  private List<JurisdictionPath> provincesOf(Principal principal) {
    JurisdictionPath scope = principal.scope();
    if (!scope.isNational()) {
      return List.of(scope);
    }
    List<Jurisdiction> provinces = transactions.run(principal, Operation.PURGE_PERSONAL_DATA,
        tx -> tx.jurisdictions().children(scope));
    List<JurisdictionPath> paths = new ArrayList<>(provinces.size());
    provinces.forEach(p -> paths.add(p.path()));
    return paths;
  }

  private int removeMessages(Principal principal, JurisdictionPath scope, Instant before, int limit) {
    if (limit == 0) {
      return 0;
    }
    return transactions.run(principal, Operation.PURGE_PERSONAL_DATA, tx -> {
      int removed = store(tx).removeFinishedMessages(scope, before, limit);
      if (removed > 0) {
        audit.record(tx, principal, AUDIT_ACTION, "outbox", "finished", scope,
            Map.of("removed", Integer.toString(removed), "createdBefore", before.toString()));
      }
      return removed;
    });
  }

  /**
   * Removes one-time codes expired before {@code before}. A code belongs to no unit (it may have gone to a number
   * with no case), and one expired that long ago can never link again, so any purge removes them, whatever its
   * scope; the record is filed under the principal's scope.
   */
  private int removeLinkCodes(Principal principal, Instant before, int limit) {
    return transactions.run(principal, Operation.PURGE_PERSONAL_DATA, tx -> {
      Optional<CitizenIdentityStore> codes = tx.store(CitizenIdentityStore.class);
      if (codes.isEmpty()) {
        return 0;
      }
      int removed = codes.get().removeCodesExpiredBefore(before, limit);
      if (removed > 0) {
        audit.record(tx, principal, AUDIT_ACTION, "linkCode", "expired", principal.scope(),
            Map.of("removed", Integer.toString(removed), "expiredBefore", before.toString()));
      }
      return removed;
    });
  }

  private int removeAuditEvents(Principal principal, JurisdictionPath scope, Instant before, int limit) {
    if (limit == 0) {
      return 0;
    }
    return transactions.run(principal, Operation.PURGE_PERSONAL_DATA, tx -> {
      int removed = store(tx).removeAuditEvents(scope, before, KEPT_AUDIT_PREFIX, limit);
      if (removed > 0) {
        audit.record(tx, principal, AUDIT_ACTION, "audit", "events", scope,
            Map.of("removed", Integer.toString(removed), "recordedBefore", before.toString()));
      }
      return removed;
    });
  }

  /**
   * Anonymises one case in its own transaction, after checking again what the listing said: a node may have done
   * it already, or an alert may have been reopened since. In the same transaction, the one-time codes of the case's
   * phone go if no kept case carries the number any more (a code requested after the case closed would otherwise
   * keep the phone for the code retention after the case was erased), and the citizen links of the case's person
   * go if none of the person's cases is left un-anonymised (anonymisation gives the case a fresh person id, so the
   * old id then names no case): a login no longer acts for the erased person, and no link row keeps their phone. A
   * person with another case still kept keeps their links until that one is anonymised too.
   *
   * @return what went of the citizens' identities with the case, or empty if the case was left alone
   */
  private Optional<Identities> anonymise(Principal principal, CaseId id, LocalDate endedBefore, Retention retention,
      Instant now) {
    try {
      return transactions.run(principal, Operation.PURGE_PERSONAL_DATA, tx -> {
        Optional<IsolationCase> found = tx.cases().find(id);
        if (found.isEmpty()) {
          return Optional.empty();
        }
        IsolationCase c = found.get();
        boolean due = c.status().isClosed() && !Anonymisation.isAnonymised(c)
            && c.period().actualEnd().filter(end -> end.isBefore(endedBefore)).isPresent()
            && principal.covers(c.responsibleUnit())
            && tx.alerts().listForCase(id).stream().allMatch(a -> a.status() == AlertStatus.RESOLVED);
        if (!due) {
          return Optional.empty();
        }
        // the number of days only: the entry recording the erasure names nobody, in any language
        store(tx).anonymise(Anonymisation.isolationCase(c, details.change(now, principal.account(),
            CaseChange.Kind.ANONYMISED, Wording.text("history.anonymised",
                Map.of("days", Wording.literal(Integer.toString(retention.closedCaseDays())))))));
        Identities removed = removeIdentities(tx, c);
        audit.record(tx, principal, AUDIT_ACTION, "case", id, c.responsibleUnit(), Map.of(
            "status", c.status().name(),
            "lastDay", c.period().actualEnd().orElseThrow().toString(),
            "retentionDays", Integer.toString(retention.closedCaseDays()),
            "linkCodesRemoved", Integer.toString(removed.codes()),
            "citizenLinksRemoved", Integer.toString(removed.links())));
        return Optional.of(removed);
      });
    } catch (ConflictException written) {
      // written meanwhile (another node's purge, or staff): the next batch looks at it again
      return Optional.empty();
    }
  }

  /**
   * What the citizens' identities keep of {@code c}'s person, called right after anonymising c: the codes of its
   * phone once no kept case carries the number, and the person's links once no case of theirs is kept.
   *
   * @return how many codes and links were removed
   */
  private static Identities removeIdentities(StorageTransaction tx, IsolationCase c) {
    Optional<CitizenIdentityStore> identities = tx.store(CitizenIdentityStore.class);
    if (identities.isEmpty()) {
      return new Identities(0, 0);
    }
    PhoneNumber phone = c.person().phone();
    PersonId person = c.person().id();
    int codes = tx.cases().findByPhone(phone).stream().anyMatch(other -> !Anonymisation.isAnonymised(other)) ? 0
        : identities.get().removeCodesOf(phone);
    int links = tx.cases().findByPerson(person).stream().anyMatch(other -> !Anonymisation.isAnonymised(other)) ? 0
        : identities.get().removeLinksOf(person);
    return new Identities(codes, links);
  }

  /** How many one-time codes and citizen links went with one case. */
  private record Identities(int codes, int links) {}

  private static RetentionStore store(StorageTransaction tx) {
    return tx.store(RetentionStore.class).orElseThrow(() -> new ConfigurationException("the retention purge needs "
        + "the storage's optional RetentionStore, which this storage does not offer: use a storage that lists it in "
        + "optionalStores() (memory and JDBC do), or build Homewatch with retention(false)"));
  }
}
