package org.homewatch.core.citizens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homewatch.AccessDeniedException;
import org.homewatch.ConfigurationException;
import org.homewatch.HomewatchException;
import org.homewatch.ValidationException;
import org.homewatch.core.World;
import org.homewatch.core.cases.CaseCorrection;
import org.homewatch.StorageException;
import org.homewatch.core.Homewatch;
import org.homewatch.model.AccountId;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.JurisdictionScheme;
import org.homewatch.model.Feedback;
import org.homewatch.model.FeedbackTopic;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.LinkCode;
import org.homewatch.model.PhoneNumber;
import org.homewatch.model.Principal;
import org.homewatch.model.Role;
import org.homewatch.spi.notification.Notification;
import org.homewatch.spi.storage.CitizenIdentityStore;
import org.homewatch.spi.storage.OptionalStore;
import org.homewatch.spi.storage.OutboxMessage;
import org.homewatch.spi.storage.Storage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The citizen's side met the way an attacker or a careless integrator would meet it (issue 13, item 1 and "Bad
 * input"): each probe names what must hold, and the ones that found a defect fail without its fix.
 */
class CitizenProbeTest {
  private final World world = new World(b -> b.citizenCodes(CitizenLinkingTest.SECRET, World.PROVINCE));
  private final IsolationCase lan = world.registerF2("Rơ Lan Thị Hạnh", World.COMMUNE_A);
  private final PhoneNumber phone = lan.person().phone();
  private final CitizenLinking linking = world.homewatch.citizenLinking();

  @AfterEach
  void close() {
    world.close();
  }

  private String codeSentTo(String subject, PhoneNumber to) {
    linking.requestCode(subject, to);
    world.homewatch.notifications().dispatch(world.system, 100);
    List<Notification> sent = world.sms.sentTo(to.e164());
    return sent.get(sent.size() - 1).parameters().get("code");
  }

  private Optional<LinkCode> latestCode(PhoneNumber of) {
    return world.storage.inTransaction(tx -> tx.store(CitizenIdentityStore.class).orElseThrow().latestCode(of));
  }

  private static void assertNamesOnly(HomewatchException e, String field, String... secrets) {
    if (e instanceof ValidationException v) {
      assertTrue(v.violations().stream().anyMatch(x -> x.path().equals(field)), v.violations().toString());
    }
    for (String secret : secrets) {
      assertFalse(e.getMessage().contains(secret), e.getMessage());
    }
  }

  @Test
  @DisplayName("a login named 'system' is refused: a citizen never acts, nor is audited, as the system's own account")
  void systemSubjectRefused() {
    ValidationException refused = assertThrows(ValidationException.class,
        () -> linking.requestCode(AccountId.SYSTEM.value(), phone));
    assertNamesOnly(refused, "subject", phone.e164());
    assertEquals(Optional.empty(), latestCode(phone), "nothing stored");
    assertThrows(ValidationException.class, () -> linking.link(AccountId.SYSTEM.value(), phone, "123456"));
    assertEquals(Optional.empty(), world.homewatch.principals().resolve(AccountId.SYSTEM.value()));
  }

  @Test
  @DisplayName("a staff account's login is refused as a citizen's subject, active or not, so that a deactivated "
      + "staff login never comes back as a citizen, and a citizen is never audited under a staff member's id")
  void staffSubjectRefused() {
    Principal nurse = Principal.staff(new AccountId("nurse-c"), World.COMMUNE_A, Role.MONITOR);
    Principal leaving = Principal.staff(new AccountId("nurse-d"), World.COMMUNE_A, Role.MONITOR);
    world.staff(nurse, "Y Tá C", true);
    ValidationException refused = assertThrows(ValidationException.class,
        () -> linking.requestCode(nurse.account().value(), phone));
    assertNamesOnly(refused, "subject", phone.e164());
    assertEquals(Optional.empty(), latestCode(phone), "nothing stored");

    // a link made before the staff account existed: the staff account wins, and once deactivated, nothing resolves
    world.storage.inTransaction(tx -> {
      tx.store(CitizenIdentityStore.class).orElseThrow().saveLink(new org.homewatch.model.CitizenLink(
          leaving.account(), lan.person().id(), phone, World.START));
      return null;
    });
    world.staff(leaving, "Y Tá D", true);
    assertEquals(leaving.roles(), world.homewatch.principals().resolve("nurse-d").orElseThrow().roles());
    var account = world.homewatch.accounts().find(world.admin, leaving.account()).orElseThrow();
    world.homewatch.accounts().deactivate(world.admin, account.id(), account.version(), "left the station");
    assertEquals(Optional.empty(), world.homewatch.principals().resolve("nurse-d"));
  }

