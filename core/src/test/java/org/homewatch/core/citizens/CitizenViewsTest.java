package org.homewatch.core.citizens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homewatch.AccessDeniedException;
import org.homewatch.core.World;
import org.homewatch.core.schedule.SlotStatus;
import org.homewatch.model.AccountId;
import org.homewatch.model.BirthDate;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.Feedback;
import org.homewatch.model.FeedbackTopic;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NewCase;
import org.homewatch.model.Person;
import org.homewatch.model.PersonId;
import org.homewatch.model.Principal;
import org.homewatch.model.Role;
import org.homewatch.spi.identity.ExternalIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 13.1: a citizen sees their own cases and their household's, today's windows and their feedback with replies,
 * and nobody else's; a portal's own login maps external subjects through an IdentityProvider.
 */
class CitizenViewsTest {
  private final World world = new World(b -> b.identityProvider(subject -> subject.startsWith("vneid:")
      ? Optional.of(ExternalIdentity.citizen(new PersonId(java.util.UUID.nameUUIDFromBytes(subject.getBytes()))))
      : subject.equals("sso:nurse.a@gialai.gov.vn") ? Optional.of(ExternalIdentity.staff(new AccountId("nurse-a")))
      : Optional.empty()));
  // Two households in the same commune: Lộc heads his with his mother; Hà heads hers.
  private final IsolationCase loc = world.registerF2("Phan Văn Lộc", World.COMMUNE_A);
  private final IsolationCase mother = register(new Person(PersonId.random(), "Phan Thị Tư", BirthDate.ofYear(1938),
      loc.person().sex(), loc.person().phone(), Optional.empty(), loc.person().home()), loc.person().id());
  private final IsolationCase ha = world.registerF2("Trần Thị Hà", World.COMMUNE_A);
  private final Principal locApp = world.citizen(loc);
  private final Principal haApp = world.citizen(ha);

  @AfterEach
  void close() {
    world.close();
  }

  private IsolationCase register(Person person, PersonId head) {
    return world.homewatch.cases().register(world.enroller,
        NewCase.of(person, CaseCategory.F2, loc.decision(), World.TODAY).withHouseholdHead(head));
  }

  @Test
  @DisplayName("a household head lists their own case first, then their members'; a member lists only their own")
  void householdHeadSeesMembers() {
    List<CitizenCase> cases = world.homewatch.citizens().cases(locApp);
    assertEquals(List.of(loc.id(), mother.id()), cases.stream().map(CitizenCase::id).toList());
    assertEquals(List.of(true, false), cases.stream().map(CitizenCase::own).toList());
    assertEquals(List.of(ha.id()), world.homewatch.citizens().cases(haApp).stream().map(CitizenCase::id).toList());
    assertEquals(List.of(mother.id()), world.homewatch.citizens().cases(world.citizen(mother)).stream()
        .map(CitizenCase::id).toList());
  }

  @Test
  @DisplayName("a citizen of the same commune never sees another household's schedule or feedback, and the "
      + "refusal is audited")
  void anotherHouseholdIsRefused() {
    long before = world.auditCount("access.denied");
    assertThrows(AccessDeniedException.class, () -> world.homewatch.citizens().today(haApp, loc.id()));
    assertThrows(AccessDeniedException.class, () -> world.homewatch.citizens().today(haApp, mother.id()));
    assertThrows(AccessDeniedException.class, () -> world.homewatch.citizens().feedback(haApp, mother.id()));
    assertThrows(AccessDeniedException.class, () -> world.homewatch.citizens().feedback(world.citizen(mother),
        loc.id()));
    assertThrows(AccessDeniedException.class, () -> world.homewatch.citizens().cases(world.nurseA));
    assertThrows(AccessDeniedException.class, () -> world.homewatch.citizens().today(world.nurseA, loc.id()));
    assertEquals(before + 6, world.auditCount("access.denied"));
  }

