package org.homewatch.core.citizens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homewatch.ConfigurationException;
import org.homewatch.ValidationException;
import org.homewatch.core.World;
import org.homewatch.model.AccountId;
import org.homewatch.model.AuditEvent;
import org.homewatch.model.CitizenLink;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.LinkCode;
import org.homewatch.model.PageRequest;
import org.homewatch.model.PhoneNumber;
import org.homewatch.model.Principal;
import org.homewatch.model.Role;
import org.homewatch.spi.notification.Notification;
import org.homewatch.spi.storage.CitizenIdentityStore;
import org.homewatch.spi.storage.OutboxMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 13.1: a citizen links their login to their person by a one-time code sent to their phone. */
class CitizenLinkingTest {
  static final byte[] SECRET = "a per-deployment secret of 32+ bytes, for tests".getBytes(StandardCharsets.UTF_8);

  private final World world = new World(b -> b.citizenCodes(SECRET, World.PROVINCE));
  private final IsolationCase lan = world.registerF2("Rơ Lan Thị Hạnh", World.COMMUNE_A);
  private final PhoneNumber phone = lan.person().phone();
  private final CitizenLinking linking = world.homewatch.citizenLinking();

  @AfterEach
  void close() {
    world.close();
  }

  /** Asks for a code for {@code subject} and returns the code the SMS carried. */
  private String codeSentTo(String subject, PhoneNumber to) {
    int before = world.sms.sentTo(to.e164()).size();
    linking.requestCode(subject, to);
    world.homewatch.notifications().dispatch(world.system, 100);
    List<Notification> sent = world.sms.sentTo(to.e164());
    assertEquals(before + 1, sent.size(), "one SMS per request");
    Notification sms = sent.get(sent.size() - 1);
    assertEquals("citizen.code", sms.templateKey());
    return sms.parameters().get("code");
  }

  private Optional<LinkCode> latestCode(PhoneNumber of) {
    return world.storage.inTransaction(tx -> tx.store(CitizenIdentityStore.class).orElseThrow().latestCode(of));
  }

  private List<AuditEvent> audit() {
    return world.storage.inTransaction(tx -> tx.audit().list(World.PROVINCE, World.START.minusSeconds(1),
        PageRequest.first(1000))).items();
  }

  private LinkingRefusedException.Reason refusal(String subject, PhoneNumber to, String code) {
    return assertThrows(LinkingRefusedException.class, () -> linking.link(subject, to, code)).reason();
  }

  private static String otherThan(String code) {
    return code.equals("000000") ? "000001" : "000000";
  }

  @Test
  @DisplayName("the right code links the login to the phone's person, who then resolves as a citizen of their case")
  void rightCodeLinks() {
    String code = codeSentTo("app-install-7f3a", phone);

    CitizenLink link = linking.link("app-install-7f3a", phone, code);

    assertEquals(lan.person().id(), link.person());
    Principal citizen = world.homewatch.principals().resolve("app-install-7f3a").orElseThrow();
    assertEquals(Set.of(Role.CITIZEN), citizen.roles());
    assertEquals(Optional.of(lan.person().id()), citizen.person());
    assertEquals(lan.responsibleUnit(), citizen.scope());
    assertEquals(Optional.empty(), world.homewatch.principals().resolve("app-install-other"));
  }

  @Test
  @DisplayName("only a salted HMAC of the code is stored; audit events carry the masked phone and never the code")
  void codeNeverStoredNorAudited() {
    String code = codeSentTo("app-1", phone);
    LinkCode stored = latestCode(phone).orElseThrow();
    assertEquals(64, stored.codeHash().length());
    assertFalse(stored.codeHash().contains(code));
    linking.link("app-1", phone, code);

    List<AuditEvent> events = audit().stream().filter(e -> e.action().startsWith("citizen.")).toList();
    assertEquals(Set.of("citizen.code.request", "citizen.link"),
        events.stream().map(AuditEvent::action).collect(java.util.stream.Collectors.toSet()));
    assertEquals(2, events.size());
    for (AuditEvent e : events) {
      String all = e.targetId() + " " + e.details();
      assertFalse(all.contains(code), all);
      assertFalse(all.contains(phone.e164()), all);
    }
    assertTrue(events.stream().anyMatch(e -> e.targetId().equals(phone.masked())));
  }

  @Test
  @DisplayName("a replayed code is refused as used, and only its attempt count moves")
  void replayedCodeRefused() {
    String code = codeSentTo("app-1", phone);
    linking.link("app-1", phone, code);
    LinkCode used = latestCode(phone).orElseThrow();

    assertEquals(LinkingRefusedException.Reason.ALREADY_USED, refusal("app-2", phone, code));
    assertEquals(LinkingRefusedException.Reason.ALREADY_USED, refusal("app-1", phone, code));

    LinkCode after = latestCode(phone).orElseThrow();
    assertEquals(used.attempts() + 2, after.attempts());
    assertEquals(used.usedAt(), after.usedAt());
    assertEquals(Optional.empty(), world.homewatch.principals().resolve("app-2"));
  }

