package org.homewatch.storage.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.homewatch.ConflictException;
import org.homewatch.NotFoundException;
import org.homewatch.model.AccountId;
import org.homewatch.model.CitizenLink;
import org.homewatch.model.LinkCode;
import org.homewatch.model.PersonId;
import org.homewatch.model.PhoneNumber;
import org.homewatch.spi.storage.CitizenIdentityStore;
import org.homewatch.spi.storage.StorageTransaction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The {@link CitizenIdentityStore} contract, an optional store: it runs only against a storage whose
 * {@code optionalStores()} lists {@code CitizenIdentityStore}; for any other storage JUnit reports these tests as
 * skipped.
 */
abstract class CitizenIdentityContract extends StoreContract {
  private static final PhoneNumber PHONE = new PhoneNumber("+84905111222");
  private static final PhoneNumber OTHER_PHONE = new PhoneNumber("+84905111333");
  private static final String HASH = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

  private final java.util.concurrent.atomic.AtomicInteger nextPhone = new java.util.concurrent.atomic.AtomicInteger();

  CitizenIdentityContract(StorageCompatibilityKit kit) {
    super(kit);
  }

  @BeforeEach
  void onlyIfDeclared() {
    assumeTrue(storage().optionalStores().contains(CitizenIdentityStore.class),
        "the storage does not declare CitizenIdentityStore among its optional stores");
  }

  static CitizenIdentityStore identities(StorageTransaction tx) {
    return tx.store(CitizenIdentityStore.class).orElseThrow(() -> new AssertionError(
        "the storage declares CitizenIdentityStore but a transaction does not hand it out"));
  }

  private static LinkCode code(PhoneNumber phone, Instant at) {
    return LinkCode.issued(UUID.randomUUID(), phone, HASH, at, at.plus(Duration.ofMinutes(10)));
  }

  private LinkCode stored(PhoneNumber phone, Instant at) {
    LinkCode code = code(phone, at);
    write(tx -> identities(tx).insertCode(code));
    return code;
  }

  @Test
  @DisplayName("The latest code of a phone reads back equal to what was stored, and never another phone's")
  void latestCodeOfItsPhone() {
    stored(PHONE, Samples.T0);
    LinkCode later = stored(PHONE, Samples.T0.plusSeconds(60));
    LinkCode otherPhone = stored(OTHER_PHONE, Samples.T0.plusSeconds(120));

    assertEquals(Optional.of(later), read(tx -> identities(tx).latestCode(PHONE)));
    assertEquals(Optional.of(otherPhone), read(tx -> identities(tx).latestCode(OTHER_PHONE)));
    assertEquals(Optional.empty(), read(tx -> identities(tx).latestCode(new PhoneNumber("+84905111444"))));
  }

  @Test
  @DisplayName("codesIssuedSince counts a phone's codes issued at or after the instant, and no other phone's")
  void countsSince() {
    for (int minute = 0; minute < 5; minute++) {
      stored(PHONE, Samples.T0.plus(Duration.ofMinutes(minute * 20L)));
    }
    stored(OTHER_PHONE, Samples.T0.plus(Duration.ofMinutes(70)));

    assertEquals((Integer) 5, read(tx -> identities(tx).codesIssuedSince(PHONE, Samples.T0)));
    assertEquals((Integer) 2, read(tx -> identities(tx).codesIssuedSince(PHONE, Samples.T0.plus(Duration.ofMinutes(60)))));
    assertEquals((Integer) 1, read(tx -> identities(tx).codesIssuedSince(OTHER_PHONE, Samples.T0)));
    assertEquals((Integer) 0, read(tx -> identities(tx).codesIssuedSince(PHONE, Samples.T0.plus(Duration.ofHours(2)))));
  }

  @Test
  @DisplayName("Attempts and use are kept by version-checked updates; a stale or unknown one changes nothing")
  void updatesAreVersionChecked() {
    LinkCode code = stored(PHONE, Samples.T0);
    LinkCode wrong = code.attempted(false, Samples.T0.plusSeconds(10));
    LinkCode used = wrong.attempted(true, Samples.T0.plusSeconds(20));
    write(tx -> identities(tx).updateCode(wrong));
    write(tx -> identities(tx).updateCode(used));

    assertEquals(Optional.of(used), read(tx -> identities(tx).latestCode(PHONE)));
    assertThrows(ConflictException.class, () -> write(tx -> identities(tx).updateCode(wrong)));
    assertThrows(NotFoundException.class,
        () -> write(tx -> identities(tx).updateCode(code(PHONE, Samples.T0).attempted(false, Samples.T0))));
    assertEquals(Optional.of(used), read(tx -> identities(tx).latestCode(PHONE)));
  }