  @Test
  @DisplayName("today's schedule shows the morning declared on time, the afternoon missed and the evening due, "
      + "then open, in the case's zone")
  void todaysSchedule() {
    world.homewatch.declarations().submit(locApp, world.declaration(loc, World.normal()));
    world.clock.advance(Duration.ofHours(8).plusMinutes(31)); // 16:31 in Vietnam: the afternoon's grace is over

    TodaySchedule today = world.homewatch.citizens().today(locApp, loc.id());

    assertEquals(World.TODAY, today.day());
    assertEquals(List.of("morning", "afternoon", "evening"), today.slots().stream().map(TodaySlot::window).toList());
    assertEquals(List.of(SlotStatus.ON_TIME, SlotStatus.MISSED, SlotStatus.PENDING),
        today.slots().stream().map(TodaySlot::status).toList());
    assertEquals(List.of("afternoon"), today.missed().stream().map(TodaySlot::window).toList());
    assertEquals(List.of("evening"), today.due().stream().map(TodaySlot::window).toList());
    assertEquals(List.of(), today.openNow());
    assertEquals(java.time.LocalTime.of(18, 0), today.due().get(0).opensAt());

    world.clock.advance(Duration.ofMinutes(90)); // 18:01
    assertEquals(List.of("evening"), world.homewatch.citizens().today(locApp, loc.id()).openNow().stream()
        .map(TodaySlot::window).toList());
    assertEquals(3, world.homewatch.citizens().today(locApp, mother.id()).slots().size(), "the head sees a member's");
  }

  @Test
  @DisplayName("a citizen reads their feedback with the station's reply, and the household head a member's")
  void feedbackWithReplies() {
    Feedback sent = world.homewatch.feedback().submit(locApp, mother.id(), FeedbackTopic.MEDICINE,
        "Mẹ tôi hết thuốc huyết áp");
    world.homewatch.feedback().reply(world.nurseA, sent.id(), sent.version(), "Chiều nay trạm mang thuốc đến.");
    world.homewatch.feedback().submit(haApp, ha.id(), FeedbackTopic.FOOD_AND_SUPPLIES, "Cần gạo");

    List<Feedback> seen = world.homewatch.citizens().feedback(locApp, mother.id());

    assertEquals(1, seen.size());
    assertEquals("Chiều nay trạm mang thuốc đến.", seen.get(0).replies().get(0).text());
    assertEquals(List.of(), world.homewatch.citizens().feedback(locApp, loc.id()));
    assertEquals(1, world.homewatch.citizens().feedback(haApp, ha.id()).size());
  }

  @Test
  @DisplayName("an IdentityProvider maps a VNeID subject to a person and an SSO subject to a staff account; roles "
      + "and scope come from Homewatch's records, and an unknown person resolves to nothing")
  void identityProviderMapsExternalSubjects() {
    PersonId vneidPerson = new PersonId(java.util.UUID.nameUUIDFromBytes("vneid:001190000001".getBytes()));
    IsolationCase mapped = world.homewatch.cases().register(world.enroller, NewCase.of(new Person(vneidPerson,
        "Nguyễn Văn Bình", BirthDate.ofYear(1980), loc.person().sex(), org.homewatch.model.PhoneNumber.parse(
            "0905 222 333"), Optional.empty(), ha.person().home()), CaseCategory.F2, loc.decision(), World.TODAY));

    Principal citizen = world.homewatch.principals().resolve("vneid:001190000001").orElseThrow();
    assertEquals(Set.of(Role.CITIZEN), citizen.roles());
    assertEquals(Optional.of(vneidPerson), citizen.person());
    assertEquals(List.of(mapped.id()), world.homewatch.citizens().cases(citizen).stream().map(CitizenCase::id)
        .toList());
    assertEquals(Optional.empty(), world.homewatch.principals().resolve("vneid:001190000002"));
    Principal nurse = world.homewatch.principals().resolve("sso:nurse.a@gialai.gov.vn").orElseThrow();
    assertEquals(world.nurseA.roles(), nurse.roles());
    assertEquals(world.nurseA.scope(), nurse.scope());
    assertTrue(world.homewatch.principals().resolve("nurse-b").isPresent(), "other subjects resolve as before");
  }
}
