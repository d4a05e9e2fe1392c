package org.homewatch.spi.storage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.JurisdictionPath;

/**
 * Retention under Decree 13/2023, an {@link OptionalStore optional store}: core's retention purge needs it. It finds
 * the closed cases whose personal data is due to go, writes them back anonymised together with the rows they own,
 * and removes finished outbox messages and audit events past their retention. What counts as personal data is the
 * model's {@link org.homewatch.model.Anonymisation}; when a case is due is core's policy. A storage that offers it
 * lists {@code RetentionStore.class} in {@link Storage#optionalStores()} and passes the TCK's retention contract.
 *
 * <p>Every method does a bounded amount of work inside the caller's transaction, so that a purge is a series of
 * short transactions, and a purge killed between two of them goes on from the stored state: nothing here keeps a
 * cursor of its own.
 */
public interface RetentionStore extends OptionalStore {

  /**
   * Up to {@code limit} cases due for anonymisation inside {@code scope}, ordered by case id: closed
   * ({@link org.homewatch.model.CaseStatus#isClosed()}), with a period that ended (actual end) before
   * {@code endedBefore}, not yet written by {@link #anonymise}, and with no alert other than RESOLVED. Never an
   * open case, never a case with an unresolved alert, whatever the dates.
   *
   * @param scope the units whose cases are looked at (the unit itself and every unit below it)
   * @param endedBefore the first day a listed case's period must have ended before
   * @param limit the most cases to return
   * @return the due cases, as stored
   */
  List<IsolationCase> dueForAnonymisation(JurisdictionPath scope, LocalDate endedBefore, int limit);

  /**
   * Replaces the stored case with {@code anonymised} (made by
   * {@link org.homewatch.model.Anonymisation#isolationCase}) if the stored version is
   * {@code anonymised.version() - 1}, and in the same transaction anonymises what the case owns: each of its
   * declarations becomes {@link org.homewatch.model.Anonymisation#declaration}, each of its alerts
   * {@link org.homewatch.model.Anonymisation#alert}, each feedback about it
   * {@link org.homewatch.model.Anonymisation#feedback}. Everything the store derived from the old person goes with
   * it: a search by the old name, phone, national id or person id no longer finds the case. From then on
   * {@link #dueForAnonymisation} does not list the case. Report counters are not touched.
   *
   * @param anonymised the next version of the stored case, anonymised
   *
   * @throws org.homewatch.ConflictException if the stored version differs (someone else wrote the case first)
   * @throws org.homewatch.NotFoundException if there is no such case
   */
  void anonymise(IsolationCase anonymised);

  /**
   * Removes up to {@code limit} outbox messages about units inside {@code scope} that are finished (DELIVERED,
   * FAILED or OBSOLETE, never PENDING) and were created before {@code createdBefore}, oldest first.
   *
   * @param scope the units whose messages are looked at
   * @param createdBefore the instant a removed message was created before
   * @param limit the most messages to remove
   *
   * @return how many were removed; fewer than {@code limit} means none is left to remove
   */
  int removeFinishedMessages(JurisdictionPath scope, Instant createdBefore, int limit);

  /**
   * Removes up to {@code limit} audit events of units inside {@code scope} recorded before {@code before}, oldest
   * first, except those whose action starts with {@code keptActionPrefix} (the purge's own record, which must
   * outlive what it removed).
   *
   * @param scope the units whose events are looked at
   * @param before the instant a removed event was recorded before
   * @param keptActionPrefix the start of the actions never removed, e.g. {@code retention.}
   * @param limit the most events to remove
   *
   * @return how many were removed; fewer than {@code limit} means none is left to remove
   */
  int removeAuditEvents(JurisdictionPath scope, Instant before, String keptActionPrefix, int limit);
}