  @Test
  @DisplayName("A second insert of the same code is a conflict")
  void duplicateCode() {
    LinkCode code = stored(PHONE, Samples.T0);
    assertThrows(ConflictException.class, () -> write(tx -> identities(tx).insertCode(code)));
  }

  @Test
  @DisplayName("A code written in a transaction that rolls back is not stored")
  void rollbackLeavesNoCode() {
    LinkCode code = code(PHONE, Samples.T0);
    assertThrows(IllegalStateException.class, () -> write(tx -> {
      identities(tx).insertCode(code);
      throw new IllegalStateException("rolled back on purpose");
    }));
    assertEquals(Optional.empty(), read(tx -> identities(tx).latestCode(PHONE)));
  }

  @Test
  @DisplayName("A link reads back by its subject; saving again replaces it; other subjects have none")
  void linksBySubject() {
    AccountId subject = new AccountId("vneid:001190000001");
    CitizenLink first = new CitizenLink(subject, PersonId.random(), PHONE, Samples.T0);
    CitizenLink second = new CitizenLink(subject, PersonId.random(), OTHER_PHONE, Samples.T0.plusSeconds(60));
    write(tx -> identities(tx).saveLink(first));
    assertEquals(Optional.of(first), read(tx -> identities(tx).findLink(subject)));

    write(tx -> identities(tx).saveLink(second));

    assertEquals(Optional.of(second), read(tx -> identities(tx).findLink(subject)));
    assertEquals(Optional.empty(), read(tx -> identities(tx).findLink(new AccountId("vneid:001190000002"))));
  }

  @Test
  @DisplayName("The latest code is the one issued last, whatever the order of inserts (property)")
  void latestWhateverTheOrder() {
    qt().withExamples(30).forAll(integers().between(1, 6), integers().between(0, 1000))
        .checkAssert((count, seed) -> {
          PhoneNumber phone = new PhoneNumber("+8490" + (5000000 + nextPhone.incrementAndGet()));
          java.util.List<LinkCode> codes = new java.util.ArrayList<>();
          for (int i = 0; i < count; i++) {
            codes.add(code(phone, Samples.T0.plusSeconds(60L * ((i * 7L + seed) % count) + i)));
          }
          java.util.Collections.shuffle(codes, new java.util.Random(seed));
          write(tx -> codes.forEach(identities(tx)::insertCode));
          LinkCode latest = codes.stream().max(java.util.Comparator.comparing(LinkCode::issuedAt)).orElseThrow();
          assertEquals(Optional.of(latest), read(tx -> identities(tx).latestCode(phone)));
          assertEquals((Integer) count, read(tx -> identities(tx).codesIssuedSince(phone, Samples.T0)));
        });
  }

  @Test
  @DisplayName("removeCodesExpiredBefore removes codes of any phone, used or not, that expired strictly before the "
      + "instant, oldest expiry first and at most the limit; a later one stays; a second run removes nothing")
  void removesExpiredCodes() {
    stored(PHONE, Samples.T0); // expires T0+10 min
    stored(OTHER_PHONE, Samples.T0.plus(Duration.ofMinutes(20))); // +30 min
    LinkCode used = stored(PHONE, Samples.T0.plus(Duration.ofMinutes(30))).attempted(true,
        Samples.T0.plus(Duration.ofMinutes(31))); // +40 min, used
    write(tx -> identities(tx).updateCode(used));
    LinkCode latest = stored(PHONE, Samples.T0.plus(Duration.ofMinutes(60))); // +70 min
    Instant before = Samples.T0.plus(Duration.ofMinutes(50));

    assertEquals((Integer) 2, read(tx -> identities(tx).removeCodesExpiredBefore(before, 2)));
    assertEquals(Optional.empty(), read(tx -> identities(tx).latestCode(OTHER_PHONE)), "the oldest expiries go first");
    assertEquals((Integer) 2, read(tx -> identities(tx).codesIssuedSince(PHONE, Samples.T0)));
    assertEquals((Integer) 1, read(tx -> identities(tx).removeCodesExpiredBefore(before, 2)));
    assertEquals((Integer) 0, read(tx -> identities(tx).removeCodesExpiredBefore(before, 2)));
    assertEquals((Integer) 0, read(tx -> identities(tx).removeCodesExpiredBefore(latest.expiresAt(), 10)),
        "a code expiring at the instant is not expired before it");
    assertEquals(Optional.of(latest), read(tx -> identities(tx).latestCode(PHONE)));
    assertEquals((Integer) 1, read(tx -> identities(tx).codesIssuedSince(PHONE, Samples.T0)));
  }