  @Test
  @DisplayName("an expired code is refused and links nothing")
  void expiredCodeRefused() {
    String code = codeSentTo("app-1", phone);
    world.clock.advance(LinkCodePolicy.DEFAULT_VALID_FOR);

    assertEquals(LinkingRefusedException.Reason.EXPIRED, refusal("app-1", phone, code));
    assertEquals(Optional.empty(), world.homewatch.principals().resolve("app-1"));
    assertEquals(1, latestCode(phone).orElseThrow().attempts());
  }

  @Test
  @DisplayName("guessed codes are refused and counted; after five attempts even the right code is refused")
  void guessesAreLimited() {
    String code = codeSentTo("app-1", phone);
    for (int i = 0; i < LinkCodePolicy.DEFAULT_MAX_ATTEMPTS; i++) {
      assertEquals(LinkingRefusedException.Reason.WRONG_CODE, refusal("app-1", phone, otherThan(code)));
    }
    assertEquals(LinkingRefusedException.Reason.TOO_MANY_ATTEMPTS, refusal("app-1", phone, code));
    assertEquals(Optional.empty(), world.homewatch.principals().resolve("app-1"));
    assertEquals(6, latestCode(phone).orElseThrow().attempts());
    assertEquals(6, audit().stream().filter(e -> e.action().equals("citizen.link")).count());
  }

  @Test
  @DisplayName("a phone gets three codes an hour; the fourth request is refused, sends and stores nothing, and is "
      + "audited")
  void requestsAreRateLimited() {
    for (int i = 0; i < LinkCodePolicy.DEFAULT_MAX_CODES_PER_HOUR; i++) {
      codeSentTo("app-1", phone);
      world.clock.advance(Duration.ofMinutes(10));
    }
    LinkCode third = latestCode(phone).orElseThrow();
    long pending = world.outbox(OutboxMessage.Status.PENDING);

    LinkingRefusedException e = assertThrows(LinkingRefusedException.class,
        () -> linking.requestCode("app-1", phone));

    assertEquals(LinkingRefusedException.Reason.TOO_MANY_REQUESTS, e.reason());
    assertEquals(Optional.of(third), latestCode(phone));
    assertEquals(pending, world.outbox(OutboxMessage.Status.PENDING));
    assertEquals(4, audit().stream().filter(a -> a.action().equals("citizen.code.request")).count());
    world.clock.advance(Duration.ofMinutes(31));
    codeSentTo("app-1", phone);
  }

  @Test
  @DisplayName("a code sent to one phone does not link another phone, nor another login, and a new request voids "
      + "the earlier code")
  void codeIsBoundToPhoneLoginAndRequest() {
    IsolationCase other = world.registerF2("Ksor Văn Mlô", World.COMMUNE_A);
    String codeForLan = codeSentTo("app-lan", phone);
    codeSentTo("app-mlo", other.person().phone());

    assertEquals(LinkingRefusedException.Reason.WRONG_CODE, refusal("app-lan", other.person().phone(), codeForLan));
    assertEquals(LinkingRefusedException.Reason.WRONG_CODE, refusal("app-mlo", other.person().phone(), codeForLan));
    assertEquals(LinkingRefusedException.Reason.WRONG_CODE, refusal("app-mlo", phone, codeForLan));
    String second = codeSentTo("app-lan", phone);
    if (!second.equals(codeForLan)) {
      assertEquals(LinkingRefusedException.Reason.WRONG_CODE, refusal("app-lan", phone, codeForLan));
    }
    assertEquals(lan.person().id(), linking.link("app-lan", phone, second).person());
    assertEquals(Optional.empty(), world.homewatch.principals().resolve("app-mlo"));
  }

  @Test
  @DisplayName("a number with no case gets the same answer but no SMS, and no code links it")
  void unknownNumberRevealsNothing() {
    PhoneNumber stranger = PhoneNumber.parse("0987 000 111");
    CodeRequest known = linking.requestCode("app-1", phone);
    CodeRequest unknown = linking.requestCode("app-2", stranger);
    world.homewatch.notifications().dispatch(world.system, 100);

    assertEquals(known.expiresAt(), unknown.expiresAt());
    assertEquals(List.of(), world.sms.sentTo(stranger.e164()));
    assertEquals(LinkingRefusedException.Reason.WRONG_CODE, refusal("app-2", stranger, "123456"));
    assertTrue(audit().stream().anyMatch(e -> e.details().getOrDefault("outcome", "").contains("no case")));
  }

