package org.homewatch.spi.storage;

import java.time.Instant;
import java.util.Optional;
import org.homewatch.model.AccountId;
import org.homewatch.model.CitizenLink;
import org.homewatch.model.LinkCode;
import org.homewatch.model.PersonId;
import org.homewatch.model.PhoneNumber;

/**
 * One-time codes and the citizen links they make, an {@link OptionalStore optional store}: linking a citizen's
 * login to a person by phone needs it. A storage that offers it lists {@code CitizenIdentityStore.class} in
 * {@link Storage#optionalStores()} and passes the TCK's citizen-identity contract.
 *
 * <p>Stores keep records as given: they never see a code, only its keyed hash, and they compare nothing but ids
 * and phone numbers; core checks the code, its expiry and its attempts. Thread-safety and nullness as every store:
 * used only inside the transaction that handed it out; nothing is null.
 */
public interface CitizenIdentityStore extends OptionalStore {

  /**
   * Holds the phone's lock until the transaction ends: another transaction locking the same phone waits until this
   * one commits or rolls back. Locks of different phones should not wait for each other (JDBC's do not; the memory
   * storage runs whole transactions one at a time, which holds every phone). Core takes it first whenever it
   * issues a code or tries one, so that counting a phone's codes of the last hour and storing a new one are one step
   * even when several nodes are asked at once (the hourly limit holds across nodes), and a code's attempts are
   * counted one at a time. Whatever the lock needs kept (a row holding the phone) goes with the phone's codes: in
   * {@link #removeCodesOf}, and in {@link #removeCodesExpiredBefore} once none of the phone's codes is left.
   *
   * @param phone the number a code is issued to or tried for
   */
  void lockPhone(PhoneNumber phone);

  /**
   * Stores a new code as given (version 0 normally).
   *
   * @param code the code to store
   * @throws org.homewatch.ConflictException if a code with this id is stored
   */
  void insertCode(LinkCode code);

  /**
   * The code issued last to this phone (latest {@link LinkCode#issuedAt()}, ties by id), used or not. Only this one
   * may still link: a new request supersedes the ones before.
   *
   * @param phone the number the code was sent to
   * @return the latest code, or empty if none was ever issued to it
   */
  Optional<LinkCode> latestCode(PhoneNumber phone);

  /**
   * How many codes were issued to this phone at or after {@code since}: the per-phone rate limit.
   *
   * @param phone the number
   * @param since the start of the window, inclusive
   * @return the count, 0 if none
   */
  int codesIssuedSince(PhoneNumber phone, Instant since);

  /**
   * Replaces the stored code with {@code updated} if the stored version is {@code updated.version() - 1}.
   *
   * @param updated the next version of a stored code
   * @throws org.homewatch.ConflictException if the stored version differs (another attempt came first)
   * @throws org.homewatch.NotFoundException if there is no such code
   */
  void updateCode(LinkCode updated);

  /**
   * Stores the link of its subject, replacing the one the subject had (a login acts as one person at a time).
   *
   * @param link the link to keep
   */
  void saveLink(CitizenLink link);

  /**
   * The link of a subject.
   *
   * @param subject the portal's subject
   * @return the link, or empty if the subject never linked
   */
  Optional<CitizenLink> findLink(AccountId subject);

  /**
   * Removes up to {@code limit} codes that expired before {@code expiredBefore}, used or not, of any phone, oldest
   * expiry first: the retention purge (Decree 13/2023), so that no row keeps a phone number once its code is long
   * useless. A code expired that long ago can never link again, so removing it changes no outcome. The lock of a
   * phone none of whose codes is left goes too (up to {@code limit} phones a call, not counted in the result).
   *
   * @param expiredBefore the instant a removed code's {@link LinkCode#expiresAt()} is before
   * @param limit the most codes to remove
   * @return how many were removed; fewer than {@code limit} means none is left to remove
   */
  int removeCodesExpiredBefore(Instant expiredBefore, int limit);

  /**
   * Removes every code ever issued to {@code phone}, expired or not, and the phone's {@link #lockPhone lock}: the
   * retention purge calls it once no case left un-anonymised carries the number, so that the phone of an erased
   * person stays in no row of this store.
   *
   * @param phone the number whose codes go
   * @return how many codes were removed, 0 if none
   */
  int removeCodesOf(PhoneNumber phone);

  /**
   * Removes every link whose {@link CitizenLink#person()} is {@code person}, whatever its subject: the retention
   * purge calls it once none of the person's cases is left un-anonymised, so that no login acts for an erased
   * person and no link row keeps their phone.
   *
   * @param person the person whose links go
   * @return how many links were removed, 0 if none
   */
  int removeLinksOf(PersonId person);
}