  @Test
  @DisplayName("null, blank, 10,000 characters and control or bidi characters in subject, phone and code are each a "
      + "ValidationException naming the field, with nothing stored, no attempt counted and nothing of the input in "
      + "the message")
  void badArgumentsNamed() {
    String longSubject = "a".repeat(10_000);
    assertNamesOnly(assertThrows(ValidationException.class, () -> linking.requestCode(null, phone)), "subject");
    assertNamesOnly(assertThrows(ValidationException.class, () -> linking.requestCode("app", null)), "phone");
    assertNamesOnly(assertThrows(ValidationException.class, () -> linking.requestCode(" ", phone)), "accountId");
    assertNamesOnly(assertThrows(ValidationException.class, () -> linking.requestCode(longSubject, phone)),
        "accountId", longSubject);
    for (String odd : List.of("app\u0000x", "app\u202Ex", "app\u2066x", "app\nx", "app\uD800")) {
      assertNamesOnly(assertThrows(ValidationException.class, () -> linking.requestCode(odd, phone)), "accountId",
          odd);
    }
    assertEquals(Optional.empty(), latestCode(phone), "nothing stored");

    String code = codeSentTo("app", phone);
    assertNamesOnly(assertThrows(ValidationException.class, () -> linking.link("app", phone, null)), "code");
    assertNamesOnly(assertThrows(ValidationException.class, () -> linking.link("app", null, code)), "phone");
    assertNamesOnly(assertThrows(ValidationException.class, () -> linking.link("app", phone, "1".repeat(10_000))),
        "code");
    for (String odd : List.of(code + "\u0000", "\u202E" + code, "", "      ")) {
      assertNamesOnly(assertThrows(ValidationException.class, () -> linking.link("app", phone, odd)), "code", code,
          phone.e164());
    }
    assertEquals(0, latestCode(phone).orElseThrow().attempts(), "a refused argument is no attempt");
    LinkingRefusedException wrong = assertThrows(LinkingRefusedException.class, () -> linking.link("app", phone,
        "12a456"));
    assertEquals(LinkingRefusedException.Reason.WRONG_CODE, wrong.reason());
    assertNamesOnly(wrong, "code", code, phone.e164());
    assertEquals(lan.person().id(), linking.link("app", phone, code.substring(0, 3) + " " + code.substring(3)
        + "\n").person(), "the space and line break the person pasted are ignored");
  }

  @Test
  @DisplayName("principals().resolve of null is a ValidationException naming the subject; of a 10,000-character or "
      + "control-character subject it is nobody, never a crash")
  void resolveOddSubjects() {
    assertNamesOnly(assertThrows(ValidationException.class, () -> world.homewatch.principals().resolve(null)),
        "subject");
    assertEquals(Optional.empty(), world.homewatch.principals().resolve("a".repeat(10_000)));
    assertEquals(Optional.empty(), world.homewatch.principals().resolve("app\u0000"));
    assertEquals(Optional.empty(), world.homewatch.principals().resolve(" app"));
  }

  @Test
  @DisplayName("after staff correct the case's phone, a login linked by the old number no longer acts for the person")
  void linkEndsWhenThePhoneIsCorrected() {
    linking.link("stranger-app", phone, codeSentTo("stranger-app", phone));
    assertTrue(world.homewatch.principals().resolve("stranger-app").isPresent());

    PhoneNumber right = PhoneNumber.parse("0977 123 456");
    world.homewatch.corrections().correct(world.nurseA, lan.id(), lan.version(), new CaseCorrection.Phone(right),
        "the registered number was a neighbour's");

    assertEquals(Optional.empty(), world.homewatch.principals().resolve("stranger-app"));
    linking.link("lan-app", right, codeSentTo("lan-app", right));
    assertEquals(Optional.of(lan.person().id()),
        world.homewatch.principals().resolve("lan-app").orElseThrow().person());
  }