  @Test
  @DisplayName("a household's shared phone links the household head, not the dependant")
  void sharedPhoneLinksTheHead() {
    var grandmother = new org.homewatch.model.Person(org.homewatch.model.PersonId.random(), "Rơ Lan Thị Blel",
        org.homewatch.model.BirthDate.ofYear(1940), lan.person().sex(), phone, Optional.empty(), lan.person().home());
    world.homewatch.cases().register(world.enroller, org.homewatch.model.NewCase.of(grandmother,
        org.homewatch.model.CaseCategory.F2, lan.decision(), World.TODAY).withHouseholdHead(lan.person().id()));

    assertEquals(lan.person().id(), linking.link("app-1", phone, codeSentTo("app-1", phone)).person());
  }

  @Test
  @DisplayName("a code longer than 32 characters and a bad subject are refused before anything is read")
  void badInput() {
    ValidationException tooLong = assertThrows(ValidationException.class,
        () -> linking.link("app-1", phone, "1".repeat(33)));
    assertTrue(tooLong.concerns("code"));
    assertThrows(ValidationException.class, () -> linking.requestCode(" padded ", phone));
    assertEquals(Optional.empty(), latestCode(phone));
  }

  @Test
  @DisplayName("no code but the one sent ever links (property: random guesses on fresh codes)")
  void onlyTheIssuedCodeLinks() {
    qt().withExamples(40).forAll(integers().between(0, 999_999)).checkAssert(guess -> {
      world.clock.advance(Duration.ofHours(1));
      String subject = "app-" + guess;
      String code = codeSentTo(subject, phone);
      String typed = String.format("%06d", guess);
      if (typed.equals(code)) {
        assertEquals(lan.person().id(), linking.link(subject, phone, typed).person());
      } else {
        assertEquals(LinkingRefusedException.Reason.WRONG_CODE, refusal(subject, phone, typed));
        assertEquals(Optional.empty(), world.homewatch.principals().resolve(subject));
        assertEquals(lan.person().id(), linking.link(subject, phone, code).person());
      }
    });
  }

  @Test
  @DisplayName("policy options out of range name the option; a short secret and an unconfigured Homewatch are "
      + "refused with the fix")
  void configuration() {
    assertTrue(assertThrows(ConfigurationException.class, () -> LinkCodePolicy.builder().maxAttempts(0))
        .getMessage().contains("maxAttempts"));
    assertTrue(assertThrows(ConfigurationException.class, () -> LinkCodePolicy.builder().maxCodesPerHour(21))
        .getMessage().contains("maxCodesPerHour"));
    assertTrue(assertThrows(ConfigurationException.class,
        () -> LinkCodePolicy.builder().validFor(Duration.ofSeconds(30))).getMessage().contains("validFor"));
    assertTrue(assertThrows(ConfigurationException.class, () -> LinkCodePolicy.builder().digits(4))
        .getMessage().contains("digits"));
    assertTrue(assertThrows(ConfigurationException.class,
        () -> new World(b -> b.citizenCodes(new byte[16], World.PROVINCE))).getMessage().contains("32 bytes"));
    try (World plain = new World()) {
      assertTrue(assertThrows(ConfigurationException.class, plain.homewatch::citizenLinking).getMessage()
          .contains("citizenCodes"));
    }
    assertNotEquals(LinkCodePolicy.defaults(), LinkCodePolicy.builder().maxAttempts(3).build());
  }

  @Test
  @DisplayName("a stricter policy is applied: three attempts, codes of eight digits")
  void stricterPolicy() {
    try (World strict = new World(b -> b.citizenCodes(SECRET, World.PROVINCE)
        .linkCodePolicy(LinkCodePolicy.builder().maxAttempts(3).digits(8).build()))) {
      IsolationCase c = strict.registerF2("Siu H'Bia", World.COMMUNE_B);
      strict.homewatch.citizenLinking().requestCode("app-1", c.person().phone());
      strict.homewatch.notifications().dispatch(strict.system, 10);
      String code = strict.sms.sentTo(c.person().phone().e164()).get(0).parameters().get("code");
      assertEquals(8, code.length());
      String wrong = code.startsWith("0") ? "1" + code.substring(1) : "0" + code.substring(1);
      for (int i = 0; i < 3; i++) {
        assertThrows(LinkingRefusedException.class,
            () -> strict.homewatch.citizenLinking().link("app-1", c.person().phone(), wrong));
      }
      assertEquals(LinkingRefusedException.Reason.TOO_MANY_ATTEMPTS, assertThrows(LinkingRefusedException.class,
          () -> strict.homewatch.citizenLinking().link("app-1", c.person().phone(), code)).reason());
    }
  }

  @Test
  @DisplayName("an account id that is a staff account resolves as staff, not as a citizen link")
  void staffFirst() {
    Principal nurse = world.homewatch.principals().resolve(world.nurseA.account().value()).orElseThrow();
    assertEquals(Set.of(Role.MONITOR), nurse.roles());
    assertEquals(Optional.empty(), world.homewatch.principals().resolve(new AccountId("nobody").value()));
  }
}