  @Test
  @DisplayName("A removal of expired codes in a transaction that rolls back removes nothing")
  void rollbackKeepsExpiredCodes() {
    LinkCode code = stored(PHONE, Samples.T0);
    assertThrows(IllegalStateException.class, () -> write(tx -> {
      assertEquals(1, identities(tx).removeCodesExpiredBefore(Samples.T0.plus(Duration.ofDays(1)), 10));
      throw new IllegalStateException("rolled back on purpose");
    }));
    assertEquals(Optional.of(code), read(tx -> identities(tx).latestCode(PHONE)));
  }

  @Test
  @DisplayName("removeCodesOf removes every code of that phone, expired or not, used or not, and no other phone's")
  void removesCodesOfPhone() {
    stored(PHONE, Samples.T0);
    LinkCode used = stored(PHONE, Samples.T0.plusSeconds(60)).attempted(true, Samples.T0.plusSeconds(90));
    write(tx -> identities(tx).updateCode(used));
    stored(PHONE, Samples.T0.plus(Duration.ofDays(400)));
    LinkCode other = stored(OTHER_PHONE, Samples.T0);

    assertEquals((Integer) 3, read(tx -> identities(tx).removeCodesOf(PHONE)));

    assertEquals(Optional.empty(), read(tx -> identities(tx).latestCode(PHONE)));
    assertEquals((Integer) 0, read(tx -> identities(tx).codesIssuedSince(PHONE, Samples.T0.minusSeconds(1))));
    assertEquals(Optional.of(other), read(tx -> identities(tx).latestCode(OTHER_PHONE)));
    assertEquals((Integer) 0, read(tx -> identities(tx).removeCodesOf(PHONE)));
  }

  @Test
  @DisplayName("removeLinksOf removes every subject's link to that person and no other person's; a second run "
      + "removes nothing")
  void removesLinksOfPerson() {
    PersonId person = PersonId.random();
    AccountId first = new AccountId("vneid:001190000001");
    AccountId second = new AccountId("zalo:84905111222");
    AccountId other = new AccountId("vneid:001190000002");
    CitizenLink kept = new CitizenLink(other, PersonId.random(), OTHER_PHONE, Samples.T0);
    write(tx -> {
      identities(tx).saveLink(new CitizenLink(first, person, PHONE, Samples.T0));
      identities(tx).saveLink(new CitizenLink(second, person, PHONE, Samples.T0.plusSeconds(60)));
      identities(tx).saveLink(kept);
    });

    assertEquals((Integer) 2, read(tx -> identities(tx).removeLinksOf(person)));

    assertEquals(Optional.empty(), read(tx -> identities(tx).findLink(first)));
    assertEquals(Optional.empty(), read(tx -> identities(tx).findLink(second)));
    assertEquals(Optional.of(kept), read(tx -> identities(tx).findLink(other)));
    assertEquals((Integer) 0, read(tx -> identities(tx).removeLinksOf(person)));
  }

  @Test
  @DisplayName("Transactions locking one phone take turns: four at once, each storing a code only while fewer than 3 "
      + "are stored, leave exactly 3 (the hourly limit holds across nodes)")
  void phoneLockSerialisesTheCount() throws Exception {
    PhoneNumber phone = new PhoneNumber("+84905111555");
    concurrently(4, () -> {
      for (int i = 0; i < 3; i++) {
        write(tx -> {
          identities(tx).lockPhone(phone);
          if (identities(tx).codesIssuedSince(phone, Samples.T0) < 3) {
            pause(); // what a node does between counting and storing (hashing, composing the SMS), made longer
            identities(tx).insertCode(code(phone, Samples.T0.plusSeconds(1)));
          }
        });
      }
      return null;
    });
    assertEquals((Integer) 3, read(tx -> identities(tx).codesIssuedSince(phone, Samples.T0)));
  }

  private static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Test
  @DisplayName("A phone can be locked again after its codes were removed, by phone or as expired")
  void phoneLockAfterRemoval() {
    write(tx -> {
      identities(tx).lockPhone(PHONE);
      identities(tx).insertCode(code(PHONE, Samples.T0));
      identities(tx).lockPhone(PHONE);
    });
    write(tx -> identities(tx).removeCodesOf(PHONE));
    write(tx -> {
      identities(tx).lockPhone(PHONE);
      identities(tx).insertCode(code(PHONE, Samples.T0));
    });
    assertEquals((Integer) 1, read(tx -> identities(tx).removeCodesExpiredBefore(Samples.T0.plus(Duration.ofDays(1)),
        10)));
    write(tx -> identities(tx).lockPhone(PHONE));
    assertEquals(Optional.empty(), read(tx -> identities(tx).latestCode(PHONE)));
  }
}