  @Test
  @DisplayName("a staff principal is refused the citizen's views, a citizen is refused staff operations, each "
      + "audited as a refusal")
  void rolesKeptApart() {
    linking.link("lan-app", phone, codeSentTo("lan-app", phone));
    Principal citizen = world.homewatch.principals().resolve("lan-app").orElseThrow();
    long before = world.auditCount("access.denied");

    assertThrows(AccessDeniedException.class, () -> world.homewatch.citizens().cases(world.nurseA));
    assertThrows(AccessDeniedException.class, () -> world.homewatch.citizens().today(world.nurseA, lan.id()));
    assertThrows(AccessDeniedException.class, () -> world.homewatch.citizens().feedback(world.admin, lan.id()));
    assertThrows(AccessDeniedException.class, () -> world.homewatch.cases().register(citizen,
        org.homewatch.model.NewCase.of(World.person("Ai Đó", World.COMMUNE_A, 1990),
            org.homewatch.model.CaseCategory.F2, lan.decision(), World.TODAY)));
    assertThrows(AccessDeniedException.class, () -> world.homewatch.corrections().correct(citizen, lan.id(),
        lan.version(), new CaseCorrection.Phone(PhoneNumber.parse("0977123456")), "mine"));

    assertEquals(before + 5, world.auditCount("access.denied"));
  }

  @Test
  @DisplayName("an identity provider that answers null is a ConfigurationException naming it, not a "
      + "NullPointerException")
  void providerAnsweringNull() {
    try (World careless = new World(b -> b.identityProvider(subject -> null))) {
      ConfigurationException e = assertThrows(ConfigurationException.class,
          () -> careless.homewatch.principals().resolve("vneid-0123"));
      assertTrue(e.getMessage().contains("IdentityProvider"), e.getMessage());
      assertFalse(e.getMessage().contains("vneid-0123"), e.getMessage());
    }
  }

  @Test
  @DisplayName("an identity provider that calls a staff account's login a person is a ConfigurationException: no "
      + "citizen acts, nor is audited, under a staff member's id")
  void providerCallingStaffAPerson() {
    var person = new java.util.concurrent.atomic.AtomicReference<org.homewatch.model.PersonId>();
    try (World mapped = new World(b -> b.identityProvider(subject -> Optional.ofNullable(person.get())
        .map(org.homewatch.spi.identity.ExternalIdentity::citizen)))) {
      IsolationCase hers = mapped.registerF2("Rơ Lan Thị Hạnh", World.COMMUNE_A);
      person.set(hers.person().id());
      assertEquals(Optional.of(hers.person().id()), mapped.homewatch.principals().resolve("vneid:hanh")
          .orElseThrow().person());
      ConfigurationException e = assertThrows(ConfigurationException.class,
          () -> mapped.homewatch.principals().resolve(mapped.nurseA.account().value()));
      assertTrue(e.getMessage().contains("staff account"), e.getMessage());
    }
  }

  @Test
  @DisplayName("after the person's case is cancelled they still link and read it, but may not declare for it; a "
      + "citizen cannot declare or write feedback about a case of another household")
  void closedCaseAndOtherHousehold() {
    IsolationCase other = world.registerF2("Ksor Văn Mlô", World.COMMUNE_A);
    IsolationCase cancelled = world.homewatch.lifecycle().cancel(world.nurseA, lan.id(), lan.version(),
        "registered twice");
    linking.link("lan-app", phone, codeSentTo("lan-app", phone));
    Principal citizen = world.homewatch.principals().resolve("lan-app").orElseThrow();
    world.clock.advance(Duration.ofMinutes(1));

    assertEquals(List.of(cancelled.status()), world.homewatch.citizens().cases(citizen).stream()
        .map(CitizenCase::status).toList());
    assertTrue(world.homewatch.citizens().today(citizen, lan.id()).slots().isEmpty(), "nothing due on a closed case");
    assertThrows(HomewatchException.class, () -> world.homewatch.declarations().submit(citizen,
        world.declaration(lan, World.normal())));
    assertThrows(AccessDeniedException.class, () -> world.homewatch.declarations().submit(citizen,
        world.declaration(other, World.normal())));
    assertThrows(AccessDeniedException.class, () -> world.homewatch.feedback().submit(citizen, other.id(),
        org.homewatch.model.FeedbackTopic.OTHER, "xin chào"));
  }

