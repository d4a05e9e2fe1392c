package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.homewatch.AccessDeniedException;
import org.homewatch.ConflictException;
import org.homewatch.ValidationException;
import org.homewatch.core.cases.CaseCorrection;
import org.homewatch.core.cases.CaseCorrectionService;
import org.homewatch.model.Address;
import org.homewatch.model.AlertKind;
import org.homewatch.model.AuditEvent;
import org.homewatch.model.CaseChange;
import org.homewatch.model.CaseQuery;
import org.homewatch.model.GeoPoint;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NationalId;
import org.homewatch.model.NewCase;
import org.homewatch.model.PageRequest;
import org.homewatch.model.PersonId;
import org.homewatch.model.PhoneNumber;
import org.homewatch.model.QuarantineDecision;
import org.homewatch.model.RiskFactor;
import org.homewatch.spi.notification.Notification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 13.4: staff correct what was registered wrong (the category's effects are in CategoryCorrectionTest). */
class CaseCorrectionTest {
  private static final PhoneNumber RIGHT_PHONE = PhoneNumber.parse("0912 345 678");
  private final World world = new World();
  private final IsolationCase c = world.registerF2("Vũ Minh Tâm", World.COMMUNE_A);

  @AfterEach
  void close() {
    world.close();
  }

  private CaseCorrectionService corrections() {
    return world.homewatch.corrections();
  }

  private IsolationCase stored(IsolationCase x) {
    return world.storage.inTransaction(tx -> tx.cases().find(x.id())).orElseThrow();
  }

  private static CaseChange last(IsolationCase x) {
    return x.history().get(x.history().size() - 1);
  }

  private List<AuditEvent> audit(String action) {
    return world.storage.inTransaction(tx -> tx.audit().list(World.PROVINCE, World.START.minusSeconds(1),
        PageRequest.first(1000))).items().stream().filter(e -> e.action().equals(action)).toList();
  }

  private static org.homewatch.model.Person withNationalId(org.homewatch.model.Person p, NationalId id) {
    return new org.homewatch.model.Person(p.id(), p.fullName(), p.birthDate(), p.sex(), p.phone(), Optional.of(id),
        p.home());
  }

  private void at(String instant) {
    world.clock.advance(Duration.between(world.clock.instant(), Instant.parse(instant)));
  }

  @Test
  @DisplayName("a corrected phone keeps the old one in the history in clear and in the audit masked")
  void phone() {
    IsolationCase corrected = corrections().correct(world.nurseA, c.id(), c.version(),
        new CaseCorrection.Phone(RIGHT_PHONE), "typed one digit wrong at registration");

    assertEquals(RIGHT_PHONE, corrected.person().phone());
    assertEquals(c.version() + 1, corrected.version());
    assertEquals(corrected, stored(c));
    CaseChange change = last(corrected);
    assertEquals(CaseChange.Kind.CORRECTED, change.kind());
    assertEquals(world.nurseA.account(), change.by());
    assertEquals("Sửa số điện thoại " + c.person().phone().e164() + " → +84912345678: typed one digit wrong at "
        + "registration",
        change.detail());
    AuditEvent event = audit("case.correct.person").get(0);
    assertEquals(c.id().toString(), event.targetId());
    assertEquals(Map.of("field", "phone", "before", c.person().phone().masked(), "after", RIGHT_PHONE.masked(),
        "version", Long.toString(corrected.version())), event.details());
    assertFalse(event.details().toString().contains("912345678"), event.details().toString());
    assertFalse(event.details().toString().contains("typed"), "the reason is free text and stays out of the audit");
  }

  @Test
  @DisplayName("the next reminder after a phone correction goes to the corrected phone")
  void nextSmsToCorrectedPhone() {
    corrections().correct(world.nurseA, c.id(), c.version(), new CaseCorrection.Phone(RIGHT_PHONE), "wrong number");
    at("2021-08-16T04:05:00Z"); // 11:05, the morning window's 11:00 reminder is due
    assertEquals(1, world.homewatch.schedule().sendReminders(world.system, PageRequest.first(100),
        Duration.ofMinutes(15)).written());
    world.homewatch.notifications().dispatch(world.system, 100);
    List<Notification> reminders = world.sms.sent().stream()
        .filter(n -> n.templateKey().equals("reminder.declare")).toList();
    assertEquals(List.of("+84912345678"), reminders.stream().map(n -> n.recipient().address()).toList());
  }

  @Test
  @DisplayName("a reminder and a reply notice written before the phone was corrected go to the corrected phone")
  void waitingMessagesRedirected() {
    at("2021-08-16T04:05:00Z"); // 11:05, the morning window's 11:00 reminder is due
    assertEquals(1, world.homewatch.schedule().sendReminders(world.system, PageRequest.first(100),
        Duration.ofMinutes(15)).written());
    var feedback = world.homewatch.feedback().submit(world.citizen(c), c.id(),
        org.homewatch.model.FeedbackTopic.HEALTH, "Tôi bị ho");
    world.homewatch.feedback().reply(world.nurseA, feedback.id(), feedback.version(), "Uống nước ấm");
    IsolationCase now = stored(c);

    corrections().correct(world.nurseA, c.id(), now.version(), new CaseCorrection.Phone(RIGHT_PHONE), "wrong number");
    world.homewatch.notifications().dispatch(world.system, 100); // withdraws both, writes them to the new phone
    world.homewatch.notifications().dispatch(world.system, 100); // sends them

    List<Notification> toPerson = world.sms.sent();
    assertEquals(List.of("+84912345678", "+84912345678"), toPerson.stream().map(n -> n.recipient().address())
        .toList(), "nothing went to the old number");
    assertEquals(Set.of("reminder.declare", "feedback.replied"), toPerson.stream().map(Notification::templateKey)
        .collect(java.util.stream.Collectors.toSet()));
    assertEquals(2, world.outbox(org.homewatch.spi.storage.OutboxMessage.Status.OBSOLETE));
    world.homewatch.notifications().dispatch(world.system, 100);
    assertEquals(2, world.sms.sent().size(), "each is sent once");
  }

  @Test
  @DisplayName("without a reason, with a stale version or with the value already stored, nothing changes; the "
      + "refusals of a case read are audited")
  void refusalsChangeNothing() {
    CaseCorrection phone = new CaseCorrection.Phone(RIGHT_PHONE);
    assertThrows(ValidationException.class, () -> corrections().correct(world.nurseA, c.id(), c.version(), phone,
        "  "));
    ValidationException tooLong = assertThrows(ValidationException.class, () -> corrections().correct(world.nurseA,
        c.id(), c.version(), phone, "x".repeat(CaseCorrectionService.MAX_REASON_LENGTH + 1)));
    assertEquals("reason", tooLong.violations().get(0).path());
    assertThrows(ValidationException.class, () -> corrections().correct(world.nurseA, c.id(), c.version(), phone,
        null));
    assertThrows(ValidationException.class, () -> new CaseCorrection.Phone(null), "a form binder's null");
    assertThrows(ValidationException.class, () -> new CaseCorrection.RiskFactors(null));
    ConflictException stale = assertThrows(ConflictException.class, () -> corrections().correct(world.nurseA,
        c.id(), c.version() + 1, phone, "wrong number"));
    assertTrue(stale.getMessage().contains("changed by someone else"), stale.getMessage());
    ValidationException same = assertThrows(ValidationException.class, () -> corrections().correct(world.nurseA,
        c.id(), c.version(), new CaseCorrection.Phone(c.person().phone()), "again"));
    assertEquals("homewatch.validation.correction.unchanged", same.violations().get(0).messageKey());
    assertFalse(same.getMessage().contains(c.person().phone().e164().substring(3)), same.getMessage());
    assertEquals(c, stored(c));
    assertEquals(List.of(), audit("case.correct.person"));
    List<AuditEvent> refused = audit("case.correct.refused");
    assertEquals(List.of("ConflictException", "ValidationException"), refused.stream()
        .map(e -> e.details().get("refusal")).sorted().toList(), "refusals after the case was read are on record");
    assertTrue(refused.stream().allMatch(e -> e.unit().equals(World.COMMUNE_A) && e.details().get("field")
        .equals("phone")), refused.toString());
  }

  @Test
  @DisplayName("another commune's nurse and a citizen are refused, and the refusal is audited under the case's unit")
  void scoped() {
    assertThrows(AccessDeniedException.class, () -> corrections().correct(world.nurseB, c.id(), c.version(),
        new CaseCorrection.Phone(RIGHT_PHONE), "wrong number"));
    assertThrows(AccessDeniedException.class, () -> corrections().correct(world.citizen(c), c.id(), c.version(),
        new CaseCorrection.Phone(RIGHT_PHONE), "my number changed"));
    assertThrows(AccessDeniedException.class, () -> corrections().correct(world.enroller, c.id(), c.version(),
        new CaseCorrection.RiskFactors(Set.of(RiskFactor.PREGNANT)), "enrollers correct the person, not monitoring"));
    assertEquals(c, stored(c));
    List<AuditEvent> refusals = world.storage.inTransaction(tx -> tx.audit().list(World.COMMUNE_A,
        World.START.minusSeconds(1), PageRequest.first(100))).items().stream()
        .filter(e -> e.action().equals("access.denied")).toList();
    assertEquals(3, refusals.size());
  }

  @Test
  @DisplayName("a home location set by correction makes the off-site rule work from the next declaration")
  void homeLocation() {
    GeoPoint farAway = GeoPoint.of(13.70, 108.20, 20);
    at("2021-08-16T02:00:00Z");
    var before = world.homewatch.declarations().submit(world.citizen(c),
        world.declaration(c, World.normal()).withLocation(farAway));
    assertTrue(before.alerts().stream().noneMatch(a -> a.kind() == AlertKind.OFF_SITE), "no home, no distance");

    IsolationCase located = corrections().correct(world.nurseA, c.id(), stored(c).version(),
        new CaseCorrection.HomeLocation(Optional.of(GeoPoint.of(13.6580, 108.0830))), "position taken at the visit");
    assertTrue(last(located).detail().startsWith("Sửa vị trí nơi ở không có → 13.65800, 108.08300"), last(located).detail());
    AuditEvent event = audit("case.correct.person").get(0);
    assertEquals("none", event.details().get("before"));
    assertEquals("set", event.details().get("after"));

    at("2021-08-16T07:30:00Z"); // the afternoon window
    var after = world.homewatch.declarations().submit(world.citizen(c),
        world.declaration(c, World.normal()).withLocation(farAway));
    assertTrue(after.alerts().stream().anyMatch(a -> a.kind() == AlertKind.OFF_SITE), after.alerts().toString());
  }

  @Test
  @DisplayName("a corrected address keeps the home location it does not give; a district with communes is refused")
  void address() {
    IsolationCase located = corrections().correct(world.nurseA, c.id(), c.version(),
        new CaseCorrection.HomeLocation(Optional.of(GeoPoint.of(13.6580, 108.0830))), "visit");
    IsolationCase moved = corrections().correct(world.nurseA, c.id(), located.version(), new CaseCorrection.HomeAddress(
        new Address("Tổ 4, đường Hùng Vương", World.COMMUNE_A, Optional.empty())), "street written as the village");
    assertEquals("Tổ 4, đường Hùng Vương", moved.person().home().line());
    assertEquals(located.person().home().home(), moved.person().home().home());
    assertThrows(ValidationException.class, () -> corrections().correct(world.nurseA, c.id(), moved.version(),
        new CaseCorrection.HomeAddress(new Address("Thôn 1", World.DISTRICT, Optional.empty())), "district"));
    AuditEvent event = audit("case.correct.person").stream().filter(e -> "address".equals(e.details().get("field")))
        .findFirst().orElseThrow();
    assertEquals("changed", event.details().get("line"));
    assertFalse(event.details().toString().contains("Hùng Vương"), event.details().toString());
  }

  @Test
  @DisplayName("a corrected name is found by the line list's search and is corrected on the person's other cases")
  void name() {
    IsolationCase earlier = world.homewatch.lifecycle().cancel(world.nurseA, c.id(), c.version(), "entered twice");
    IsolationCase again = world.homewatch.cases().register(world.enroller, NewCase.of(c.person(),
        org.homewatch.model.CaseCategory.F1, new QuarantineDecision("13/QĐ-UBND", "UBND huyện Chư Sê", World.TODAY),
        World.TODAY));

    IsolationCase renamed = corrections().correct(world.nurseA, again.id(), again.version(),
        new CaseCorrection.FullName("Võ  Minh Tâm"), "Võ, not Vũ, as on the CCCD");

    assertEquals("Võ Minh Tâm", renamed.person().fullName());
    assertEquals("Võ Minh Tâm", stored(earlier).person().fullName(), "one person id names one person");
    assertEquals(CaseChange.Kind.CORRECTED, last(stored(earlier)).kind());
    assertEquals(List.of(again.id()), world.homewatch.cases().lineList(world.nurseA,
        CaseQuery.in(World.COMMUNE_A).searching("vo minh tam"), PageRequest.first(10)).items().stream()
        .filter(s -> !s.status().isClosed()).map(s -> s.id()).toList());
    assertEquals(List.of(), world.homewatch.cases().lineList(world.nurseA,
        CaseQuery.in(World.COMMUNE_A).searching("vu minh tam"), PageRequest.first(10)).items());
    List<AuditEvent> events = audit("case.correct.person");
    assertEquals(2, events.size());
    assertTrue(events.stream().allMatch(e -> e.details().get("after").equals("V. M. Tâm")), events.toString());
  }

  @Test
  @DisplayName("a national id on another person's monitored case is refused, and the look-up audited")
  void nationalIdTaken() {
    NationalId id = new NationalId("064190001234");
    IsolationCase other = world.homewatch.cases().register(world.enroller, NewCase.of(
        withNationalId(World.person("Ksor H'Bia", World.COMMUNE_A, 1990), id), org.homewatch.model.CaseCategory.F2,
        new QuarantineDecision("14/QĐ-UBND", "UBND huyện Chư Sê", World.TODAY), World.TODAY));
    ConflictException taken = assertThrows(ConflictException.class, () -> corrections().correct(world.nurseA,
        c.id(), c.version(), new CaseCorrection.NationalIdNumber(Optional.of(id)), "copied from the decision"));
    assertTrue(taken.getMessage().contains(other.id().toString()), "inside the nurse's scope the case is named");
    assertEquals(c, stored(c));
    assertEquals(1, audit("case.duplicate").size());

    IsolationCase withId = corrections().correct(world.nurseA, c.id(), c.version(),
        new CaseCorrection.NationalIdNumber(Optional.of(new NationalId("064190009999"))), "copied from the CCCD");
    assertEquals(Optional.of(new NationalId("064190009999")), withId.person().nationalId());
    assertEquals("none", audit("case.correct.person").get(0).details().get("before"));
  }

  @Test
  @DisplayName("risk factors and the household head are corrected by health staff, and audited without health data")
  void monitoringFacts() {
    IsolationCase risky = corrections().correct(world.nurseA, c.id(), c.version(),
        new CaseCorrection.RiskFactors(Set.of(RiskFactor.PREGNANT, RiskFactor.UNVACCINATED)), "missed on the form");
    assertEquals(Set.of(RiskFactor.PREGNANT, RiskFactor.UNVACCINATED), risky.riskFactors());
    assertTrue(last(risky).detail().startsWith("Sửa yếu tố nguy cơ [] → [mang thai, chưa tiêm đủ vắc xin]"), last(risky).detail());
    AuditEvent event = audit("case.correct.monitoring").get(0);
    assertEquals("2 factor(s)", event.details().get("after"));
    assertFalse(event.details().toString().contains("PREGNANT"), event.details().toString());

    PersonId mother = PersonId.random();
    IsolationCase headed = corrections().correct(world.supervisor, c.id(), risky.version(),
        new CaseCorrection.HouseholdHead(Optional.of(mother)), "the mother declares for him");
    assertEquals(Optional.of(mother), headed.householdHead());
    assertThrows(ValidationException.class, () -> corrections().correct(world.nurseA, c.id(), headed.version(),
        new CaseCorrection.HouseholdHead(Optional.of(c.person().id())), "himself"));
  }

  @Test
  @DisplayName("a corrected household head may read the case as a citizen; the one removed no longer may")
  void householdHeadGrantsAccess() {
    PersonId mother = PersonId.random();
    PersonId father = PersonId.random();
    org.homewatch.model.Principal motherApp = org.homewatch.model.Principal.citizen(
        new org.homewatch.model.AccountId("citizen-mother"), mother, World.COMMUNE_A);
    org.homewatch.model.Principal fatherApp = org.homewatch.model.Principal.citizen(
        new org.homewatch.model.AccountId("citizen-father"), father, World.COMMUNE_A);
    IsolationCase headed = corrections().correct(world.nurseA, c.id(), c.version(),
        new CaseCorrection.HouseholdHead(Optional.of(father)), "the father declares for the child");
    assertEquals(c.id(), world.homewatch.cases().get(fatherApp, c.id()).id());

    corrections().correct(world.nurseA, c.id(), headed.version(),
        new CaseCorrection.HouseholdHead(Optional.of(mother)), "it is the mother who has the phone");

    assertEquals(c.id(), world.homewatch.cases().get(motherApp, c.id()).id());
    assertThrows(AccessDeniedException.class, () -> world.homewatch.cases().get(fatherApp, c.id()));
  }

  @Test
  @DisplayName("a schedule is corrected to one of the province's policy, or back to the category's; an unknown one "
      + "is refused")
  void schedule() {
    ValidationException unknown = assertThrows(ValidationException.class, () -> corrections().correct(world.nurseA,
        c.id(), c.version(), new CaseCorrection.Schedule(Optional.of("hourly")), "works nights"));
    assertEquals("homewatch.validation.schedule.unknown", unknown.violations().get(0).messageKey());
    IsolationCase twice = corrections().correct(world.nurseA, c.id(), c.version(),
        new CaseCorrection.Schedule(Optional.of("moh-morning-afternoon")), "works evenings");
    assertEquals("moh-morning-afternoon", world.homewatch.schedule().scheduleOf(twice).id());
    assertTrue(last(twice).detail()
        .startsWith("Sửa lịch khai báo vhd-three-windows (theo đối tượng) → moh-morning-afternoon"),
        last(twice).detail());
    IsolationCase back = corrections().correct(world.supervisor, c.id(), twice.version(),
        new CaseCorrection.Schedule(Optional.empty()), "back to the usual");
    assertEquals(Optional.empty(), back.scheduleId());
    assertEquals("vhd-three-windows", world.homewatch.schedule().scheduleOf(back).id());
  }

  @Test
  @DisplayName("an enroller corrects the person's data as registered")
  void enroller() {
    IsolationCase corrected = corrections().correct(world.enroller, c.id(), c.version(),
        new CaseCorrection.FullName("Vũ Minh Tâm Anh"), "the given name was cut off");
    assertEquals("Vũ Minh Tâm Anh", corrected.person().fullName());
  }

  @Test
  @DisplayName("a closed case's person can still be corrected, how it was monitored no more")
  void closedCase() {
    IsolationCase cancelled = world.homewatch.lifecycle().cancel(world.nurseA, c.id(), c.version(), "entered twice");
    assertThrows(ConflictException.class, () -> corrections().correct(world.nurseA, c.id(), cancelled.version(),
        new CaseCorrection.Category(org.homewatch.model.CaseCategory.F1), "was F1"));
    IsolationCase corrected = corrections().correct(world.nurseA, c.id(), cancelled.version(),
        new CaseCorrection.Phone(RIGHT_PHONE), "wrong number");
    assertEquals(RIGHT_PHONE, corrected.person().phone());
  }
}
