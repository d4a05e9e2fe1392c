package org.homewatch.storage.jdbc.internal;

import java.time.Instant;
import java.util.Optional;
import org.homewatch.ConflictException;
import org.homewatch.NotFoundException;
import org.homewatch.model.AccountId;
import org.homewatch.model.CitizenLink;
import org.homewatch.model.LinkCode;
import org.homewatch.model.PersonId;
import org.homewatch.model.PhoneNumber;
import org.homewatch.spi.storage.CitizenIdentityStore;

/**
 * One-time codes in {@code hw_link_code}, keyed by (phone, code id), and citizen links in {@code hw_citizen_link},
 * keyed by subject. A phone's codes are read through {@code hw_link_code_issued_idx}; the retention purge finds
 * expired codes through {@code hw_link_code_expires_idx} and a person's links through
 * {@code hw_citizen_link_person_idx} (V21). A phone's lock is its row in {@code hw_link_phone} (V23).
 */
final class JdbcCitizenIdentityStore implements CitizenIdentityStore {
  private final Db db;

  JdbcCitizenIdentityStore(Db db) {
    this.db = db;
  }

  @Override
  public void lockPhone(PhoneNumber phone) {
    // The row exists from the phone's first code on; a transaction inserting it concurrently makes this insert wait
    // for its end, and the SELECT ... FOR UPDATE then waits for whoever holds the row.
    db.insertIfAbsent(Sql.LINK_PHONE_INSERT, p -> p.string(phone.e164()));
    db.queryOne(Sql.LINK_PHONE_LOCK, p -> p.string(phone.e164()), r -> r.string("phone"));
  }

  @Override
  public void insertCode(LinkCode code) {
    if (!db.insertIfAbsent(Sql.LINK_CODE_INSERT, p -> p.string(code.phone().e164()).uuid(code.id())
        .string(code.codeHash()).instant(code.issuedAt()).instant(code.expiresAt()).integer(code.attempts())
        .instant(code.usedAt()).number(code.version()))) {
      throw new ConflictException("one-time code " + code.id() + " already exists");
    }
  }

  @Override
  public Optional<LinkCode> latestCode(PhoneNumber phone) {
    return db.queryOne(Sql.LINK_CODE_LATEST, p -> p.string(phone.e164()), JdbcCitizenIdentityStore::readCode);
  }

  @Override
  public int codesIssuedSince(PhoneNumber phone, Instant since) {
    return db.queryOne(Sql.LINK_CODE_COUNT_SINCE, p -> p.string(phone.e164()).instant(since), r -> r.numberAt(1))
        .map(Math::toIntExact).orElse(0);
  }

  @Override
  public void updateCode(LinkCode updated) {
    long expected = updated.version() - 1;
    int changed = db.update(Sql.LINK_CODE_UPDATE, p -> p.integer(updated.attempts()).instant(updated.usedAt())
        .number(updated.version()).string(updated.phone().e164()).uuid(updated.id()).number(expected));
    if (changed == 0) {
      long actual = db.queryOne(Sql.LINK_CODE_VERSION, p -> p.string(updated.phone().e164()).uuid(updated.id()),
          r -> r.number("version")).orElseThrow(() -> new NotFoundException("one-time code", updated.id()));
      throw ConflictException.staleVersion("one-time code", updated.id(), expected, actual);
    }
  }

  @Override
  public void saveLink(CitizenLink link) {
    db.update(Sql.CITIZEN_LINK_SAVE, p -> p.string(link.subject().value()).uuid(link.person().value())
        .string(link.phone().e164()).instant(link.linkedAt()));
  }

  @Override
  public Optional<CitizenLink> findLink(AccountId subject) {
    return db.queryOne(Sql.CITIZEN_LINK_FIND, p -> p.string(subject.value()), r -> new CitizenLink(
        new AccountId(r.string("subject")), new PersonId(r.uuid("person_id")), new PhoneNumber(r.string("phone")),
        r.instant("linked_at")));
  }

  @Override
  public int removeCodesExpiredBefore(Instant expiredBefore, int limit) {
    if (limit <= 0) {
      return 0;
    }
    // Phone rows first, as lockPhone and an attempt take them before a code's row: no two transactions wait for each
    // other crosswise. A phone whose codes all go now loses its lock row now (lockPhone makes it again if asked).
    db.update(Sql.LINK_PHONE_REMOVE_UNUSED, p -> p.instant(expiredBefore).integer(limit));
    return db.update(Sql.LINK_CODE_REMOVE_EXPIRED, p -> p.instant(expiredBefore).integer(limit));
  }

  @Override
  public int removeCodesOf(PhoneNumber phone) {
    // the lock first, as lockPhone takes it before writing codes: the two never wait for each other crosswise
    db.update(Sql.LINK_PHONE_REMOVE, p -> p.string(phone.e164()));
    return db.update(Sql.LINK_CODE_REMOVE_OF_PHONE, p -> p.string(phone.e164()));
  }

  @Override
  public int removeLinksOf(PersonId person) {
    return db.update(Sql.CITIZEN_LINK_REMOVE_OF_PERSON, p -> p.uuid(person.value()));
  }

  private static LinkCode readCode(Row r) throws java.sql.SQLException {
    return new LinkCode(r.uuid("code_id"), new PhoneNumber(r.string("phone")), r.string("code_hash"),
        r.instant("issued_at"), r.instant("expires_at"), r.integer("attempts"), r.optInstant("used_at"),
        r.number("version"));
  }
}