  @Test
  @DisplayName("a login relinked to another person may no longer write in the first person's feedback thread: "
      + "refused, audited, the thread unchanged")
  void relinkedLoginLeavesTheOldThread() {
    IsolationCase mlo = world.registerF2("Ksor Văn Mlô", World.COMMUNE_A);
    linking.link("shared-tablet", phone, codeSentTo("shared-tablet", phone));
    Principal asLan = world.homewatch.principals().resolve("shared-tablet").orElseThrow();
    Feedback asked = world.homewatch.feedback().submit(asLan, lan.id(), FeedbackTopic.MEDICINE, "Hết thuốc");
    world.clock.advance(Duration.ofMinutes(20));
    linking.link("shared-tablet", mlo.person().phone(), codeSentTo("shared-tablet", mlo.person().phone()));
    Principal asMlo = world.homewatch.principals().resolve("shared-tablet").orElseThrow();
    assertEquals(Optional.of(mlo.person().id()), asMlo.person());
    long refusals = world.auditCount("access.denied");

    assertThrows(AccessDeniedException.class, () -> world.homewatch.feedback().reply(asMlo, asked.id(),
        asked.version(), "Tôi là người khác"));

    assertEquals(refusals + 1, world.auditCount("access.denied"));
    assertEquals(asked, world.storage.inTransaction(tx -> tx.feedback().find(asked.id())).orElseThrow());
  }

  @Test
  @DisplayName("a crash after the code's SMS was queued but before commit leaves no code, no SMS and no audit, and "
      + "does not use up the phone's hourly codes")
  void crashBeforeCommit() {
    CrashingStorage crashing = new CrashingStorage(World.memoryStorage());
    try (World crashWorld = new World(crashing, b -> b.citizenCodes(CitizenLinkingTest.SECRET, World.PROVINCE))) {
      IsolationCase c = crashWorld.registerF2("Rơ Lan Thị Hạnh", World.COMMUNE_A);
      long audited = crashWorld.auditCount("citizen.code.request");
      crashing.crashNextCommit = true;
      assertThrows(StorageException.class, () -> crashWorld.homewatch.citizenLinking().requestCode("app",
          c.person().phone()));
      assertEquals(0, crashWorld.outbox(OutboxMessage.Status.PENDING));
      assertEquals(audited, crashWorld.auditCount("citizen.code.request"));
      assertEquals(Optional.empty(), crashWorld.storage.inTransaction(tx -> tx.store(CitizenIdentityStore.class)
          .orElseThrow().latestCode(c.person().phone())));
      for (int i = 0; i < LinkCodePolicy.defaults().maxCodesPerHour(); i++) {
        crashWorld.homewatch.citizenLinking().requestCode("app", c.person().phone());
      }
      assertEquals(3, crashWorld.outbox(OutboxMessage.Status.PENDING));
    }
  }

