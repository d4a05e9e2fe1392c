package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.homewatch.AccessDeniedException;
import org.homewatch.ValidationException;
import org.homewatch.core.cases.DuplicateCaseException;
import org.homewatch.model.AccountId;
import org.homewatch.model.AssessedDeclaration;
import org.homewatch.model.BirthDate;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NationalId;
import org.homewatch.model.NewCase;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Person;
import org.homewatch.model.PersonId;
import org.homewatch.model.Principal;
import org.homewatch.model.QuarantineDecision;
import org.homewatch.model.Submitter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DuplicatesAndHouseholdsTest {
  private final World world = new World();
  private final QuarantineDecision decision = new QuarantineDecision("21/QĐ-UBND", "UBND xã", World.TODAY);

  @AfterEach
  void close() {
    world.close();
  }

  private static Person withNationalId(Person p, String id) {
    return new Person(PersonId.random(), p.fullName(), p.birthDate(), p.sex(), p.phone(),
        Optional.of(new NationalId(id)), p.home());
  }

  private IsolationCase register(Person p) {
    return world.homewatch.cases().register(world.enroller, NewCase.of(p, CaseCategory.F2, decision, World.TODAY));
  }

  @Test
  @DisplayName("the same national id with an active case is refused, naming the existing case")
  void sameNationalId() {
    Person first = withNationalId(World.person("Ngô Thị Mai", World.COMMUNE_A, 1980), "064180000123");
    IsolationCase existing = register(first);
    Person again = withNationalId(World.person("Ngo Thi Mai", World.COMMUNE_B, 1981), "064180000123");
    DuplicateCaseException e = assertThrows(DuplicateCaseException.class, () -> register(again));
    assertEquals(Optional.of(existing.id()), e.existingCase());
    assertTrue(e.getMessage().contains("same national id"), e.getMessage());
  }

  @Test
  @DisplayName("the same phone, name (any case, any Unicode form) and birth date is refused; a sibling on the "
      + "same phone is not")
  void samePhoneNameBirth() {
    Person mother = World.person("Ngô Thị Mai", World.COMMUNE_A, 1980);
    IsolationCase existing = register(mother);
    Person sameAgain = new Person(PersonId.random(), "NGÔ THỊ MAI", mother.birthDate(), mother.sex(),
        mother.phone(), Optional.empty(), mother.home());
    assertEquals(Optional.of(existing.id()), assertThrows(DuplicateCaseException.class, () -> register(sameAgain))
        .existingCase());
    Person child = new Person(PersonId.random(), "Ngô Văn Nam", BirthDate.ofYear(2012), mother.sex(),
        mother.phone(), Optional.empty(), mother.home());
    assertEquals(Optional.empty(), register(child).previousCase());
  }

  @Test
  @DisplayName("stated as a new quarantine of the same person, the registration goes through, linked")
  void newQuarantineLinked() {
    Person p = withNationalId(World.person("Lý Văn Hùng", World.COMMUNE_A, 1975), "064075000999");
    IsolationCase existing = register(p);
    IsolationCase linked = world.homewatch.cases().register(world.enroller,
        NewCase.of(p, CaseCategory.F1, decision, World.TODAY).asNewQuarantineOfKnownPerson());
    assertEquals(Optional.of(existing.id()), linked.previousCase());
  }

  @Test
  @DisplayName("a person whose earlier case is closed registers again without fuss, linked to it")
  void closedEarlierCase() {
    Person p = withNationalId(World.person("Lý Văn Hùng", World.COMMUNE_A, 1975), "064075000999");
    IsolationCase existing = register(p);
    world.homewatch.lifecycle().cancel(world.nurseA, existing.id(), existing.version(), "entered in error");
    assertEquals(Optional.of(existing.id()), register(p).previousCase());
  }

  @Test
  @DisplayName("a schedule the policy does not define is refused at registration")
  void unknownSchedule() {
    NewCase n = NewCase.of(World.person("Ai Đó", World.COMMUNE_A, 1990), CaseCategory.F2, decision, World.TODAY);
    NewCase withSchedule = new NewCase(n.person(), n.category(), n.decision(), n.start(), n.plannedEnd(),
        n.responsibleUnit(), n.riskFactors(), n.zone(), Optional.of("hourly"), n.householdHead(), false);
    ValidationException e = assertThrows(ValidationException.class,
        () -> world.homewatch.cases().register(world.enroller, withSchedule));
    assertTrue(e.concerns("scheduleId"), e.getMessage());
  }

  @Test
  @DisplayName("a household head declares for a dependant without a phone; staff may too; each declaration "
      + "records who submitted it; a neighbour may not")
  void households() {
    Person head = World.person("Phan Văn Lộc", World.COMMUNE_A, 1970);
    IsolationCase headCase = register(head);
    Person grandmother = new Person(PersonId.random(), "Phan Thị Tư", BirthDate.ofYear(1938), head.sex(),
        head.phone(), Optional.empty(), head.home());
    IsolationCase dependant = world.homewatch.cases().register(world.enroller,
        NewCase.of(grandmother, CaseCategory.F2, decision, World.TODAY).withHouseholdHead(head.id()));
    Principal headAccount = world.citizen(headCase);
    AssessedDeclaration byHead = declare(headAccount, dependant);
    assertEquals(new Submitter(Submitter.Kind.PROXY, headAccount.account()),
        byHead.declaration().submittedBy());
    AssessedDeclaration byNurse = declare(world.nurseA, dependant);
    assertEquals(new Submitter(Submitter.Kind.STAFF, world.nurseA.account()), byNurse.declaration().submittedBy());
    assertEquals(Submitter.Kind.SELF, declare(headAccount, headCase).declaration().submittedBy().kind());
    Principal neighbour = Principal.citizen(new AccountId("neighbour"), PersonId.random(), World.COMMUNE_A);
    assertThrows(AccessDeniedException.class, () -> declare(neighbour, dependant));
    assertEquals(2, world.homewatch.declarations().history(world.nurseA, dependant.id(), PageRequest.first(10))
        .items().size());
  }

  private AssessedDeclaration declare(Principal who, IsolationCase c) {
    var result = world.homewatch.declarations().submit(who, world.declaration(c, World.normal()));
    return new AssessedDeclaration(result.declaration(), result.assessment());
  }
}