  @Test
  @DisplayName("PhoneNumber.parse of anything — null, blank, 10,000 characters, letters, control characters, odd "
      + "punctuation — gives a valid E.164 number or a ValidationException on phone that does not repeat the input")
  void phoneParsing() {
    assertNamesOnly(assertThrows(ValidationException.class, () -> PhoneNumber.parse(null)), "phone");
    for (String typed : List.of("", " ", "9".repeat(10_000), "0905\u0000111222", "+84 (0) 905 111 222",
        "\u202E0905111222", "０９０５１１１２２２", "tel:0905111222", "+84905111222; DROP TABLE hw_case")) {
      assertNamesOnly(assertThrows(ValidationException.class, () -> PhoneNumber.parse(typed)), "phone",
          typed.isBlank() ? new String[0] : new String[] {typed});
    }
    for (String typed : List.of("0905 111 222", "0905.111.222", "(0905) 111-222", "84905111222", "+84905111222",
        "0084905111222", " 0905111222 ")) {
      assertEquals("+84905111222", PhoneNumber.parse(typed).e164(), typed);
    }
    qt().forAll(strings().allPossible().ofLengthBetween(0, 40)).checkAssert(typed -> {
      try {
        PhoneNumber parsed = PhoneNumber.parse(typed);
        assertTrue(parsed.e164().matches("\\+[1-9][0-9]{7,14}"), parsed.e164());
      } catch (ValidationException e) {
        // long enough not to occur in the message's own words by chance
        assertTrue(typed.strip().length() < 12 || !e.getMessage().contains(typed.strip()), e.getMessage());
      }
    });
  }

  @Test
  @DisplayName("another province's portal on the same storage sends no SMS for this province's person and cannot "
      + "link its login to them, even with the code this province sent")
  void anotherProvincesPortal() {
    JurisdictionPath hanoi = JurisdictionPath.of(JurisdictionScheme.GSO_2021, "01");
    try (Homewatch hanoiPortal = Homewatch.builder().storage(world.storage).channel(world.channel).channel(world.sms)
        .clock(world.clock).citizenCodes(CitizenLinkingTest.SECRET, hanoi).build()) {
      int smsBefore = world.sms.sentTo(phone.e164()).size();
      hanoiPortal.citizenLinking().requestCode("hanoi-app", phone);
      world.homewatch.notifications().dispatch(world.system, 100);
      assertEquals(smsBefore, world.sms.sentTo(phone.e164()).size(), "no SMS for a person outside Hà Nội");

      String code = codeSentTo("hanoi-app", phone);
      assertEquals(LinkingRefusedException.Reason.WRONG_CODE, assertThrows(LinkingRefusedException.class,
          () -> hanoiPortal.citizenLinking().link("hanoi-app", phone, code)).reason());
      assertEquals(Optional.empty(), world.homewatch.principals().resolve("hanoi-app"));
    }
  }

  @Test
  @DisplayName("any typed code or subject (QuickTheories, every UTF-16 unit up to 40 long) is a refusal or a "
      + "ValidationException, never another exception, and never links but with the code sent")
  void anyInputIsARefusal() {
    String code = codeSentTo("app", phone);
    qt().withExamples(300).forAll(strings().allPossible().ofLengthBetween(0, 40)).checkAssert(typed -> {
      try {
        linking.link("app", phone, typed);
        assertEquals(code, typed.replace(" ", ""), "only the code sent links");
      } catch (LinkingRefusedException | ValidationException refused) {
        assertFalse(refused.getMessage().contains(code), refused.getMessage());
      }
      try {
        linking.requestCode(typed, PhoneNumber.parse("0905 999 888"));
      } catch (LinkingRefusedException | ValidationException refused) {
        assertFalse(!typed.isBlank() && typed.length() > 3 && refused.getMessage().contains(typed),
            refused.getMessage());
      }
    });
    assertEquals(Optional.empty(), world.homewatch.principals().resolve("app"));
  }

  /** A storage whose next commit fails after the work ran, as a crash between the last write and the commit. */
  private static final class CrashingStorage implements Storage {
    private final Storage delegate;
    volatile boolean crashNextCommit;

    CrashingStorage(Storage delegate) {
      this.delegate = delegate;
    }

    @Override
    public <T> T inTransaction(TransactionWork<T> work) {
      return delegate.inTransaction(tx -> {
        T result = work.run(tx);
        if (crashNextCommit) {
          crashNextCommit = false;
          throw new StorageException("the node died before the commit");
        }
        return result;
      });
    }

    @Override
    public Set<Class<? extends OptionalStore>> optionalStores() {
      return delegate.optionalStores();
    }

    @Override
    public void close() {
      delegate.close();
    }
  }
}
